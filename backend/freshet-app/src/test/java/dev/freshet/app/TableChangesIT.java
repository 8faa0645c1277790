package dev.freshet.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** TOASTed values, ALTER TABLE while streaming, a new column mapped after a restart, and TRUNCATE. */
class TableChangesIT {

  private static final Duration TIMEOUT = Duration.ofSeconds(90);

  @TempDir
  Path dataDir;

  @Test
  void schemaAndTableLevelChangesNeverLeaveTheIndexWrong() throws Exception {
    long beforeRestart;
    try (StandaloneFreshet freshet = StandaloneFreshet.start(dataDir)) {
      await().atMost(TIMEOUT).until(() -> freshet.indexed() == 220);

      // A re-snapshot on request, with an update racing it: the newer text is never overwritten by the
      // snapshot's older read, because the indexer always reads the current row. When the update lands
      // inside the chunk's window Debezium drops its read of row 8 (the streamed change supersedes it),
      // so only the other 219 rows are certain to be re-read.
      TestClient api = freshet.api();
      long before = lastSeq(freshet);
      assertThat(api.post("/api/sources/demo/snapshots?collection=articles").status()).isEqualTo(202);
      freshet.demo("update articles set body = 'Ravens remember faces for years.' where id = 8");
      await().atMost(TIMEOUT).until(() -> rowsSnapshottedSince(freshet, before, 8) == 219);
      await().atMost(TIMEOUT).until(() -> freshet.chunkTexts(8).contains("Ravens remember faces"));
      Thread.sleep(1000); // let late snapshot reads of row 8 through
      assertThat(freshet.chunkTexts(8)).contains("Ravens remember faces");
      await().atMost(TIMEOUT).until(() -> freshet.store.count() == freshet.expectedChunks());
      assertThat(api.post("/api/sources/demo/snapshots?collection=nope").status()).isEqualTo(400);
      assertThat(api.post("/api/sources/nope/snapshots?collection=articles").status()).isEqualTo(404);

      // A body large enough to be TOASTed, then an update of the title only: the WAL carries the body as
      // "unchanged TOAST", which must never be embedded.
      freshet.demo("update articles set body = '" + longText(30_000) + " lantern' where id = 6");
      await().atMost(TIMEOUT).until(() -> freshet.chunkTexts(6).contains("lantern"));
      long chunks = freshet.store.chunksOf("kb:public.articles:6").size();
      freshet.demo("update articles set title = 'Renamed lantern guide' where id = 6");
      await().atMost(TIMEOUT).until(() -> freshet.chunkTexts(6).contains("Renamed lantern guide"));
      assertThat(freshet.chunkTexts(6)).doesNotContain("__debezium_unavailable_value").contains(" lantern");
      assertThat(freshet.store.chunksOf("kb:public.articles:6")).hasSize((int) chunks);
      assertThat(freshet.count("select count(*) from event_log where subject = 'kb:public.articles:6' "
          + "and data->'changedColumns' = '[\"title\"]'::jsonb")).isEqualTo(1);

      // ALTER TABLE while streaming: a change of the new, unmapped column is skipped with the reason,
      // and changes of mapped columns keep flowing.
      freshet.demo("alter table articles add column summary text");
      freshet.demo("update articles set summary = 'A short summary about owls.' where id = 5");
      await().atMost(TIMEOUT).until(() -> freshet.count("select count(*) from trace_step where subject = "
          + "'kb:public.articles:5' and outcome = 'SKIPPED' and detail->>'reason' like '%changed: summary%'") == 1);
      freshet.demo("update articles set body = body || ' Owls nest in the old barn.' where id = 5");
      await().atMost(TIMEOUT).until(() -> freshet.chunkTexts(5).contains("Owls nest in the old barn"));
      beforeRestart = lastSeq(freshet);
    }

    // The new column mapped after a restart: the changed mapping re-snapshots the collection, so the
    // summary written before the restart is indexed too, and unchanged documents cost no embedding.
    try (StandaloneFreshet freshet = StandaloneFreshet.start(dataDir,
        "--freshet.sources.demo.collections.articles.text-columns=title,summary,body")) {
      await().atMost(TIMEOUT).until(() -> freshet.chunkTexts(5).contains("A short summary about owls."));
      await().atMost(TIMEOUT).until(() -> rowsSnapshottedSince(freshet, beforeRestart, 0) == 220);
      await().atMost(TIMEOUT).until(() -> "SNAPSHOT".equals(reportOf(freshet, 10).get("operation").asString()));
      assertThat(reportOf(freshet, 10).get("embeddings").asInt()).isZero();
      freshet.demo("update articles set summary = 'Barn owls hunt voles at dusk.' where id = 5");
      await().atMost(TIMEOUT).until(() -> freshet.chunkTexts(5).contains("Barn owls hunt voles at dusk."));


      // TRUNCATE removes every document of the table; a row written afterwards is indexed.
      freshet.demo("truncate articles");
      await().atMost(TIMEOUT).until(() -> freshet.indexed() == 0);
      assertThat(freshet.store.count()).isZero();
      assertThat(freshet.count("select count(*) from document_state where status = 'REMOVED'")).isEqualTo(220);

      freshet.demo("insert into articles (id, title, body, author) values (9001, 'After the truncate', "
          + "'Fresh rows after a truncate are indexed again.', 'Test')");
      await().atMost(TIMEOUT).until(() -> freshet.chunkTexts(9001).contains("Fresh rows after a truncate"));
    }
  }

  private static long lastSeq(StandaloneFreshet freshet) {
    return freshet.count("select coalesce(max(seq), 0) from event_log");
  }

  /** How many rows, other than {@code exceptId}, a snapshot read after event {@code seq}. */
  private static long rowsSnapshottedSince(StandaloneFreshet freshet, long seq, long exceptId) {
    return freshet.count("select count(distinct subject) from event_log where operation = 'SNAPSHOT' and seq > "
        + seq + " and subject <> 'kb:public.articles:" + exceptId + "'");
  }

  private static tools.jackson.databind.JsonNode reportOf(StandaloneFreshet freshet, long id) {
    return freshet.api().get("/api/explain/kb:public.articles:" + id).json().get("report");
  }

  /** Words in random order, so PostgreSQL cannot compress the value below the TOAST threshold. */
  private static String longText(int length) {
    String[] words = {"harbour", "meadow", "copper", "violet", "quarry", "summit", "lichen", "ember", "tundra",
        "cobalt", "orchard", "basalt", "willow", "pebble", "canyon", "saffron"};
    Random random = new Random(42);
    String text = IntStream.range(0, length / 7).mapToObj(i -> words[random.nextInt(words.length)])
        .collect(Collectors.joining(" "));
    StringBuilder paragraphs = new StringBuilder();
    for (int i = 0; i < text.length(); i += 700) {
      paragraphs.append(text, i, Math.min(text.length(), i + 700)).append("\n\n");
    }
    return paragraphs.toString().strip();
  }
}
