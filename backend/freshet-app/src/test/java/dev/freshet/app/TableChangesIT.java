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
    try (StandaloneFreshet freshet = StandaloneFreshet.start(dataDir)) {
      await().atMost(TIMEOUT).until(() -> freshet.indexed() == 220);

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
    }

    // The new column mapped after a restart: its changes are indexed.
    try (StandaloneFreshet freshet = StandaloneFreshet.start(dataDir,
        "--freshet.sources.demo.collections.articles.text-columns=title,summary,body")) {
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
