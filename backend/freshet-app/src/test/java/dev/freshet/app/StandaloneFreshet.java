package dev.freshet.app;

import dev.freshet.api.store.StoredChunk;
import dev.freshet.api.store.VectorStore;
import dev.freshet.app.embedded.EmbeddedPostgresServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A Freshet started as the command line starts it, on a data directory of the test's, for stop/start tests; {@link
 * #start} returns once it is ready (every source captures).
 */
final class StandaloneFreshet implements AutoCloseable {

  final ConfigurableApplicationContext context;
  final JdbcTemplate state;
  final VectorStore store;

  private StandaloneFreshet(ConfigurableApplicationContext context) {
    this.context = context;
    this.state = new JdbcTemplate(context.getBean(DataSource.class));
    this.store = context.getBean(VectorStore.class);
  }

  static StandaloneFreshet start(Path dataDir, String... extraArgs) {
    return start(dataDir, new Class<?>[0], extraArgs);
  }

  /** Starts with the application's own beans from {@code configurations} too, as an embedding application would. */
  static StandaloneFreshet start(Path dataDir, Class<?>[] configurations, String... extraArgs) {
    List<String> args = new ArrayList<>(List.of("--freshet.data-dir=" + dataDir, "--server.port=0",
        "--freshet.embedded-postgres.port=0", "--freshet.security.admin-password=standalone-secret",
        "--freshet.sources.demo.offset-flush-interval=100ms"));
    args.addAll(List.of(extraArgs));
    StandaloneFreshet freshet = new StandaloneFreshet(new SpringApplicationBuilder(FreshetApplication.class)
        .sources(configurations).run(args.toArray(String[]::new)));
    try {
      freshet.api().awaitReady(Duration.ofMinutes(2), freshet.context::isActive);
    } catch (RuntimeException e) {
      freshet.close();
      throw e;
    }
    return freshet;
  }

  /** The REST API, signed in as the administrator. */
  TestClient api() {
    int port = ((org.springframework.boot.web.server.context.WebServerApplicationContext) context).getWebServer().getPort();
    return new TestClient(port, "admin", "standalone-secret");
  }

  /** Runs SQL on the demo source database. */
  void demo(String sql) throws SQLException {
    EmbeddedPostgresServer postgres = context.getBean(EmbeddedPostgresServer.class);
    try (Connection c = DriverManager.getConnection(postgres.jdbcUrl("demo"), EmbeddedPostgresServer.USER, "");
        Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }

  String chunkTexts(long articleId) {
    return String.join("\n", store.chunksOf("kb:public.articles:" + articleId).stream().map(StoredChunk::text).toList());
  }

  long count(String sql, Object... args) {
    Long n = state.queryForObject(sql, Long.class, args);
    return n == null ? 0 : n;
  }

  long indexed() {
    return count("select count(*) from document_state where status = 'INDEXED'");
  }

  /**
   * Whether every delivery has its outcome. A change is searchable before its delivery completes (the index commits up
   * to 250 ms later, and only then are the watermarks written), so compare the store with the watermarks only when settled.
   */
  boolean settled() {
    return count("select count(*) from delivery where status in ('PENDING', 'RUNNING')") == 0;
  }

  /** Chunks the watermarks say the index holds; the store must hold exactly these. */
  long expectedChunks() {
    return count("select coalesce(sum(chunk_count), 0) from document_state where status = 'INDEXED'");
  }

  @Override
  public void close() {
    try {
      dumpState();
    } finally {
      context.close();
    }
  }

  /**
   * Writes what Freshet keeps about its work — traces, dead letters, the event log, deliveries' errors, the
   * audit log, positions and document reports — to {@code target/state-dumps/}, for {@link SecretScanIT}.
   */
  private void dumpState() {
    try {
      Path dumps = Path.of("target", "state-dumps");
      Files.createDirectories(dumps);
      StringBuilder out = new StringBuilder();
      for (String table : List.of("trace_step", "dead_letter", "event_log", "delivery", "audit_log", "source_position",
          "document_state")) {
        state.query("select row_to_json(t)::text from " + table + " t", rs -> {
          out.append(table).append(' ').append(rs.getString(1)).append('\n');
        });
      }
      Files.writeString(dumps.resolve("standalone-" + System.currentTimeMillis() + "-" + System.nanoTime() + ".jsonl"),
          out);
    } catch (IOException | RuntimeException e) {
      System.err.println("could not dump the state database for the secret scan: " + e);
    }
  }
}
