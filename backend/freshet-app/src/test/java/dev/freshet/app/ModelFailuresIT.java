package dev.freshet.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The embedding model fails: for everyone for a while (an outage, then slow answers), or for one document
 * it rejects (a poison document). An outage makes no dead letters and counts no attempts; a poison
 * document ends as a dead letter after bounded retries while later events keep flowing.
 */
class ModelFailuresIT extends EmbeddedFreshetIT {

  @Test
  void anOutageOfTheModelMakesNoDeadLettersAndEverythingIsIndexedOnceItIsBack() throws Exception {
    FaultInjectingEmbeddingModel faults = (FaultInjectingEmbeddingModel) model;
    long heapBefore = usedHeapAfterGc();
    List<String> subjects = new ArrayList<>();
    faults.outage(true);
    try {
      for (int i = 0; i < 12; i++) {
        subjects.add("kb:public.articles:" + insertArticle("Outage " + i,
            "Written while the model server was down, number " + i + ". Orchards bloom in spring."));
      }
      // several rounds of attempts, each failing on the model
      await().atMost(TIMEOUT).until(() -> outageRetries(subjects) >= 3L * subjects.size());
      assertThat(deadLettersOf(subjects)).as("dead letters made by the outage").isZero();
      assertThat(stateDb.queryForObject("""
          select count(*) from delivery d join event_log e on e.seq = d.event_seq
          where e.subject = any(?) and d.agent = 'indexer' and d.status = 'PENDING' and d.attempts > 0""",
          Long.class, (Object) subjects.toArray(String[]::new))).as("waiting deliveries with attempts counted").isZero();
      assertThat(subjects).allSatisfy(s -> assertThat(store.chunksOf(s)).isEmpty());
      assertThat(stateDb.queryForObject("""
          select count(*) from document_state where subject = any(?)""", Long.class, (Object) subjects.toArray(String[]::new)))
          .as("no document marked indexed past the failing work").isZero();
      assertThat(usedHeapAfterGc() - heapBefore).as("heap growth during the outage, bytes").isLessThan(64L << 20);

      faults.slowDown(150); // it comes back slow
      faults.outage(false);
      await().atMost(TIMEOUT).until(() -> subjects.stream().allMatch(s -> !store.chunksOf(s).isEmpty()));
      // searchable a moment before each delivery is recorded done
      await().atMost(TIMEOUT).until(() -> subjects.stream().allMatch(s -> indexerDone(s) == 1));
    } finally {
      faults.outage(false);
      faults.slowDown(0);
    }
    assertThat(deadLettersOf(subjects)).isZero();
    assertThat(countedAttempts(subjects)).as("one counted attempt per document: the one that worked")
        .isEqualTo(subjects.size());
    String trace = api.get("/api/traces/" + api.get("/api/documents/" + subjects.getFirst()).json()
        .get("state").get("correlationId").asString()).body();
    assertThat(trace).contains("\"unavailable\":true").contains("the model server is down");
  }

  @Test
  void aPoisonDocumentIsDeadLetteredAfterBoundedRetriesAndRetryingItTwiceIndexesItOnce() throws Exception {
    FaultInjectingEmbeddingModel faults = (FaultInjectingEmbeddingModel) model;
    String marker = "SOURDOUGH-STARTER";
    faults.reject(marker);
    long id = insertArticle("Poison", "A text the model rejects: " + marker + ". Bakers feed it twice a day.");
    String subject = "kb:public.articles:" + id;
    await().atMost(TIMEOUT).until(() -> deadLettersFor(subject).size() == 1);
    JsonNode letter = deadLettersFor(subject).getFirst();
    assertThat(letter.get("stage").asString()).isEqualTo("embed");
    assertThat(letter.get("attempts").asInt()).as("bounded retries").isEqualTo(3);
    assertThat(letter.get("event").get("position").asString()).startsWith("lsn ");
    assertThat(letter.get("errorMessage").asString()).contains("on this input (it answers others)");

    long later = insertArticle("After the poison", "Ferries to the island leave on the hour.");
    await().atMost(TIMEOUT).until(() -> !store.chunksOf("kb:public.articles:" + later).isEmpty());

    faults.accept(marker); // the model is fixed
    long deadLetterId = letter.get("id").asLong();
    TestClient.Reply first = api.post("/api/dead-letters/" + deadLetterId + "/retry");
    TestClient.Reply second = api.post("/api/dead-letters/" + deadLetterId + "/retry");
    assertThat(first.status()).isEqualTo(202);
    assertThat(second.status()).as("the second retry of the same dead letter is refused: " + second.body())
        .isEqualTo(409);
    await().atMost(TIMEOUT).until(() -> !store.chunksOf(subject).isEmpty());
    assertThat(store.chunksOf(subject)).hasSize(1);
    assertThat(indexerDone(subject)).as("indexed once").isEqualTo(1);
    assertThat(StreamSupport.stream(api.get("/api/dead-letters?status=OPEN").json().get("items").spliterator(), false)
        .filter(d -> d.get("event").get("subject").asString().equals(subject))).isEmpty();
  }

  private long outageRetries(List<String> subjects) {
    return stateDb.queryForObject("""
        select count(*) from trace_step where subject = any(?) and step = 'agent.attempt' and outcome = 'RETRY'
        and (detail ->> 'unavailable')::boolean""", Long.class, (Object) subjects.toArray(String[]::new));
  }

  private long deadLettersOf(List<String> subjects) {
    return stateDb.queryForObject("""
        select count(*) from dead_letter l join event_log e on e.seq = l.event_seq where e.subject = any(?)""",
        Long.class, (Object) subjects.toArray(String[]::new));
  }

  private long countedAttempts(List<String> subjects) {
    return stateDb.queryForObject("""
        select coalesce(sum(d.attempts), 0) from delivery d join event_log e on e.seq = d.event_seq
        where e.subject = any(?) and d.agent = 'indexer'""", Long.class, (Object) subjects.toArray(String[]::new));
  }

  private static long usedHeapAfterGc() {
    System.gc();
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }
}
