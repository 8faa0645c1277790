package dev.freshet.core.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.freshet.api.agent.Agent;
import dev.freshet.api.agent.AgentContext;
import dev.freshet.api.agent.AgentOutcome;
import dev.freshet.api.error.PermanentException;
import dev.freshet.api.event.ChangeEvent;
import dev.freshet.api.event.EventSchema;
import dev.freshet.api.event.EventType;
import dev.freshet.api.event.Operation;
import dev.freshet.api.event.Upcaster;
import dev.freshet.core.StateDatabase;
import dev.freshet.core.audit.AuditLog;
import dev.freshet.core.deadletter.DeadLetters;
import dev.freshet.core.log.EventLog;
import dev.freshet.core.metrics.FreshetMetrics;
import dev.freshet.core.schema.SchemaCatalogue;
import dev.freshet.core.trace.Traces;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The dispatcher against a real PostgreSQL: ordering, parallelism, coalescing and idleness. */
class DispatcherIT {

  @RegisterExtension
  static final StateDatabase database = new StateDatabase();

  private JdbcTemplate jdbc;
  private Dispatcher dispatcher;
  private EventLog eventLog;

  @BeforeEach
  void clean() {
    jdbc = new JdbcTemplate(database.dataSource());
    jdbc.execute("truncate event_log, delivery, dead_letter, trace_step restart identity cascade");
  }

  @AfterEach
  void stop() {
    if (dispatcher != null) {
      dispatcher.close();
    }
  }

  private DeadLetters deadLetters;

  private void start(Agent... agents) {
    start(new DispatcherSettings(4, 3, new Backoff(Duration.ofMillis(10), Duration.ofMillis(50), 2),
        Duration.ofSeconds(30)), agents);
  }

  private void start(DispatcherSettings settings, Agent... agents) {
    AgentRegistry registry = new AgentRegistry(List.of(agents));
    TransactionTemplate tx = new TransactionTemplate(new DataSourceTransactionManager(database.dataSource()));
    Traces traces = new Traces(jdbc);
    SchemaCatalogue schemas = new SchemaCatalogue(SchemaCatalogue.declared(List.of(agents)),
        SchemaCatalogue.upcasters(List.of(agents)), registry);
    schemas.register(jdbc);
    eventLog = new EventLog(jdbc, tx, registry, traces, FreshetMetrics.noop(), schemas);
    dispatcher = new Dispatcher(database.dataSource(), tx, registry, eventLog, traces, settings,
        FreshetMetrics.noop(), schemas::forAgent);
    dispatcher.start();
    deadLetters = new DeadLetters(jdbc, tx, eventLog, schemas, new AuditLog(jdbc), registry, 3);
  }

  static final EventSchema THING_CHANGED = new EventSchema(new EventType("thing.changed", 1), "A test thing changed.",
      """
      {"type": "object", "properties": {"data": {"type": "object", "required": ["n"],
                                                 "properties": {"n": {"type": "integer", "minimum": 0}}}}}""",
      EventSchema.Compatibility.BACKWARD);

  private static ChangeEvent event(String subject, int n) {
    return new ChangeEvent(subject + "#" + n, "test", "thing.changed", 1, subject, Operation.UPDATE, Instant.now(),
        "corr-" + subject + "-" + n, null, Integer.toString(n), Map.of("n", n));
  }

  /** Sleeps a little in every call and records what ran at the same time. */
  static class SlowAgent implements Agent {
    final Map<String, List<Integer>> seen = new ConcurrentHashMap<>();
    final Map<String, AtomicInteger> inFlight = new ConcurrentHashMap<>();
    final AtomicInteger running = new AtomicInteger();
    final CountDownLatch firstStarted = new CountDownLatch(1);
    final CountDownLatch releaseFirst = new CountDownLatch(1);
    volatile int maxPerSubject;
    volatile int maxOverall;
    private final boolean coalesces;

    SlowAgent(boolean coalesces) {
      this.coalesces = coalesces;
    }

    @Override
    public String name() {
      return coalesces ? "coalescing" : "slow";
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
    public boolean coalesces() {
      return coalesces;
    }

    @Override
    public AgentOutcome handle(ChangeEvent event, AgentContext context) {
      int mine = inFlight.computeIfAbsent(event.subject(), s -> new AtomicInteger()).incrementAndGet();
      int all = running.incrementAndGet();
      maxPerSubject = Math.max(maxPerSubject, mine);
      maxOverall = Math.max(maxOverall, all);
      try {
        if (coalesces && firstStarted.getCount() == 1) {
          firstStarted.countDown();
          releaseFirst.await(); // hold the first run so that later events pile up behind it
        }
        Thread.sleep(40);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      seen.computeIfAbsent(event.subject(), s -> new CopyOnWriteArrayList<>()).add(((Number) event.data().get("n")).intValue());
      running.decrementAndGet();
      inFlight.get(event.subject()).decrementAndGet();
      return AgentOutcome.completed(List.of(), Map.of());
    }
  }

  @Test
  void oneSubjectIsHandledByOneWorkerAtATimeInLogOrderAndSubjectsRunInParallel() {
    SlowAgent agent = new SlowAgent(false);
    start(agent);
    List<ChangeEvent> batch = new ArrayList<>();
    for (int n = 0; n < 6; n++) {
      for (String subject : List.of("a", "b", "c", "d")) {
        batch.add(event(subject, n));
      }
    }

    eventLog.append(batch);

    await().atMost(Duration.ofSeconds(30)).until(() -> agent.seen.values().stream().mapToInt(List::size).sum() == 24);
    assertThat(agent.maxPerSubject).isEqualTo(1);
    assertThat(agent.maxOverall).isGreaterThan(1);
    agent.seen.values().forEach(order -> assertThat(order).containsExactly(0, 1, 2, 3, 4, 5));
  }

  @Test
  void anEventThatBreaksItsSchemaBecomesADeadLetterAtStageValidateAndNoAgentSeesIt() {
    SlowAgent agent = new SlowAgent(false);
    start(agent);
    ChangeEvent broken = new ChangeEvent("bad#1", "test", "thing.changed", 1, "bad", Operation.UPDATE, Instant.now(),
        "corr-bad", null, null, Map.of("n", -3));
    ChangeEvent unknown = new ChangeEvent("odd#1", "test", "thing.vanished", 1, "odd", Operation.UPDATE,
        Instant.now(), "corr-odd", null, null, Map.of());

    List<ChangeEvent> appended = eventLog.append(List.of(broken, unknown, event("good", 0)));
    eventLog.append(List.of(broken)); // re-sent by its source

    assertThat(appended).extracting(ChangeEvent::id).containsExactly("good#0");
    await().atMost(Duration.ofSeconds(30)).until(() -> agent.seen.containsKey("good"));
    assertThat(agent.seen).doesNotContainKeys("bad", "odd");
    assertThat(jdbc.queryForList("select external_id || ' ' || stage || ' ' || agent || ': ' || error_message "
        + "from dead_letter order by id", String.class)).satisfiesExactly(
            bad -> assertThat(bad).startsWith("bad#1 validate schema-validator: ").contains("/data/n", "minimum"),
            odd -> assertThat(odd).startsWith("odd#1 validate").contains("no schema is registered for thing.vanished/1"));
    assertThat(jdbc.queryForObject("select count(*) from event_log where id in ('bad#1', 'odd#1')", Long.class)).isZero();
    assertThat(jdbc.queryForObject("select outcome from trace_step where correlation_id = 'corr-bad'", String.class))
        .isEqualTo("INVALID");
  }

  static final EventSchema THING_CHANGED_2 = new EventSchema(new EventType("thing.changed", 2),
      "A test thing changed, counted in a unit.", """
      {"type": "object", "properties": {"data": {"type": "object", "required": ["count", "unit"],
        "properties": {"count": {"type": "integer"}, "unit": {"type": "string"}}}}}""",
      EventSchema.Compatibility.NONE);

  /** Asks for thing.changed/2; fails permanently the first time it sees a subject named "poison". */
  static class VersionTwoAgent implements Agent {
    final List<ChangeEvent> seen = new CopyOnWriteArrayList<>();
    final AtomicInteger poisonRuns = new AtomicInteger();

    public String name() {
      return "counter";
    }

    public String version() {
      return "2";
    }

    public Set<String> eventTypes() {
      return Set.of("thing.changed");
    }

    public List<EventSchema> eventSchemas() {
      return List.of(THING_CHANGED, THING_CHANGED_2);
    }

    public List<Upcaster> upcasters() {
      return List.of(new Upcaster() {
        public EventType from() {
          return new EventType("thing.changed", 1);
        }

        public Map<String, @Nullable Object> upcast(Map<String, @Nullable Object> data) {
          return Map.of("count", data.get("n"), "unit", "things");
        }
      });
    }

    public Map<String, Integer> eventVersions() {
      return Map.of("thing.changed", 2);
    }

    public AgentOutcome handle(ChangeEvent event, AgentContext context) {
      if (event.subject().equals("poison") && poisonRuns.incrementAndGet() == 1) {
        throw new PermanentException("the first run of poison fails");
      }
      seen.add(event);
      return AgentOutcome.completed(List.of(), Map.of());
    }
  }

  @Test
  void anUpcasterTurnsAVersionOneEventIntoVersionTwoForAnAgentThatAsksForItAlsoWhenADeadLetterIsRetried() {
    VersionTwoAgent agent = new VersionTwoAgent();
    start(agent);

    eventLog.append(List.of(event("doc", 7), event("poison", 3)));

    await().atMost(Duration.ofSeconds(30)).until(() -> !agent.seen.isEmpty() && deadLetters.count("OPEN") == 1);
    assertThat(agent.seen).singleElement().satisfies(e -> {
      assertThat(e.version()).isEqualTo(2);
      assertThat(e.data()).containsEntry("count", 7).containsEntry("unit", "things");
    });
    assertThat(jdbc.queryForObject("select version from event_log where id = 'doc#7'", Integer.class))
        .as("the log keeps what was written").isEqualTo(1);
    assertThat(jdbc.queryForObject("select count(*) from trace_step where correlation_id = 'corr-doc-7' "
        + "and step = 'stage.upcast' and outcome = 'OK'", Long.class)).as("the trace shows the upcast").isEqualTo(1);
    long deadLetter = deadLetters.list("OPEN", 0, 10).getFirst().id();

    assertThat(deadLetters.retry(deadLetter, "tester").done()).isTrue();

    await().atMost(Duration.ofSeconds(30)).until(() -> agent.seen.size() == 2);
    assertThat(agent.seen.get(1)).satisfies(e -> {
      assertThat(e.subject()).isEqualTo("poison");
      assertThat(e.version()).isEqualTo(2);
      assertThat(e.data()).containsEntry("count", 3);
    });
    assertThat(deadLetters.count("RETRIED")).isEqualTo(1);
    assertThat(deadLetters.retry(deadLetter, "tester").done()).as("a dead letter is retried once").isFalse();
    assertThat(jdbc.queryForObject("select agent_version from delivery where agent = 'counter' limit 1", String.class))
        .isEqualTo("2");
  }

  @Test
  void pendingEventsOfOneSubjectFoldIntoOneRunOfACoalescingAgent() {
    SlowAgent agent = new SlowAgent(true);
    start(agent);
    eventLog.append(List.of(event("doc", 0)));
    await().until(() -> agent.firstStarted.getCount() == 0); // the first run is busy: the next events wait
    List<ChangeEvent> more = new ArrayList<>();
    for (int n = 1; n <= 8; n++) {
      more.add(event("doc", n));
    }
    eventLog.append(more);
    agent.releaseFirst.countDown();

    await().atMost(Duration.ofSeconds(10)).until(() -> count("status in ('PENDING', 'RUNNING')") == 0);
    assertThat(agent.seen.get("doc")).containsExactly(0, 8);
    assertThat(count("status = 'COALESCED'")).isEqualTo(7);
    assertThat(count("status = 'DONE'")).isEqualTo(2);
    assertThat(jdbc.queryForObject("select count(*) from trace_step where step = 'agent.attempt' and outcome = 'COALESCED'",
        Long.class)).isEqualTo(7);
  }

  @Test
  void anIdleDispatcherSleepsUntilANotificationWakesIt() throws Exception {
    SlowAgent agent = new SlowAgent(false);
    start(agent);
    Thread.sleep(500); // let it settle
    long before = dispatcher.cycles();

    Thread.sleep(3000);

    assertThat(dispatcher.cycles() - before).as("coordinator cycles while idle").isZero();

    eventLog.append(List.of(event("late", 0))); // NOTIFY wakes it at once, long before the 30 s sweep
    await().atMost(Duration.ofSeconds(5)).until(() -> agent.seen.containsKey("late"));
  }

  /** Answers every thing.changed with another one for the same subject: a loop, as two agents writing back make. */
  static class EchoAgent implements Agent {
    final AtomicInteger handled = new AtomicInteger();

    @Override
    public String name() {
      return "echo";
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
    public AgentOutcome handle(ChangeEvent event, AgentContext context) {
      handled.incrementAndGet();
      int n = ((Number) event.data().get("n")).intValue();
      return AgentOutcome.completed(List.of(new AgentOutcome.Emitted(THING_CHANGED.type(), event.subject(),
          Operation.UPDATE, Map.of("n", n + 1))), Map.of());
    }
  }

  @Test
  void aCausalChainLongerThanTheHopLimitIsCutAndTheCutIsTraced() throws Exception {
    EchoAgent echo = new EchoAgent();
    start(new DispatcherSettings(2, 3, new Backoff(Duration.ofMillis(10), Duration.ofMillis(50), 2),
        Duration.ofSeconds(30), 5), echo);

    eventLog.append(List.of(event("loop", 0)));

    await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForObject(
        "select count(*) from trace_step where step = 'loop.cut'", Long.class) == 1);
    Thread.sleep(500); // a chain that was not cut would go on meanwhile
    // the root and five hops were appended and handled; the sixth hop was not appended
    assertThat(jdbc.queryForList("select data->>'n' from event_log order by seq", String.class))
        .containsExactly("0", "1", "2", "3", "4", "5");
    assertThat(echo.handled).hasValue(6);
    assertThat(count("status in ('PENDING', 'RUNNING')")).isZero();
    Map<String, Object> cut = jdbc.queryForMap("""
        select t.outcome, t.detail->>'hops' as hops, t.detail->>'reason' as reason, e.data->>'n' as n,
               t.correlation_id from trace_step t join event_log e on e.id = t.event_id where t.step = 'loop.cut'""");
    assertThat(cut).containsEntry("outcome", "CUT").containsEntry("hops", "6").containsEntry("n", "5")
        .containsEntry("correlation_id", "corr-loop-0");
    assertThat((String) cut.get("reason")).contains("freshet.dispatcher.max-hops");
    assertThat(eventLog.hops(jdbc.queryForObject("select id from event_log where data->>'n' = '5'", String.class), 99))
        .isEqualTo(5);
  }

  private long count(String condition) {
    return jdbc.queryForObject("select count(*) from delivery where " + condition, Long.class);
  }


  /**
   * A snapshot plans thousands of deliveries at once; claiming them with the statistics of the nearly empty table
   * autovacuum last saw made the claim a nested loop over every pending row (seconds a call). The log refreshes
   * them itself once enough deliveries were planned.
   */
  @Test
  void aLargeAppendRefreshesTheDeliveryTablesStatistics() {
    SlowAgent agent = new SlowAgent(false);
    start(agent);
    jdbc.execute("analyze delivery"); // the table is empty now (truncated): the planner's estimate is 0 rows
    assertThat(jdbc.queryForObject("select reltuples from pg_class where relname = 'delivery'", Double.class))
        .isLessThanOrEqualTo(0);
    List<ChangeEvent> batch = new ArrayList<>();
    for (int n = 0; n < EventLog.ANALYZE_EVERY; n++) {
      batch.add(event("bulk-" + n, n));
    }

    eventLog.append(batch);

    assertThat(jdbc.queryForObject("select reltuples from pg_class where relname = 'delivery'", Double.class))
        .isGreaterThanOrEqualTo(EventLog.ANALYZE_EVERY);
  }

  /** ANALYZE reads a sample whose cost grows with the table: a large table is analyzed after a fifth more rows. */
  @Test
  void aLargeTablesStatisticsAreRefreshedAfterAFifthMoreRowsNotAfterEveryThousand() {
    jdbc.execute("alter table delivery set (autovacuum_enabled = false)"); // only the log's own refreshes count
    try {
      start(new SlowAgent(false));
      // no claims meanwhile: the row versions of a claim's update in progress made an estimate of 6,004 once
      dispatcher.close();
      int large = 6 * (int) EventLog.ANALYZE_EVERY;
      eventLog.append(events("large-", large));
      assertThat(estimatedRows()).isEqualTo(large);

      eventLog.append(events("more-", (int) EventLog.ANALYZE_EVERY));
      assertThat(estimatedRows()).as("not refreshed after a thousand more in a table of %d", large).isEqualTo(large);

      int fifth = large / 5 - (int) EventLog.ANALYZE_EVERY;
      eventLog.append(events("yet-more-", fifth));
      assertThat(estimatedRows()).as("refreshed after a fifth more").isEqualTo(large + EventLog.ANALYZE_EVERY + fifth);
    } finally {
      jdbc.execute("alter table delivery reset (autovacuum_enabled)");
    }
  }

  private List<ChangeEvent> events(String prefix, int count) {
    List<ChangeEvent> batch = new ArrayList<>();
    for (int n = 0; n < count; n++) {
      batch.add(event(prefix + n, n));
    }
    return batch;
  }

  /** The planner's row count, as the last ANALYZE left it (exact for a table this small: the sample is all of it). */
  private long estimatedRows() {
    Double n = jdbc.queryForObject("select reltuples from pg_class where relname = 'delivery'", Double.class);
    return n == null ? 0 : Math.round(n);
  }
}
