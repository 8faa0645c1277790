package dev.freshet.app;

import static org.awaitility.Awaitility.await;

import dev.freshet.api.store.StoredChunk;
import dev.freshet.api.store.VectorStore;
import dev.freshet.app.embedded.EmbeddedPostgresServer;
import dev.freshet.core.dispatch.Transport;
import dev.freshet.core.embedding.Embedder;
import dev.freshet.core.log.EventLog;
import dev.langchain4j.model.embedding.EmbeddingModel;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.StreamSupport;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Base of the tests that share one fully started Freshet: embedded PostgreSQL with the demo database,
 * Debezium, the event log, the dispatcher, the real quantized MiniLM model (wrapped to inject faults
 * and count what it embeds) and the Lucene index, driven through SQL and the REST API. Each test works
 * on rows of its own, so the tests share the context: Spring caches it across the test classes, which run in one JVM.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "freshet.embedded-postgres.port=0",
    "freshet.security.admin-password=" + EmbeddedFreshetIT.PASSWORD,
    "freshet.dispatcher.max-attempts=3",
    "freshet.dispatcher.backoff-initial=20ms",
    "freshet.dispatcher.backoff-max=100ms",
    "freshet.sources.demo.offset-flush-interval=100ms",
    "freshet.security.users.vera.password=viewer-secret",
    "freshet.security.users.otto.password=operator-secret",
    "freshet.security.users.otto.role=operator",
    "freshet.security.users.nora.password={noop}reader-secret"})
@Import(EmbeddedFreshetIT.Faults.class)
@Tag(EmbeddedFreshetIT.SHARED) // the failsafe execution that runs these in one JVM (freshet-app's pom.xml)
abstract class EmbeddedFreshetIT {

  static final String SHARED = "shared-freshet";

  static final String PASSWORD = "end-to-end-secret";
  static final Duration TIMEOUT = Duration.ofSeconds(60);

  /**
   * Under target/, not a JUnit temporary directory: the shared context lives until the JVM exits, and its
   * PostgreSQL must find its data directory to shut down cleanly.
   */
  @DynamicPropertySource
  static void dataDir(DynamicPropertyRegistry registry) {
    Path dataDir = Path.of("target", "it-data", UUID.randomUUID().toString()).toAbsolutePath();
    registry.add("freshet.data-dir", dataDir::toString);
  }

  @TestConfiguration
  static class Faults {
    @Bean
    FaultInjectingEmbeddingModel embeddingModel() {
      return new FaultInjectingEmbeddingModel(Embedder.builtIn(Embedder.MINILM_QUANTIZED));
    }

    @Bean
    RecordingAgent recordingAgent() {
      return new RecordingAgent();
    }
  }

  @LocalServerPort
  int port;
  @Autowired
  EmbeddedPostgresServer postgres;
  @Autowired
  DataSource state;
  @Autowired
  VectorStore store;
  @Autowired
  EventLog eventLog;
  @Autowired
  Transport dispatcher;
  @Autowired
  RecordingAgent recorder;
  @Autowired
  EmbeddingModel model;

  TestClient api;
  JdbcTemplate stateDb;

  @BeforeEach
  void setUp() {
    api = new TestClient(port, "admin", PASSWORD).awaitReady(TIMEOUT, () -> true);
    stateDb = new JdbcTemplate(state);
    await().atMost(TIMEOUT).until(() -> indexedCount() >= 220); // the demo snapshot is in
  }

  long insertArticle(String title, String body) throws SQLException {
    try (Connection c = demo(); PreparedStatement ps = c.prepareStatement(
        "insert into articles (title, body, author, tags) values (?, ?, 'Test Author', '{test}') returning id")) {
      ps.setString(1, title);
      ps.setString(2, body);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  void execute(String sql, long id) throws SQLException {
    try (Connection c = demo(); PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setLong(1, id);
      ps.executeUpdate();
    }
  }

  Connection demo() throws SQLException {
    return DriverManager.getConnection(postgres.jdbcUrl("demo"), EmbeddedPostgresServer.USER, "");
  }

  long indexedCount() {
    return stateDb.queryForObject("select count(*) from document_state where status = 'INDEXED'", Long.class);
  }

  String topSubject(String query) {
    JsonNode hits = api.search(query, 1);
    return hits.isEmpty() ? "" : hits.get(0).get("subject").asString();
  }

  List<String> chunkTexts(String subject) {
    return store.chunksOf(subject).stream().map(StoredChunk::text).toList();
  }

  List<JsonNode> deadLettersFor(String subject) {
    return StreamSupport.stream(api.get("/api/dead-letters").json().get("items").spliterator(), false)
        .filter(d -> d.get("event").get("subject").asString().equals(subject)).toList();
  }

  long indexerDone(String subject) {
    return stateDb.queryForObject("""
        select count(*) from delivery d join event_log e on e.seq = d.event_seq
        where e.subject = ? and d.agent = 'indexer' and d.status = 'DONE'""", Long.class, subject);
  }

  long indexerAttempts(String subject) {
    return stateDb.queryForObject("""
        select coalesce(sum(d.attempts), 0) from delivery d join event_log e on e.seq = d.event_seq
        where e.subject = ? and d.agent = 'indexer'""", Long.class, subject);
  }
}
