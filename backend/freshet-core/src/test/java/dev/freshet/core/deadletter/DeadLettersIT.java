package dev.freshet.core.deadletter;

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
import dev.freshet.core.StateDatabase;
import dev.freshet.core.audit.AuditLog;
import dev.freshet.core.dispatch.AgentRegistry;
import dev.freshet.core.dispatch.Backoff;
import dev.freshet.core.dispatch.Dispatcher;
import dev.freshet.core.dispatch.DispatcherSettings;
import dev.freshet.core.log.EventLog;
import dev.freshet.core.metrics.FreshetMetrics;
import dev.freshet.core.schema.SchemaCatalogue;
import dev.freshet.core.trace.Traces;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The dead-letter queue as an operator works it, against a real PostgreSQL and dispatcher: filters and a dry
 * run before a bulk retry, replays that fail again coming back with their history until the loop guard stops
 * them, edit-and-retry of a failed delivery and of an event that broke its schema, discard with a reason,
 * superseded entries, and the audit log of all of it.
 */
class DeadLettersIT {

  @RegisterExtension
  static final StateDatabase database = new StateDatabase();

  static final EventSchema THING = new EventSchema(new EventType("thing.changed", 1), "A test thing changed.", """
      {"type": "object", "properties": {"data": {"type": "object", "required": ["n"],
                                                 "properties": {"n": {"type": "integer", "minimum": 0}}}}}""",
      EventSchema.Compatibility.BACKWARD);

  private JdbcTemplate jdbc;
  private Dispatcher dispatcher;
  private EventLog eventLog;
  private DeadLetters deadLetters;
  private AuditLog audit;
  private final Fragile fragile = new Fragile();
  private final Bystander bystander = new Bystander();

  @BeforeEach
  void start() {
    jdbc = new JdbcTemplate(database.dataSource());
    jdbc.execute("truncate event_log, delivery, dead_letter, trace_step, audit_log restart identity cascade");
    AgentRegistry registry = new AgentRegistry(List.of(fragile, bystander));
    TransactionTemplate tx = new TransactionTemplate(new DataSourceTransactionManager(database.dataSource()));
    Traces traces = new Traces(jdbc);
    SchemaCatalogue schemas = new SchemaCatalogue(List.of(THING), registry);
    schemas.register(jdbc);
    eventLog = new EventLog(jdbc, tx, registry, traces, FreshetMetrics.noop(), schemas);
    dispatcher = new Dispatcher(database.dataSource(), tx, registry, eventLog, traces,
        new DispatcherSettings(2, 1, new Backoff(Duration.ofMillis(10), Duration.ofMillis(20), 2), Duration.ofSeconds(30)),
        FreshetMetrics.noop(), (e, a) -> e);
    dispatcher.start();
    audit = new AuditLog(jdbc);
    deadLetters = new DeadLetters(jdbc, tx, eventLog, schemas, audit, registry, 2);
  }

  @AfterEach
  void stop() {
    dispatcher.close();
  }

  @Test
  void aReplayThatFailsAgainComesBackWithItsHistoryUntilTheLoopGuardStopsIt() {
    fragile.broken.add("a");
    eventLog.append(List.of(event("a", 1, Map.of("n", 1))));
    DeadLetter first = awaitOpen("a");
    assertThat(first.replays()).isZero();
    assertThat(first.replayOf()).isNull();

    assertThat(deadLetters.retry(first.id(), "otto").done()).isTrue();
    DeadLetter second = awaitOpen("a");
    assertThat(second.id()).isNotEqualTo(first.id());
    assertThat(second.replayOf()).isEqualTo(first.id());
    assertThat(second.replays()).isEqualTo(1);

    assertThat(deadLetters.retry(second.id(), "otto").done()).isTrue();
    DeadLetter third = awaitOpen("a");
    assertThat(third.replays()).isEqualTo(2);
    assertThat(deadLetters.history(third.id())).extracting(DeadLetter::id).containsExactly(first.id(), second.id());

    DeadLetters.Result refused = deadLetters.retry(third.id(), "otto");
    assertThat(refused.done()).isFalse();
    assertThat(refused.message()).contains("replayed 2 time(s)", "freshet.dispatcher.max-replays");
    assertThat(deadLetters.editAndRetry(third.id(), "{\"data\": {\"n\": 2}}", "otto").done())
        .as("an edit is a replay too").isFalse();
    assertThat(deadLetters.find(third.id()).orElseThrow().status()).isEqualTo("OPEN");
    assertThat(fragile.runs.get("a")).as("one run and two replays, no more").isEqualTo(3);
    assertThat(audit.of(DeadLetters.target(first.id()))).singleElement()
        .satisfies(e -> {
          assertThat(e.actor()).isEqualTo("otto");
          assertThat(e.action()).isEqualTo("dead-letter.retry");
        });
  }

  @Test
  void aDryRunCountsWhatABulkRetryOfAFilterThenRetries() {
    fragile.broken.addAll(Set.of("x1", "x2", "y1"));
    fragile.failAtEmbed.addAll(Set.of("x1", "x2"));
    eventLog.append(List.of(event("x1", 1, Map.of("n", 1)), event("x2", 1, Map.of("n", 1)), event("y1", 1, Map.of("n", 1))));
    await().atMost(Duration.ofSeconds(30)).until(() -> deadLetters.count("OPEN") == 3);
    DeadLetterFilter embed = new DeadLetterFilter(null, "test", "fragile", "embed", null, null, null, null, null);
    assertThat(deadLetters.count(embed)).isEqualTo(2);
    assertThat(deadLetters.list(embed, 0, 10)).extracting(DeadLetter::subject).containsExactlyInAnyOrder("x1", "x2");
    assertThat(deadLetters.facets().stages()).containsExactly("embed", "handle");
    assertThat(deadLetters.preview(embed)).isEqualTo(new DeadLetters.Preview(2, 2, 0, 0));
    assertThat(deadLetters.count("OPEN")).as("a dry run changes nothing").isEqualTo(3);

    fragile.broken.clear();
    DeadLetters.Result bulk = deadLetters.retryAll(embed, "otto");

    assertThat(bulk.message()).startsWith("2 of 2 matching");
    await().atMost(Duration.ofSeconds(30)).until(() -> fragile.done.containsAll(Set.of("x1", "x2")));
    assertThat(fragile.done).doesNotContain("y1");
    assertThat(deadLetters.list(DeadLetterFilter.status("OPEN"), 0, 10)).extracting(DeadLetter::subject)
        .containsExactly("y1");
    assertThat(audit.list("dead-letters", 0, 10)).singleElement().satisfies(e -> {
      assertThat(e.action()).isEqualTo("dead-letter.bulk-retry");
      assertThat(e.detail()).containsEntry("retried", 2).containsEntry("matching", 2);
      assertThat(e.detail().get("filter")).isEqualTo(Map.of("status", "OPEN", "source", "test", "agent", "fragile",
          "stage", "embed"));
    });
  }

  @Test
  void anEditedEventIsReplayedForTheFailedAgentOnlyAndMustKeepItsSchema() {
    eventLog.append(List.of(event("e", 1, Map.of("n", 1, "fail", true))));
    DeadLetter letter = awaitOpen("e");
    await().atMost(Duration.ofSeconds(30)).until(() -> bystander.seen.size() == 1);

    DeadLetters.Result invalid = deadLetters.editAndRetry(letter.id(), "{\"data\": {\"n\": -1}}", "otto");
    assertThat(invalid.done()).isFalse();
    assertThat(invalid.message()).contains("still breaks its schema", "minimum");
    assertThat(deadLetters.editAndRetry(letter.id(), "not json", "otto").message()).contains("not valid");

    DeadLetters.Result edited = deadLetters.editAndRetry(letter.id(), "{\"data\": {\"n\": 1}}", "otto");

    assertThat(edited.done()).as(edited.message()).isTrue();
    await().atMost(Duration.ofSeconds(30)).until(() -> fragile.done.contains("e"));
    ChangeEvent replay = fragile.handled.getLast();
    assertThat(replay.id()).isNotEqualTo("e#1");
    assertThat(replay.causationId()).isEqualTo("e#1");
    assertThat(replay.correlationId()).isEqualTo("corr-e-1");
    assertThat(replay.data()).isEqualTo(Map.of("n", 1));
    assertThat(bystander.seen).as("only the agent that failed gets the replay").hasSize(1);
    assertThat(deadLetters.find(letter.id()).orElseThrow().status()).isEqualTo("RETRIED");
    assertThat(audit.of(DeadLetters.target(letter.id()))).extracting(AuditLog.Entry::action)
        .containsExactly("dead-letter.edit-and-retry");
  }

  @Test
  void anEventThatBrokeItsSchemaIsFixedByAnEditUnderItsOwnId() {
    eventLog.append(List.of(event("v", 1, Map.of("n", -5))));
    DeadLetter rejected = deadLetters.list(DeadLetterFilter.status("OPEN"), 0, 10).getFirst();
    assertThat(rejected.stage()).isEqualTo("validate");

    assertThat(deadLetters.retry(rejected.id(), "otto").message()).contains("edit it so it passes");
    DeadLetters.Result fixed = deadLetters.editAndRetry(rejected.id(), "{\"data\": {\"n\": 5}}", "otto");

    assertThat(fixed.done()).as(fixed.message()).isTrue();
    await().atMost(Duration.ofSeconds(30)).until(() -> fragile.done.contains("v") && bystander.seen.size() == 1);
    assertThat(fragile.handled.getLast().id()).isEqualTo("v#1");
    assertThat(eventLog.contains("v#1")).isTrue();
  }

  @Test
  void aDiscardNeedsAReasonAndKeepsIt() {
    fragile.broken.add("d");
    eventLog.append(List.of(event("d", 1, Map.of("n", 1))));
    DeadLetter letter = awaitOpen("d");

    assertThat(deadLetters.discard(letter.id(), " ", "otto").done()).isFalse();
    assertThat(deadLetters.discard(letter.id(), "the row was deleted on purpose", "otto").done()).isTrue();

    DeadLetter discarded = deadLetters.find(letter.id()).orElseThrow();
    assertThat(discarded.status()).isEqualTo("DISCARDED");
    assertThat(discarded.discardReason()).isEqualTo("the row was deleted on purpose");
    assertThat(deadLetters.retry(letter.id(), "otto").done()).isFalse();
    assertThat(audit.of(DeadLetters.target(letter.id()))).singleElement().satisfies(e -> {
      assertThat(e.action()).isEqualTo("dead-letter.discard");
      assertThat(e.detail()).containsEntry("reason", "the row was deleted on purpose");
    });
  }

  @Test
  void aLaterSuccessOfTheSameSubjectMarksTheDeadLetterSuperseded() {
    eventLog.append(List.of(event("s", 1, Map.of("n", 1, "fail", true))));
    DeadLetter letter = awaitOpen("s");
    assertThat(letter.supersededBy()).isNull();

    eventLog.append(List.of(event("s", 2, Map.of("n", 2))));
    await().atMost(Duration.ofSeconds(30)).until(() -> fragile.done.contains("s"));

    assertThat(deadLetters.find(letter.id()).orElseThrow().supersededBy()).isEqualTo("s#2");
    DeadLetterFilter superseded = new DeadLetterFilter("OPEN", null, null, null, null, null, null, null, true);
    assertThat(deadLetters.list(superseded, 0, 10)).extracting(DeadLetter::id).containsExactly(letter.id());
    assertThat(deadLetters.count(new DeadLetterFilter("OPEN", null, null, null, null, null, null, null, false)))
        .isZero();
  }

  private DeadLetter awaitOpen(String subject) {
    await().atMost(Duration.ofSeconds(30)).until(() -> !deadLetters.list(
        new DeadLetterFilter("OPEN", null, null, null, null, subject, null, null, null), 0, 1).isEmpty());
    return deadLetters.list(new DeadLetterFilter("OPEN", null, null, null, null, subject, null, null, null), 0, 1)
        .getFirst();
  }

  private static ChangeEvent event(String subject, int n, Map<String, Object> data) {
    return new ChangeEvent(subject + "#" + n, "test", "thing.changed", 1, subject, Operation.UPDATE, Instant.now(),
        "corr-" + subject + "-" + n, null, Integer.toString(n), data);
  }

  /** Reads the latest state (coalesces); fails for broken subjects and for events that say so. */
  static class Fragile implements Agent {
    final Set<String> broken = ConcurrentHashMap.newKeySet();
    final Set<String> failAtEmbed = ConcurrentHashMap.newKeySet();
    final Set<String> done = ConcurrentHashMap.newKeySet();
    final Map<String, Integer> runs = new ConcurrentHashMap<>();
    final List<ChangeEvent> handled = new CopyOnWriteArrayList<>();

    public String name() {
      return "fragile";
    }

    public Set<String> eventTypes() {
      return Set.of("thing.changed");
    }

    public boolean coalesces() {
      return true;
    }

    public AgentOutcome handle(ChangeEvent event, AgentContext context) {
      runs.merge(event.subject(), 1, Integer::sum);
      if (broken.contains(event.subject()) || Boolean.TRUE.equals(event.data().get("fail"))) {
        if (failAtEmbed.contains(event.subject())) {
          return context.stage("embed", () -> {
            throw new PermanentException("the model rejects " + event.subject());
          });
        }
        throw new PermanentException(event.subject() + " is broken");
      }
      handled.add(event);
      done.add(event.subject());
      return AgentOutcome.completed(List.of(), Map.of());
    }
  }

  /** Another subscriber of the same type, which never fails. */
  static class Bystander implements Agent {
    final List<ChangeEvent> seen = new CopyOnWriteArrayList<>();

    public String name() {
      return "bystander";
    }

    public Set<String> eventTypes() {
      return Set.of("thing.changed");
    }

    public AgentOutcome handle(ChangeEvent event, AgentContext context) {
      seen.add(event);
      return AgentOutcome.completed(List.of(), Map.of());
    }
  }
}
