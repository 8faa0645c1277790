package dev.freshet.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.freshet.api.store.StoredChunk;
import dev.freshet.core.index.Chunker;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad and unusual data at the sources: a huge row, empty text, control and non-BMP characters, one 50,000-letter
 * word, a file that is not valid UTF-8, and a table of unusual column types mapped as text and metadata. Each
 * ends indexed exactly as the splitter makes it (or, for no text, indexed with no chunks) and nothing is
 * dead-lettered.
 */
class HostileDataIT {

  private static final Duration TIMEOUT = Duration.ofSeconds(120);
  private static final Chunker CHUNKER = new Chunker(800, 0);

  @TempDir
  Path dataDir;

  @TempDir
  Path files;

  @Test
  void hostileRowsFilesAndColumnTypesAreIndexedExactly() throws Exception {
    String[] withFiles = {"--freshet.sources.notes.type=files", "--freshet.sources.notes.directory=" + files};
    try (StandaloneFreshet freshet = StandaloneFreshet.start(dataDir, withFiles)) {
      await().atMost(TIMEOUT).until(() -> freshet.indexed() >= 220);
      freshet.demo("""
          create table oddities (id uuid primary key, doc jsonb, tags text[], amount numeric(12,4), flag boolean,
            seen timestamptz, span interval, raw bytea, note text);
          insert into oddities values ('6f1c2a4e-1d2b-4c3d-9e8f-0a1b2c3d4e5f', '{"k": "a json value", "n": [1, 2]}',
            '{alpha,beta}', 12.3456, true, '2026-01-02T03:04:05Z', '1 day 2 hours', '\\xdeadbeef', 'Odd columns.')""");
    }

    String[] mapped = {withFiles[0], withFiles[1],
        "--freshet.sources.demo.collections.oddities.table=public.oddities",
        "--freshet.sources.demo.collections.oddities.text-columns=note,doc,tags",
        "--freshet.sources.demo.collections.oddities.metadata-columns=amount,flag,seen,span,raw"};
    try (StandaloneFreshet freshet = StandaloneFreshet.start(dataDir, mapped)) {
      // a huge row: 1,000 paragraphs (~600 KB); 200 distinct ones, so the embedding cache keeps it quick
      Random random = new Random(7);
      List<String> paragraphs = IntStream.range(0, 200).mapToObj(p -> IntStream.range(0, 90)
          .mapToObj(w -> Integer.toString(random.nextInt(1_000_000), 36)).collect(Collectors.joining(" "))).toList();
      String huge = IntStream.range(0, 1_000).mapToObj(i -> paragraphs.get(i % 200)).collect(Collectors.joining("\n\n"));
      String controls = "Bell\u0007 tab\t escape\u001b delete\u007f zero\u200bwidth \u202eright-to-left\u202c "
          + "an owl \uD83E\uDD89 e\u0301 \uFEFF end";
      String word = random.ints(50_000, 'a', 'z' + 1).collect(StringBuilder::new, StringBuilder::appendCodePoint,
          StringBuilder::append).toString();
      freshet.demo("insert into articles (id, title, body, author) values "
          + "(7001, 'Huge', '" + huge + "', 'Test'), (7002, '', '', 'Test'), "
          + "(7003, 'Controls', E'" + controls.replace("\\", "\\\\").replace("'", "''") + "', 'Test'), "
          + "(7004, 'Word', '" + word + "', 'Test')");
      Files.write(files.resolve("latin1.md"), new byte[] {'#', ' ', 'C', 'a', 'f', (byte) 0xE9, '\n', '\n', 'N', 'o',
          't', ' ', 'U', 'T', 'F', '-', '8', ':', ' ', (byte) 0xFF, (byte) 0xFE, ' ', 'e', 'n', 'd'});

      await().atMost(TIMEOUT).until(() -> freshet.count("select count(*) from document_state where status = 'INDEXED' "
          + "and subject in ('kb:public.articles:7001', 'kb:public.articles:7002', 'kb:public.articles:7003', "
          + "'kb:public.articles:7004', 'files:latin1.md', 'kb:public.oddities:6f1c2a4e-1d2b-4c3d-9e8f-0a1b2c3d4e5f')")
          == 6);

      assertThat(texts(freshet, "kb:public.articles:7001")).isEqualTo(CHUNKER.split("Huge\n\n" + huge))
          .hasSizeGreaterThan(500);
      assertThat(freshet.store.chunksOf("kb:public.articles:7002")).as("no text, no chunks").isEmpty();
      assertThat(freshet.count("select chunk_count from document_state where subject = 'kb:public.articles:7002'"))
          .isZero();
      assertThat(texts(freshet, "kb:public.articles:7003")).isEqualTo(CHUNKER.split("Controls\n\n" + controls))
          .anySatisfy(t -> assertThat(t).contains("\uD83E\uDD89").contains("\u0007"));
      List<String> pieces = texts(freshet, "kb:public.articles:7004");
      assertThat(pieces).isEqualTo(CHUNKER.split("Word\n\n" + word)).allSatisfy(t -> assertThat(t).hasSizeLessThanOrEqualTo(800));
      assertThat(String.join("", pieces)).contains(word.substring(0, 700)).contains(word.substring(49_300));
      assertThat(texts(freshet, "files:latin1.md")).singleElement().asString()
          .contains("Caf\uFFFD").contains("\uFFFD\uFFFD end");

      List<StoredChunk> odd = freshet.store.chunksOf("kb:public.oddities:6f1c2a4e-1d2b-4c3d-9e8f-0a1b2c3d4e5f");
      assertThat(odd).singleElement().satisfies(c -> {
        assertThat(c.text()).contains("Odd columns.").contains("a json value").contains("alpha");
        assertThat(c.metadata()).containsEntry("amount", "12.3456").containsEntry("flag", "true")
            .containsEntry("seen", "2026-01-02T03:04:05Z").containsEntry("span", "1 day 02:00:00")
            .containsEntry("raw", "\\xdeadbeef");
      });
      assertThat(freshet.count("select count(*) from dead_letter")).as("dead letters").isZero();
    }
  }

  private static List<String> texts(StandaloneFreshet freshet, String subject) {
    return freshet.store.chunksOf(subject).stream().map(StoredChunk::text).toList();
  }
}
