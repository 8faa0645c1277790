package dev.freshet.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.freshet.api.event.ChangeEvent;
import dev.freshet.api.store.StoredChunk;
import dev.freshet.core.log.EventRows;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The spine, end to end: insert, update, delete, failures, redelivery, plug-in agents, API and health. */
class FreshetEndToEndIT extends EmbeddedFreshetIT {

  @Test
  void anInsertedRowBecomesSearchableWithATraceOfEveryStep() throws Exception {
    long id = insertArticle("Quokka care", "Quokkas on Rottnest Island need shade and fresh water in summer.");
    String subject = "kb:public.articles:" + id;

    await().atMost(TIMEOUT).until(() -> topSubject("where do quokkas find shade and water").equals(subject));
    await().atMost(TIMEOUT).until(() -> indexerDone(subject) == 1); // searchable a moment before it is recorded

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
    // the removal is searchable a moment before the agent records the document's state
    await().atMost(TIMEOUT).untilAsserted(() -> assertThat(
        api.get("/api/documents/" + subject).json().get("state").get("status").asString()).isEqualTo("REMOVED"));
    assertThat(api.search("harbour gate opens at sunrise", 10).toString()).doesNotContain(subject + "\"");
  }

  @Test
  void hybridSearchFindsAnEditedSentenceByItsWordsAndAnIdentifierFirstAndSaysWhichRetrieverFoundWhat()
      throws Exception {
    String before = "Ferries to the outer islands leave from pier four every morning. The crossing takes forty "
        + "minutes in calm weather and longer when the wind blows from the west. Tickets are sold on board, and the "
        + "purser takes cash only. The harbour master sets ferry_gate_timeout_seconds for the boarding ramp.";
    long id = insertArticle("Ferry timetable", before);
    String subject = "kb:public.articles:" + id;
    await().atMost(TIMEOUT).until(() -> indexerDone(subject) == 1);
    String sentence = "Folding bicycles ride free on Sundays.";
    try (Connection c = demo(); PreparedStatement edit = c.prepareStatement("update articles set body = ? where id = ?")) {
      edit.setString(1, before.replace("Tickets are sold", sentence + " Tickets are sold")); // mid-paragraph
      edit.setLong(2, id);
      edit.executeUpdate();
    }
    await().atMost(TIMEOUT).until(() -> chunkTexts(subject).stream().anyMatch(t -> t.contains(sentence)));

    JsonNode byWords = api.get("/api/search?mode=keyword&k=3&q=" + encode(sentence)).json();
    assertThat(byWords.get(0).get("subject").asString()).isEqualTo(subject);
    assertThat(byWords.get(0).get("retrievers").get("keyword").asInt()).isEqualTo(1);
    JsonNode hybrid = api.get("/api/search?k=3&q=" + encode(sentence)).json();
    assertThat(hybrid.get(0).get("subject").asString()).isEqualTo(subject);
    assertThat(hybrid.get(0).get("retrievers").has("keyword")).isTrue();
    assertThat(hybrid.get(0).get("score").asDouble()).isBetween(0.0, 1.0);
    assertThat(api.get("/api/search?k=1&q=ferry_gate_timeout_seconds").json().get(0).get("subject").asString())
        .isEqualTo(subject);

    JsonNode documents = api.get("/api/search?group=document&k=5&q=" + encode("ferry crossing tickets")).json();
    List<String> subjects = StreamSupport.stream(documents.spliterator(), false).map(h -> h.get("subject").asString())
        .toList();
    assertThat(subjects).doesNotHaveDuplicates().contains(subject);
    assertThat(documents.get(0).get("matchedChunks").asInt()).isPositive();
    assertThat(api.get("/api/search?minScore=1.01&q=" + encode(sentence)).json()).as("above first in both lists")
        .isEmpty();
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

    await().atMost(TIMEOUT).until(() -> indexerDone(subject) == 1);

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
    eventLog.wake();

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
    TestClient.Reply badMode = api.get("/api/search?q=tides&mode=fuzzy");
    assertThat(badMode.status()).isEqualTo(400);
    assertThat(badMode.json().get("detail").asString()).contains("mode must be hybrid, vector or keyword");
    assertThat(api.get("/api/search?q=tides&group=page").json().get("detail").asString())
        .contains("group must be chunk or document");
    TestClient.Reply tooLong = api.get("/api/search?q=" + "tides+".repeat(200));
    assertThat(tooLong.status()).isEqualTo(400);
    assertThat(tooLong.json().get("detail").asString()).contains("the query has 1200 characters; at most 1000");
    assertThat(api.get("/api/search?q=tides&minScore=high").status()).isEqualTo(400);
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

  private static String encode(String query) {
    return URLEncoder.encode(query, StandardCharsets.UTF_8);
  }
}
