package dev.freshet.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.freshet.api.event.ChangeEvent;
import dev.freshet.api.store.StoredChunk;
import dev.freshet.api.store.VectorStore;
import dev.freshet.app.embedded.EmbeddedPostgresServer;
import dev.freshet.core.dispatch.Dispatcher;
import dev.freshet.core.embedding.Embedder;
import dev.freshet.core.log.EventLog;
import dev.freshet.core.log.EventRows;
import dev.langchain4j.model.embedding.EmbeddingModel;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.stream.StreamSupport;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The whole spine against real components: embedded PostgreSQL with the demo database, Debezium, the
 * event log, the dispatcher, the real quantized MiniLM model (wrapped to inject faults) and the Lucene
 * index, driven through SQL and the REST API.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "freshet.embedded-postgres.port=0",
    "freshet.security.admin-password=" + FreshetEndToEndIT.PASSWORD,
    "freshet.dispatcher.max-attempts=3",
    "freshet.dispatcher.backoff-initial=20ms",
    "freshet.dispatcher.backoff-max=100ms",
    "freshet.sources.demo.offset-flush-interval=100ms"})
@DirtiesContext // close the context (and stop its PostgreSQL) before JUnit deletes the data directory
class FreshetEndToEndIT {

  static final String PASSWORD = "end-to-end-secret";
  private static final Duration TIMEOUT = Duration.ofSeconds(60);

  @TempDir
  static Path dataDir;

  @DynamicPropertySource
  static void dataDir(DynamicPropertyRegistry registry) {
    registry.add("freshet.data-dir", () -> dataDir.toString());
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
  Dispatcher dispatcher;
  @Autowired
  RecordingAgent recorder;
  @Autowired
  EmbeddingModel model;

  private TestClient api;
  private JdbcTemplate stateDb;

  @BeforeEach
  void setUp() {
    api = new TestClient(port, "admin", PASSWORD);
    stateDb = new JdbcTemplate(state);
    await().atMost(TIMEOUT).until(() -> indexedCount() >= 220); // the demo snapshot is in
  }

  @Test
  void anInsertedRowBecomesSearchableWithATraceOfEveryStep() throws Exception {
    long id = insertArticle("Quokka care", "Quokkas on Rottnest Island need shade and fresh water in summer.");
    String subject = "kb:public.articles:" + id;

    await().atMost(TIMEOUT).until(() -> topSubject("where do quokkas find shade and water").equals(subject));

    JsonNode document = api.get("/api/documents/" + subject).json();
    assertThat(document.get("state").get("status").asString()).isEqualTo("INDEXED");
    assertThat(document.get("state").get("sourcePosition").asString()).startsWith("lsn ");
    String correlationId = document.get("state").get("correlationId").asString();
    assertThat(correlationId).startsWith("pg:demo:tx");

    JsonNode trace = api.get("/api/traces/" + correlationId).json();
    List<String> steps = StreamSupport.stream(trace.spliterator(), false)
        .map(s -> s.get("step").asString() + ":" + s.get("outcome").asString()).toList();
    assertThat(steps).contains("event.appended:APPENDED", "stage.load:OK", "stage.split:OK", "stage.embed:OK",
        "stage.store:OK", "agent.attempt:DONE");
    assertThat(StreamSupport.stream(trace.spliterator(), false)
        .filter(s -> s.get("step").asString().equals("event.appended"))
        .map(s -> s.get("detail").get("type").asString()).toList())
        .contains("document.changed", "document.indexed");
    JsonNode attempt = StreamSupport.stream(trace.spliterator(), false)
        .filter(s -> s.get("step").asString().equals("agent.attempt") && "indexer".equals(s.get("agent").asString()))
        .findFirst().orElseThrow();
    assertThat(attempt.get("detail").get("embeddings").asInt()).isEqualTo(1);
    assertThat(attempt.get("detail").get("chunksAdded").asInt()).isEqualTo(1);
  }

  @Test
  void anUpdateReplacesTheOldTextAndADeleteRemovesEveryChunk() throws Exception {
    long id = insertArticle("Harbour tides", "The harbour gate opens two hours before high tide.");
    String subject = "kb:public.articles:" + id;
    await().atMost(TIMEOUT).until(() -> chunkTexts(subject).stream().anyMatch(t -> t.contains("two hours before")));

    execute("update articles set body = 'The harbour gate now opens at sunrise every day.' where id = ?", id);

    await().atMost(TIMEOUT).until(() -> chunkTexts(subject).stream().anyMatch(t -> t.contains("sunrise")));
    assertThat(chunkTexts(subject)).noneMatch(t -> t.contains("two hours before"));
    assertThat(topSubject("when does the harbour gate open? at sunrise")).isEqualTo(subject);

    execute("delete from articles where id = ?", id);

    await().atMost(TIMEOUT).until(() -> store.chunksOf(subject).isEmpty());
    assertThat(api.get("/api/documents/" + subject).json().get("state").get("status").asString()).isEqualTo("REMOVED");
    assertThat(api.search("harbour gate opens at sunrise", 10).toString()).doesNotContain(subject + "\"");
  }

  @Test
  void aFailingHandlerIsRetriedThenDeadLetteredAndLaterEventsStillFlow() throws Exception {
    long poisoned = insertArticle("Bad input", "This article contains a " + FaultInjectingEmbeddingModel.POISON + ".");
    String subject = "kb:public.articles:" + poisoned;

    await().atMost(TIMEOUT).until(() -> deadLettersFor(subject).size() == 1);
    JsonNode deadLetter = deadLettersFor(subject).get(0);
    assertThat(deadLetter.get("agent").asString()).isEqualTo("indexer");
    assertThat(deadLetter.get("stage").asString()).isEqualTo("embed");
    assertThat(deadLetter.get("attempts").asInt()).isEqualTo(3);
    assertThat(deadLetter.get("errorType").asString()).isEqualTo("dev.freshet.api.error.RetryableException");
    assertThat(deadLetter.get("errorMessage").asString()).contains("the model rejects this text");
    assertThat(deadLetter.get("event").get("type").asString()).isEqualTo("document.changed");
    assertThat(deadLetter.get("event").get("position").asString()).startsWith("lsn ");

    long healthy = insertArticle("Good input", "Lighthouse keepers log the lamp hours every night.");
    await().atMost(TIMEOUT).until(() -> topSubject("lighthouse keepers log lamp hours")
        .equals("kb:public.articles:" + healthy));
  }

  @Test
  void aTransientFailureIsRetriedWithBackoffAndNeverDeadLettered() throws Exception {
    long id = insertArticle("Flaky", "Glacier walks need crampons. " + FaultInjectingEmbeddingModel.FLAKY);
    String subject = "kb:public.articles:" + id;

    await().atMost(TIMEOUT).until(() -> !store.chunksOf(subject).isEmpty());

    String correlationId = api.get("/api/documents/" + subject).json().get("state").get("correlationId").asString();
    List<String> attempts = StreamSupport.stream(api.get("/api/traces/" + correlationId).json().spliterator(), false)
        .filter(s -> s.get("step").asString().equals("agent.attempt") && "indexer".equals(s.get("agent").asString()))
        .map(s -> s.get("attempt").asInt() + ":" + s.get("outcome").asString()).toList();
    assertThat(attempts).containsExactly("1:RETRY", "2:RETRY", "3:DONE");
    assertThat(deadLettersFor(subject)).isEmpty();
  }

  @Test
  void aRedeliveredEventLeavesExactlyOneCopyOfEachChunk() throws Exception {
    long id = insertArticle("Redelivery", "Ferries to the outer islands leave from pier four.\n\n"
        + "Tickets are sold on board; bring cash for the crossing.");
    String subject = "kb:public.articles:" + id;
    await().atMost(TIMEOUT).until(() -> indexerDone(subject) == 1);
    List<String> chunkIds = store.chunksOf(subject).stream().map(StoredChunk::id).toList();
    long totalBefore = store.count();
    ChangeEvent event = stateDb.queryForObject("select " + EventRows.COLUMNS
        + " from event_log e where subject = ? and type = 'document.changed'", (rs, n) -> EventRows.read(rs), subject);

    // the source sends the event again (a restart before its position was committed): the log drops it
    assertThat(eventLog.append(List.of(event))).isEmpty();
    // the dispatcher delivers it again (a crash after the agent ran, before the delivery was recorded)
    stateDb.update("update delivery set status = 'PENDING' where agent = 'indexer' and event_seq = "
        + "(select seq from event_log where id = ?)", event.id());
    dispatcher.wake();

    await().atMost(TIMEOUT).until(() -> indexerAttempts(subject) == 2 && indexerDone(subject) == 1);
    assertThat(store.chunksOf(subject)).extracting(StoredChunk::id).containsExactlyElementsOf(chunkIds);
    assertThat(store.count()).isEqualTo(totalBefore);
    assertThat(stateDb.queryForObject("select count(*) from event_log where subject = ? and type = 'document.changed'",
        Long.class, subject)).isEqualTo(1);
  }

  @Test
  void aCustomAgentSeesEveryIndexedDocumentWithTheChangesCorrelationId() throws Exception {
    long id = insertArticle("Custom agent", "Orchards are pruned in late winter.");
    String subject = "kb:public.articles:" + id;

    await().atMost(TIMEOUT).until(() -> !recorder.receivedFor(subject).isEmpty());

    String rootCorrelation = stateDb.queryForObject(
        "select correlation_id from event_log where subject = ? and type = 'document.changed'", String.class, subject);
    String rootId = stateDb.queryForObject(
        "select id from event_log where subject = ? and type = 'document.changed'", String.class, subject);
    ChangeEvent indexed = recorder.receivedFor(subject).get(0);
    assertThat(indexed.type()).isEqualTo("document.indexed");
    assertThat(indexed.correlationId()).isEqualTo(rootCorrelation);
    assertThat(indexed.causationId()).isEqualTo(rootId);
    assertThat(indexed.source()).isEqualTo("agent:indexer");
    // every document of the demo snapshot was seen too
    assertThat(recorder.received.stream().map(ChangeEvent::subject).distinct().count()).isGreaterThanOrEqualTo(220);
  }

  @Test
  void theApiNeedsALoginAndAnswersBadInputWithAReason() {
    assertThat(api.getAnonymously("/api/search?q=tides").status()).isEqualTo(401);
    assertThat(api.getAnonymously("/api/dead-letters").status()).isEqualTo(401);
    assertThat(new TestClient(port, "admin", "wrong").get("/api/search?q=tides").status()).isEqualTo(401);

    TestClient.Reply badK = api.get("/api/search?q=tides&k=1000");
    assertThat(badK.status()).isEqualTo(400);
    assertThat(badK.json().get("detail").asString()).contains("k must be between 1 and 100");
    TestClient.Reply noQuery = api.get("/api/search");
    assertThat(noQuery.status()).isEqualTo(400);
    assertThat(noQuery.json().get("detail").asString()).contains("'q' is required");
    assertThat(api.get("/api/documents/kb:public.articles:999999").status()).isEqualTo(404);
    assertThat(api.get("/api/dead-letters?status=LOST").status()).isEqualTo(400);
    assertThat(api.get("/v3/api-docs").body()).contains("/api/search", "/api/traces/{correlationId}");
  }

  @Test
  void healthShowsSourcesAndDispatcherAndPrometheusShowsFreshness() {
    assertThat(api.getAnonymously("/actuator/health").json().get("status").asString()).isEqualTo("UP");
    JsonNode health = api.get("/actuator/health").json().get("components");
    assertThat(health.get("sources").get("details").get("demo").get("state").asString()).isEqualTo("RUNNING");
    assertThat(health.get("sources").get("details").get("demo").get("slotActive").asBoolean()).isTrue();
    assertThat(health.get("dispatcher").get("status").asString()).isEqualTo("UP");

    String metrics = api.get("/actuator/prometheus").body();
    assertThat(metrics).contains("freshet_freshness_seconds_bucket", "freshet_events_appended_total",
        "freshet_backlog", "freshet_embeddings_total", "freshet_deliveries_seconds_count",
        "freshet_dead_letters_open");
    assertThat(api.getAnonymously("/actuator/prometheus").status()).isEqualTo(401);
  }

  private long insertArticle(String title, String body) throws SQLException {
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

  private void execute(String sql, long id) throws SQLException {
    try (Connection c = demo(); PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setLong(1, id);
      ps.executeUpdate();
    }
  }

  private Connection demo() throws SQLException {
    return DriverManager.getConnection(postgres.jdbcUrl("demo"), EmbeddedPostgresServer.USER, "");
  }

  private long indexedCount() {
    return stateDb.queryForObject("select count(*) from document_state where status = 'INDEXED'", Long.class);
  }

  private String topSubject(String query) {
    JsonNode hits = api.search(query, 1);
    return hits.isEmpty() ? "" : hits.get(0).get("subject").asString();
  }

  private List<String> chunkTexts(String subject) {
    return store.chunksOf(subject).stream().map(StoredChunk::text).toList();
  }

  private List<JsonNode> deadLettersFor(String subject) {
    return StreamSupport.stream(api.get("/api/dead-letters").json().get("items").spliterator(), false)
        .filter(d -> d.get("event").get("subject").asString().equals(subject)).toList();
  }

  private long indexerDone(String subject) {
    return stateDb.queryForObject("""
        select count(*) from delivery d join event_log e on e.seq = d.event_seq
        where e.subject = ? and d.agent = 'indexer' and d.status = 'DONE'""", Long.class, subject);
  }

  private long indexerAttempts(String subject) {
    return stateDb.queryForObject("""
        select coalesce(sum(d.attempts), 0) from delivery d join event_log e on e.seq = d.event_seq
        where e.subject = ? and d.agent = 'indexer'""", Long.class, subject);
  }
}
