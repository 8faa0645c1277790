package dev.freshet.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.freshet.api.agent.Agent;
import dev.freshet.api.agent.AgentContext;
import dev.freshet.api.agent.AgentOutcome;
import dev.freshet.api.error.RetryableException;
import dev.freshet.api.event.ChangeEvent;
import dev.freshet.api.event.EventSchema;
import dev.freshet.api.event.EventType;
import dev.freshet.api.event.Operation;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The promises every event transport keeps: how events appended to the log reach the agents. Extend it with a
 * fixture that builds the log and the transport under test on a real state database (and a real broker):
 * {@link #pipeline} sets up the pipeline for the suite's agents, {@link #startWorker} starts one worker instance.
 * Declare with {@link #severalWorkersShareTheWork()} whether several instances may run agents at once.
 *
 * <p>The suite's agents keep their own "index": handling an event of a subject replaces the subject's chunks with
 * those of the subject's current version in a shared "source", as Freshet's indexer loads the document's current
 * state. So a run that is repeated (at least once) leaves the same index, and one that runs late cannot make the
 * index stale.
 */
public abstract class TransportContract {

  /** The suite's event type; every agent here handles it. */
  public static final EventType CHANGED = new EventType("contract.changed", 1);
  /** What {@link #follower} agents emit, and what the second agent of a chain handles. */
  public static final EventType NOTICED = new EventType("contract.noticed", 1);
  private static final Duration TIMEOUT = Duration.ofSeconds(90);

  /** One worker instance: runs the pipeline's agents on the transport. */
  protected interface Worker {
    /** Stops as an operator would: what runs finishes or is put back, nothing is lost. */
    void stop();

    /** Stops as a crash would: nothing more is committed, and the transport gives its work to another instance. */
    void kill();
  }

  /** Builds the log and the transport for these agents, on an empty state database. */
  protected abstract void pipeline(List<Agent> agents);

  /** Appends events to the log as a source does; returns once they are durable. */
  protected abstract void append(List<ChangeEvent> events);

  /** Starts one worker instance of the pipeline. */
  protected abstract Worker startWorker();

  /** The state database's final outcome of each event's delivery to an agent, by event id (DONE, DEAD, ...). */
  protected abstract Map<String, String> outcomes(String agent);

  /** The ids of the events an agent's open dead letters hold. */
  protected abstract List<String> openDeadLetters(String agent);

  /** Retries every open dead letter, as an operator does in the console; returns how many. */
  protected abstract int retryDeadLetters();

  /** The attempts of one delivery before it becomes a dead letter, as the fixture configures them. */
  protected abstract int maxAttempts();

  /** Whether several worker instances may run at once and share the work (false: one at a time). */
  protected boolean severalWorkersShareTheWork() {
    return false;
  }

  private final List<Worker> workers = new CopyOnWriteArrayList<>();
  /** The "source": each subject's current version. */
  private final Map<String, Integer> source = new ConcurrentHashMap<>();

  @AfterEach
  void stopWorkers() {
    workers.forEach(Worker::stop);
    workers.clear();
  }

  @Test
  void everyEventReachesEverySubscribedAgentOnce() {
    ContractAgent first = new ContractAgent("first");
    ContractAgent second = new ContractAgent("second");
    pipeline(List.of(first, second));
    start();

    List<ChangeEvent> events = changes(5, 6);
    append(events);

    awaitFinal(first, events.size());
    awaitFinal(second, events.size());
    for (ContractAgent agent : List.of(first, second)) {
      assertThat(outcomes(agent.name()).values()).containsOnly("DONE");
      assertThat(agent.handled).hasSize(events.size());
      assertThat(agent.handled.values()).allSatisfy(count -> assertThat(count.get()).isOne());
      assertIndexIsCurrent(agent);
    }
  }

  @Test
  void oneSubjectsEventsArriveInTheirOrder() {
    ContractAgent agent = new ContractAgent("ordered");
    pipeline(List.of(agent));
    start();

    List<ChangeEvent> events = changes(4, 25);
    for (int i = 0; i < events.size(); i += 10) {
      append(events.subList(i, Math.min(i + 10, events.size())));
    }

    awaitFinal(agent, events.size());
    for (int s = 0; s < 4; s++) {
      List<Integer> expected = new ArrayList<>();
      for (int v = 1; v <= 25; v++) {
        expected.add(v);
      }
      assertThat(agent.order.get(subject(s))).as("order of %s", subject(s)).containsExactlyElementsOf(expected);
    }
  }

  @Test
  void anEventAppendedTwiceIsDeliveredOnce() {
    ContractAgent agent = new ContractAgent("once");
    pipeline(List.of(agent));
    start();

    List<ChangeEvent> events = changes(3, 3);
    append(events);
    append(events); // the source sent its batch again: it restarted before committing its position

    awaitFinal(agent, events.size());
    assertThat(agent.handled).hasSize(events.size());
    assertThat(agent.handled.values()).allSatisfy(count -> assertThat(count.get()).isOne());
  }

  @Test
  void aFailingEventIsRetriedThenDeadLetteredWhileTheOthersGoOn() {
    ContractAgent agent = new ContractAgent("picky");
    agent.failing.add(subject(1));
    pipeline(List.of(agent));
    start();

    List<ChangeEvent> events = changes(3, 1);
    append(events);

    awaitFinal(agent, events.size());
    Map<String, String> outcomes = outcomes(agent.name());
    assertThat(outcomes).containsEntry(subject(0) + "#1", "DONE").containsEntry(subject(2) + "#1", "DONE")
        .containsEntry(subject(1) + "#1", "DEAD");
    assertThat(agent.handled.get(subject(1) + "#1").get()).isEqualTo(maxAttempts());
    assertThat(openDeadLetters(agent.name())).containsExactly(subject(1) + "#1");

    // the operator fixes the cause and retries: the dead letter reaches the agent again, and only that agent
    agent.failing.clear();
    assertThat(retryDeadLetters()).isOne();
    await().atMost(TIMEOUT).until(() -> "DONE".equals(outcomes(agent.name()).get(subject(1) + "#1")));
    assertThat(openDeadLetters(agent.name())).isEmpty();
    assertIndexIsCurrent(agent);
  }

  @Test
  void eventsAnAgentEmitsReachTheAgentsThatHandleThem() {
    ContractAgent leader = follower("leader");
    ContractAgent follower = new ContractAgent("follower", NOTICED);
    pipeline(List.of(leader, follower));
    start();

    append(changes(2, 2));

    awaitFinal(leader, 4);
    awaitFinal(follower, 4);
    assertThat(follower.correlations).containsExactlyInAnyOrderElementsOf(leader.correlations);
  }

  @Test
  void aWorkerStoppedMidStreamLosesNothing() {
    ContractAgent agent = new ContractAgent("steady");
    agent.delay = Duration.ofMillis(10);
    pipeline(List.of(agent));
    Worker worker = start();
    List<ChangeEvent> events = changes(6, 20);
    append(events);
    await().atMost(TIMEOUT).until(() -> agent.handled.size() >= 20);

    worker.stop();
    workers.remove(worker);
    start();

    awaitFinal(agent, events.size());
    assertThat(outcomes(agent.name()).values()).containsOnly("DONE");
    assertIndexIsCurrent(agent);
  }

  @Test
  void aKilledWorkersEventsAreHandledByAnotherWithNothingLostOrDuplicated() {
    ContractAgent agent = new ContractAgent("survivor");
    agent.delay = Duration.ofMillis(15);
    pipeline(List.of(agent));
    Worker doomed = start();
    if (severalWorkersShareTheWork()) {
      start();
    }
    List<ChangeEvent> events = changes(20, 10);
    append(events);
    await().atMost(TIMEOUT).until(() -> agent.handled.size() >= 40);

    doomed.kill();
    workers.remove(doomed);
    if (!severalWorkersShareTheWork()) {
      start(); // the replacement instance
    }

    awaitFinal(agent, events.size());
    assertThat(outcomes(agent.name())).hasSize(events.size());
    assertThat(outcomes(agent.name()).values()).containsOnly("DONE");
    assertIndexIsCurrent(agent);
    assertThat(agent.handled.keySet()).hasSize(events.size());
  }

  private Worker start() {
    Worker worker = startWorker();
    workers.add(worker);
    return worker;
  }

  /** {@code perSubject} versions of each of {@code subjects} subjects, in order; the source holds the newest. */
  private List<ChangeEvent> changes(int subjects, int perSubject) {
    List<ChangeEvent> events = new ArrayList<>();
    for (int v = 1; v <= perSubject; v++) {
      for (int s = 0; s < subjects; s++) {
        events.add(change(subject(s), v));
        source.put(subject(s), v);
      }
    }
    return events;
  }

  private static String subject(int s) {
    return "contract:doc-" + s;
  }

  /** The suite's event: version {@code version} of {@code subject}. */
  protected static ChangeEvent change(String subject, int version) {
    return new ChangeEvent(subject + "#" + version, "contract", CHANGED.name(), CHANGED.version(), subject,
        Operation.UPDATE, Instant.now(), "corr-" + subject + "-" + version, null, Integer.toString(version),
        Map.of("version", version));
  }

  private void awaitFinal(ContractAgent agent, int events) {
    await().atMost(TIMEOUT).pollInterval(Duration.ofMillis(50))
        .until(() -> outcomes(agent.name()).values().stream().filter(s -> !s.equals("PENDING")
            && !s.equals("RUNNING")).count() >= events);
  }

  /** Every subject the agent saw holds exactly the chunks of its current version. */
  private void assertIndexIsCurrent(ContractAgent agent) {
    agent.index.forEach((subject, chunks) ->
        assertThat(chunks).as("chunks of %s", subject).isEqualTo(chunksOf(subject, source.get(subject))));
  }

  private static Set<String> chunksOf(String subject, int version) {
    return Set.of(subject + "/v" + version + "/0", subject + "/v" + version + "/1");
  }

  private ContractAgent follower(String name) {
    ContractAgent agent = new ContractAgent(name);
    agent.emits = true;
    return agent;
  }

  /**
   * Handles the suite's events: counts them, records each subject's order, fails for the subjects in {@link
   * #failing}, and replaces the subject's chunks in its index with those of the subject's current version.
   */
  private final class ContractAgent implements Agent {
    final String name;
    final EventType handles;
    final Map<String, AtomicInteger> handled = new ConcurrentHashMap<>();
    final Map<String, List<Integer>> order = new ConcurrentHashMap<>();
    final Map<String, Set<String>> index = new ConcurrentHashMap<>();
    final Set<String> failing = ConcurrentHashMap.newKeySet();
    final List<String> correlations = new CopyOnWriteArrayList<>();
    volatile Duration delay = Duration.ZERO;
    volatile boolean emits;

    ContractAgent(String name) {
      this(name, CHANGED);
    }

    ContractAgent(String name, EventType handles) {
      this.name = name;
      this.handles = handles;
    }

    @Override
    public String name() {
      return name;
    }

    @Override
    public Set<String> eventTypes() {
      return Set.of(handles.name());
    }

    @Override
    public List<EventSchema> eventSchemas() {
      return List.of(schema(CHANGED), schema(NOTICED));
    }

    @Override
    public AgentOutcome handle(ChangeEvent event, AgentContext context) {
      handled.computeIfAbsent(event.id(), id -> new AtomicInteger()).incrementAndGet();
      if (failing.contains(event.subject())) {
        throw new RetryableException("the contract's agent fails on " + event.subject());
      }
      if (!delay.isZero()) {
        try {
          Thread.sleep(delay);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new RetryableException("interrupted", e);
        }
      }
      order.computeIfAbsent(event.subject(), s -> new CopyOnWriteArrayList<>())
          .add(((Number) event.data().get("version")).intValue());
      index.put(event.subject(), chunksOf(event.subject(), source.getOrDefault(event.subject(), 0)));
      correlations.add(event.correlationId());
      if (emits) {
        return AgentOutcome.completed(List.of(new AgentOutcome.Emitted(NOTICED, event.subject(), Operation.UPDATE,
            Map.of("version", event.data().get("version")))), Map.of());
      }
      return AgentOutcome.completed(List.of(), Map.of());
    }
  }

  /** The JSON Schema of the suite's event types, for agents of a fixture's own tests. */
  protected static EventSchema schema(EventType type) {
    return new EventSchema(type, "The transport contract's test event.", """
        {"type": "object", "properties": {"data": {"type": "object", "required": ["version"],
                                                   "properties": {"version": {"type": "integer"}}}}}""",
        EventSchema.Compatibility.BACKWARD);
  }
}
