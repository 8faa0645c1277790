package dev.freshet.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.freshet.api.store.VectorStore;
import dev.freshet.app.embedded.EmbeddedPostgresServer;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** Freshet stopped and started on the same data directory resumes where it left off. */
class RestartIT {

  private static final Duration TIMEOUT = Duration.ofSeconds(90);

  @TempDir
  Path dataDir;

  private ConfigurableApplicationContext start() {
    return new SpringApplicationBuilder(FreshetApplication.class).run(
        "--freshet.data-dir=" + dataDir, "--server.port=0", "--freshet.embedded-postgres.port=0",
        "--freshet.security.admin-password=restart-secret", "--freshet.sources.demo.offset-flush-interval=100ms");
  }

  @Test
  void aRestartResumesFromTheStoredOffsetWithoutASnapshotOrDuplicateChunks() throws Exception {
    long snapshotEvents;
    long chunksBefore;
    try (ConfigurableApplicationContext first = start()) {
      JdbcTemplate state = new JdbcTemplate(first.getBean(DataSource.class));
      await().atMost(TIMEOUT).until(() -> indexed(state) == 220);
      update(first, 3, "The cafeteria serves soup on Thursdays.");
      await().atMost(TIMEOUT).until(() -> positionCommitted(state) && sourceTimeOf(state, 3).isPresent()
          && chunkTexts(first, 3).contains("soup on Thursdays"));
      snapshotEvents = count(state, "select count(*) from event_log where operation = 'SNAPSHOT'");
      chunksBefore = first.getBean(VectorStore.class).count();
      assertThat(snapshotEvents).isEqualTo(220);
      assertThat(chunksBefore).isEqualTo(totalChunks(state));
    }

    try (ConfigurableApplicationContext second = start()) {
      JdbcTemplate state = new JdbcTemplate(second.getBean(DataSource.class));
      update(second, 4, "Bicycles may be parked in the courtyard racks.");
      await().atMost(TIMEOUT).until(() -> chunkTexts(second, 4).contains("courtyard racks"));

      assertThat(count(state, "select count(*) from event_log where operation = 'SNAPSHOT'"))
          .as("no re-snapshot after a restart").isEqualTo(snapshotEvents);
      VectorStore store = second.getBean(VectorStore.class);
      assertThat(store.count()).as("exactly one copy of each chunk").isEqualTo(totalChunks(state));
      assertThat(store.chunksOf("kb:public.articles:3")).extracting(c -> c.index()).doesNotHaveDuplicates();
      assertThat(chunkTexts(second, 3)).contains("soup on Thursdays");
      assertThat(count(state, "select count(*) from document_state where status = 'INDEXED'")).isEqualTo(220);
    }
  }

  private static void update(ConfigurableApplicationContext context, long id, String sentence) throws Exception {
    EmbeddedPostgresServer postgres = context.getBean(EmbeddedPostgresServer.class);
    try (Connection c = DriverManager.getConnection(postgres.jdbcUrl("demo"), EmbeddedPostgresServer.USER, "");
        Statement s = c.createStatement()) {
      s.executeUpdate("update articles set body = body || ' " + sentence + "' where id = " + id);
    }
  }

  private static String chunkTexts(ConfigurableApplicationContext context, long id) {
    return String.join("\n", context.getBean(VectorStore.class).chunksOf("kb:public.articles:" + id).stream()
        .map(c -> c.text()).toList());
  }

  private static long indexed(JdbcTemplate state) {
    return count(state, "select count(*) from document_state where status = 'INDEXED'");
  }

  private static long totalChunks(JdbcTemplate state) {
    return count(state, "select coalesce(sum(chunk_count), 0) from document_state where status = 'INDEXED'");
  }

  private static boolean positionCommitted(JdbcTemplate state) {
    return count(state, "select count(*) from source_position where source_id = 'demo'") == 1;
  }

  private static java.util.Optional<String> sourceTimeOf(JdbcTemplate state, long id) {
    return state.queryForList("select source_time::text from document_state where subject = ?", String.class,
        "kb:public.articles:" + id).stream().findFirst();
  }

  private static long count(JdbcTemplate state, String sql) {
    Long n = state.queryForObject(sql, Long.class);
    return n == null ? 0 : n;
  }
}
