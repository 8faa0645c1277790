package dev.freshet.core.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.freshet.api.agent.Agent;
import dev.freshet.api.agent.AgentContext;
import dev.freshet.api.agent.AgentOutcome;
import dev.freshet.api.event.ChangeEvent;
import dev.freshet.api.event.EventSchema;
import dev.freshet.api.event.EventType;
import dev.freshet.api.event.Operation;
import dev.freshet.core.StateDatabase;
import dev.freshet.core.dispatch.AgentRegistry;
import dev.freshet.core.metrics.FreshetMetrics;
import dev.freshet.core.schema.SchemaCatalogue;
import dev.freshet.core.trace.TraceStep;
import dev.freshet.core.trace.Traces;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The event log's group commit against a real PostgreSQL: shared transactions, each caller's own answer. */
class EventLogIT {

  @RegisterExtension
  static final StateDatabase database = new StateDatabase();

  private static final EventSchema THING_CHANGED = new EventSchema(new EventType("thing.changed", 1),
      "A test thing changed.", """
      {"type": "object", "properties": {"data": {"type": "object", "required": ["n"],
                                                 "properties": {"n": {"type": "integer", "minimum": 0}}}}}""",
      EventSchema.Compatibility.BACKWARD);

  private final ExecutorService callers = Executors.newCachedThreadPool();
  private JdbcTemplate jdbc;
  private EventLog eventLog;
  /** Holds the append of the event with id "hold" inside its transaction until released. */
  private final CountDownLatch holding = new CountDownLatch(1);
  private final CountDownLatch release = new CountDownLatch(1);

  @BeforeEach
  void start() {
    jdbc = new JdbcTemplate(database.dataSource());
    jdbc.execute("truncate event_log, delivery, dead_letter, trace_step, audit_log restart identity cascade");
    Agent agent = new Agent() {
      @Override
      public String name() {
        return "recorder";
      }

      @Override
      public Set<String> eventTypes() {
        return Set.of("thing.changed");
      }

      @Override
      public List<EventSchema> eventSchemas() {
        return List.of(THING_CHANGED);
      }

      @Override
      public String sequenceKey(ChangeEvent event) {
        if (event.id().equals("hold")) { // planned inside the append's transaction
          holding.countDown();
          try {
            release.await();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        }
        return event.subject();
      }

      @Override
      public AgentOutcome handle(ChangeEvent event, AgentContext context) {
        return AgentOutcome.completed(List.of(), Map.of());
      }
    };
    AgentRegistry registry = new AgentRegistry(List.of(agent));
    SchemaCatalogue schemas = new SchemaCatalogue(SchemaCatalogue.declared(List.of(agent)),
        SchemaCatalogue.upcasters(List.of(agent)), registry);
    schemas.register(jdbc);
    eventLog = new EventLog(jdbc, new TransactionTemplate(new DataSourceTransactionManager(database.dataSource())),
        registry, new Traces(jdbc), FreshetMetrics.noop(), schemas);
  }

  @AfterEach
  void stop() {
    release.countDown();
    callers.shutdownNow();
  }

  private static ChangeEvent event(String id, Map<String, Object> data) {
    return new ChangeEvent(id, "test", "thing.changed", 1, "thing-" + id, Operation.UPDATE, Instant.now(),
        "corr-" + id, null, id, data);
  }

  private static ChangeEvent event(String id) {
    return event(id, Map.of("n", 1));
  }

  /** Appends "hold" on another thread and returns once its transaction is open and held. */
  private Future<List<ChangeEvent>> holdTheWriter() throws InterruptedException {
    Future<List<ChangeEvent>> held = callers.submit(() -> eventLog.append(List.of(event("hold"))));
    assertThat(holding.await(10, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
    return held;
  }

  private long transactionsOf(List<String> ids) {
    Long n = jdbc.queryForObject("select count(distinct xmin::text) from event_log where id = any(?)", Long.class,
        (Object) ids.toArray(String[]::new));
    return n == null ? 0 : n;
  }

  @Test
  void batchesThatArriveWhileATransactionIsWrittenShareTheNextOneAndEachCallerGetsItsOwnEvents() throws Exception {
    Future<List<ChangeEvent>> held = holdTheWriter();
    List<String> ids = new ArrayList<>();
    List<Future<List<ChangeEvent>>> waiting = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      List<ChangeEvent> batch = List.of(event("e" + i + "a"), event("e" + i + "b"));
      batch.forEach(e -> ids.add(e.id()));
      waiting.add(callers.submit(() -> eventLog.append(batch)));
    }
    await().atMost(Duration.ofSeconds(10)).until(() -> eventLog.queued() == 10);
    assertThat(waiting).noneMatch(Future::isDone);

    release.countDown();

    assertThat(held.get().stream().map(ChangeEvent::id)).containsExactly("hold");
    for (int i = 0; i < 10; i++) {
      assertThat(waiting.get(i).get().stream().map(ChangeEvent::id)).containsExactly("e" + i + "a", "e" + i + "b");
    }
    assertThat(transactionsOf(ids)).as("the ten queued batches were written in one transaction").isEqualTo(1);
    assertThat(transactionsOf(List.of("hold", ids.getFirst()))).isEqualTo(2);
    assertThat(jdbc.queryForObject("select count(*) from delivery", Long.class)).isEqualTo(21);
    assertThat(jdbc.queryForObject("select count(*) from trace_step where step = 'event.appended'", Long.class))
        .isEqualTo(21);
  }

  @Test
  void aBatchTheDatabaseRefusesFailsAloneAndTheOthersInItsGroupAreCommitted() throws Exception {
    Future<List<ChangeEvent>> held = holdTheWriter();
    // PostgreSQL's jsonb refuses the NUL character: the insert fails inside the shared transaction
    Future<List<ChangeEvent>> refused = callers.submit(() -> eventLog.append(
        List.of(event("bad", Map.of("n", 1, "text", "nul \u0000 here")))));
    await().atMost(Duration.ofSeconds(10)).until(() -> eventLog.queued() == 1);
    Future<List<ChangeEvent>> good = callers.submit(() -> eventLog.append(List.of(event("good"))));
    await().atMost(Duration.ofSeconds(10)).until(() -> eventLog.queued() == 2);

    release.countDown();

    held.get();
    assertThat(good.get().stream().map(ChangeEvent::id)).containsExactly("good");
    assertThatThrownBy(refused::get).rootCause().hasMessageContaining("cannot be converted to text");
    assertThat(jdbc.queryForList("select id from event_log order by seq", String.class)).containsExactly("hold", "good");
  }

  @Test
  void concurrentCallersAppendingOverlappingBatchesSeeEachEventNewExactlyOnce() throws Exception {
    int callersCount = 16;
    int rounds = 40;
    Map<String, Integer> newFor = new ConcurrentHashMap<>();
    List<CompletableFuture<Void>> all = new ArrayList<>();
    for (int c = 0; c < callersCount; c++) {
      int caller = c;
      all.add(CompletableFuture.runAsync(() -> {
        for (int r = 0; r < rounds; r++) {
          // each event is sent by two callers (a provider's redelivery racing the first delivery)
          String shared = "r" + r + "-pair" + (caller / 2);
          List<ChangeEvent> appended = eventLog.append(List.of(event(shared), event("r" + r + "-own" + caller)));
          appended.forEach(e -> newFor.merge(e.id(), 1, Integer::sum));
        }
      }, callers));
    }
    CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).get();

    long logged = jdbc.queryForObject("select count(*) from event_log", Long.class);
    assertThat(logged).isEqualTo(rounds * (callersCount + callersCount / 2));
    assertThat(newFor).hasSize((int) logged).allSatisfy((id, times) -> assertThat(times).as(id).isEqualTo(1));
    Set<String> xmins = new HashSet<>(jdbc.queryForList("select xmin::text from event_log", String.class));
    assertThat(xmins.size()).as("transactions for %d appends", callersCount * rounds)
        .isLessThan(callersCount * rounds);
  }

  @Test
  void aBatchEntersTheLogInItsOrderWithADeliveryPerSubscriberAndARepeatedIdOnce() {
    List<ChangeEvent> batch = new ArrayList<>();
    for (int i = 0; i < 50; i++) { // ids that do not sort in batch order
      batch.add(event("k" + (i * 37 % 50)));
    }
    batch.add(event("k3")); // again, in the same batch
    batch.add(event("broken", Map.of("n", -1))); // breaks its schema: a dead letter, not an event

    List<ChangeEvent> appended = eventLog.append(batch);

    List<String> expected = batch.subList(0, 50).stream().map(ChangeEvent::id).toList();
    assertThat(appended.stream().map(ChangeEvent::id)).containsExactlyElementsOf(expected);
    assertThat(jdbc.queryForList("select id from event_log order by seq", String.class))
        .containsExactlyElementsOf(expected);
    assertThat(jdbc.queryForList("""
        select e.id || ' ' || d.agent || ' ' || d.sequence_key || ' ' || d.status
        from delivery d join event_log e on e.seq = d.event_seq order by d.id""", String.class))
        .containsExactlyElementsOf(expected.stream().map(id -> id + " recorder thing-" + id + " PENDING").toList());
    assertThat(jdbc.queryForObject("select count(*) from dead_letter where external_id = 'broken'", Long.class))
        .isEqualTo(1);
    assertThat(jdbc.queryForList("select event_id from trace_step where step = 'event.appended' order by id",
        String.class)).containsExactlyElementsOf(expected);
    assertThat(eventLog.append(batch)).as("every event is in the log already").isEmpty();
    assertThat(jdbc.queryForObject("select count(*) from delivery", Long.class)).isEqualTo(50);
    assertThat(jdbc.queryForObject("select count(*) from trace_step where step = 'event.appended'", Long.class))
        .as("no step for an event that was not new").isEqualTo(50);
  }

  @Test
  void theCallersStepsAndCompanionAreWrittenWithItsEventsAndWithoutThem() {
    TraceStep mine = new TraceStep(0, "corr-x", "x", "thing-x", "recorder", "agent.attempt", 1, "DONE", Instant.now(),
        Instant.now(), null, null, Map.of("n", 1));
    EventLog.Companion audit = new EventLog.Companion(
        "insert into audit_log (actor, action, target) values (?, 'completed', 'x')", (ps, i) -> {
          ps.setString(i, "recorder");
          return i + 1;
        });

    eventLog.appendWith(List.of(event("y")), List.of(mine), audit);
    eventLog.appendWith(List.of(event("y")), List.of(mine), audit);

    assertThat(jdbc.queryForList("select step || ' ' || event_id from trace_step order by id", String.class))
        .containsExactly("agent.attempt x", "event.appended y", "agent.attempt x");
    assertThat(jdbc.queryForObject("select detail->>'n' from trace_step where step = 'agent.attempt' limit 1",
        String.class)).isEqualTo("1");
    assertThat(jdbc.queryForObject("select count(*) from audit_log where actor = 'recorder'", Long.class))
        .as("the companion ran with the new event and without it").isEqualTo(2);
  }

  @Test
  void aFailingCompanionAppendsNothing() {
    TraceStep mine = new TraceStep(0, "corr-x", "x", "thing-x", "recorder", "agent.attempt", 1, "DONE", Instant.now(),
        Instant.now(), null, null, Map.of());
    EventLog.Companion broken = new EventLog.Companion(
        "insert into audit_log (actor, action, target) values (null, 'completed', 'x')", (ps, i) -> i);

    assertThatThrownBy(() -> eventLog.appendWith(List.of(event("z")), List.of(mine), broken))
        .hasMessageContaining("actor");

    assertThat(eventLog.contains("z")).as("the event commits only with its companion").isFalse();
    assertThat(jdbc.queryForObject("select count(*) from trace_step", Long.class)).isZero();
    assertThat(jdbc.queryForObject("select count(*) from delivery", Long.class)).isZero();
  }
}
