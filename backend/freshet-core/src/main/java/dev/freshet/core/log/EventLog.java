package dev.freshet.core.log;

import dev.freshet.api.agent.Agent;
import dev.freshet.api.event.ChangeEvent;
import dev.freshet.core.dispatch.AgentRegistry;
import dev.freshet.core.json.Json;
import dev.freshet.core.metrics.FreshetMetrics;
import dev.freshet.core.schema.SchemaCatalogue;
import dev.freshet.core.schema.SchemaViolationException;
import dev.freshet.core.trace.TraceStep;
import dev.freshet.core.trace.Traces;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The durable, append-only event log in the state database. Appending an event also plans its
 * deliveries (one per subscribed agent) and records its first trace step, in the same transaction,
 * then, if it planned a delivery, wakes the dispatcher with {@code NOTIFY freshet_events}.
 *
 * <p>Concurrent {@link #append}s share a transaction ({@link GroupCommit}): while one transaction is being written,
 * the batches that arrive queue up, and the next of their callers writes them all in one transaction.
 *
 * <p>Thread-safe. Every method blocks until its transaction has committed.
 */
public class EventLog {

  private static final Logger log = LoggerFactory.getLogger(EventLog.class);

  /** The agent name of dead letters for events that broke their schema. */
  public static final String VALIDATOR = "schema-validator";

  /** The fewest planned deliveries that make the delivery table's statistics stale enough to refresh. */
  public static final long ANALYZE_EVERY = 1_000;

  /** The PostgreSQL notification channel that wakes dispatchers. */
  public static final String CHANNEL = Handoff.DELIVERIES.channel();

  private final JdbcTemplate jdbc;
  private final TransactionTemplate tx;
  private final AgentRegistry agents;
  private final FreshetMetrics metrics;
  private final Traces traces;
  private final SchemaCatalogue schemas;
  private final Handoff handoff;
  /** Deliveries planned since the delivery table's statistics were last refreshed ({@link #refreshStatistics}). */
  private final AtomicLong plannedSinceAnalyze = new AtomicLong();
  /** The delivery table's rows by its last refreshed statistics: the threshold for the next refresh grows with it. */
  private volatile long rowsAtLastAnalyze;
  /** The event log's text columns in {@link #insertNew}'s order (the version, an int, follows them). */
  private static final List<Function<ChangeEvent, @Nullable String>> EVENT_COLUMNS = List.of(ChangeEvent::id,
      ChangeEvent::source, ChangeEvent::type, ChangeEvent::subject, e -> e.operation().name(), e -> e.time().toString(),
      ChangeEvent::correlationId, ChangeEvent::causationId, ChangeEvent::position, e -> Json.write(e.data()));
  /** Concurrent appends share transactions. */
  private final GroupCommit groups = new GroupCommit(this::appendShared, this::appendAlone);

  /** An event log whose appends plan deliveries for the embedded dispatcher. */
  public EventLog(JdbcTemplate jdbc, TransactionTemplate tx, AgentRegistry agents, Traces traces,
      FreshetMetrics metrics, SchemaCatalogue schemas) {
    this(jdbc, tx, agents, traces, metrics, schemas, Handoff.DELIVERIES);
  }

  public EventLog(JdbcTemplate jdbc, TransactionTemplate tx, AgentRegistry agents, Traces traces,
      FreshetMetrics metrics, SchemaCatalogue schemas, Handoff handoff) {
    this.jdbc = jdbc;
    this.handoff = handoff;
    this.schemas = schemas;
    this.traces = traces;
    this.tx = tx;
    this.agents = agents;
    this.metrics = metrics;
  }

  /**
   * Appends the events that are not in the log yet (by id) in one transaction, which concurrent callers may share
   * (group commit, see {@link GroupCommit}). An event that breaks its
   * schema is not appended: it becomes a dead letter at stage {@code validate} with the validation messages
   * (once per event id), and no agent sees it.
   *
   * @return the events that were new, in batch order; returns only after they are durable
   */
  public List<ChangeEvent> append(List<ChangeEvent> batch) {
    if (batch.isEmpty()) {
      return List.of();
    }
    List<ChangeEvent> appended;
    if (TransactionSynchronizationManager.isActualTransactionActive()) {
      // the caller's transaction decides when these are durable: it cannot carry other callers' batches
      appended = appendAlone(batch);
    } else {
      appended = groups.append(batch);
    }
    metrics.eventsAppended(appended);
    refreshStatistics();
    return appended;
  }

  /** How many batches wait for a shared transaction (for tests). */
  int queued() {
    return groups.queued();
  }

  /** Appends one batch in a transaction of its own. */
  private List<ChangeEvent> appendAlone(List<ChangeEvent> batch) {
    return tx.execute(status -> insertNew(batch, null, List.of(), null).events());
  }

  /** Appends several callers' batches in one transaction: each batch's new events, in order. */
  private List<List<ChangeEvent>> appendShared(List<List<ChangeEvent>> batches) {
    return tx.execute(status -> {
      Inserted inserted = insertNew(batches.stream().flatMap(List::stream).toList(), null, List.of(), null);
      // an event (by id) is new for the first batch that carries it: a second batch with it is a redelivery
      Set<String> unclaimed = new HashSet<>(inserted.events().stream().map(ChangeEvent::id).toList());
      return batches.stream().map(batch -> batch.stream().filter(e -> unclaimed.remove(e.id())).toList()).toList();
    });
  }

  /**
   * A data-modifying statement that runs inside an append's statement, so that both commit together: the dispatcher
   * finishes a delivery with it, in the statement that appends what its agent emitted.
   *
   * @param sql an {@code insert}, {@code update} or {@code delete}, run as a common table expression (PostgreSQL runs
   *     it exactly once, whether or not the rest of the statement reads it)
   * @param binder binds its parameters, the first at the index it is given, and returns the index after them
   */
  public record Companion(String sql, Binder binder) {}

  /** Binds a {@link Companion}'s parameters. */
  @FunctionalInterface
  public interface Binder {
    int bind(PreparedStatement ps, int index) throws SQLException;
  }

  /**
   * Appends the events that are new, writes the caller's own trace steps and runs {@code companion}, all in one
   * statement: in the caller's transaction if there is one, else as a transaction of its own, so one round trip
   * and one commit. The dispatcher completes a delivery this way (its status, what its agent emitted, the attempt's
   * trace): one statement where a transaction of {@code BEGIN}, the update, the append and {@code COMMIT} was, at
   * every delivery.
   *
   * @return the events that were new; returns only after they are durable (or with the caller's transaction)
   */
  public List<ChangeEvent> appendWith(List<ChangeEvent> batch, List<TraceStep> steps, Companion companion) {
    List<ChangeEvent> appended = insertNew(batch, null, steps, companion).events();
    metrics.eventsAppended(appended);
    return appended;
  }

  /**
   * Appends an operator's replay of an event within the caller's transaction: planned only for {@code agent}
   * (the one that failed), or for every subscriber when it is null (an event that never reached one).
   *
   * @return the event's position in the log; null when an event with its id is there already
   * @throws dev.freshet.core.schema.SchemaViolationException when the event breaks its schema
   */
  public @Nullable Long appendReplay(ChangeEvent event, @Nullable String agent) {
    List<String> problems = schemas.validate(event);
    if (!problems.isEmpty()) {
      throw new SchemaViolationException(String.join("; ", problems));
    }
    List<ChangeEvent> appended = insertNew(List.of(event), agent, List.of(), null).events();
    return appended.isEmpty() ? null : jdbc.queryForObject("select seq from event_log where id = ?", Long.class,
        event.id());
  }

  /** Wakes the dispatchers (or the outbox relays), e.g. after deliveries were put back in the queue. */
  public void wake() {
    jdbc.queryForList("select pg_notify(?, '')", handoff.channel());
  }

  /** How appends hand their events on. */
  public Handoff handoff() {
    return handoff;
  }

  /** What {@link #insertNew} wrote: the events that were new, and how many deliveries it planned for them. */
  private record Inserted(List<ChangeEvent> events, int planned) {}

  /**
   * Inserts the events that are new, plans their deliveries, records their trace steps with the caller's
   * {@code steps}, runs the caller's {@code companion} and, if it planned a delivery, wakes the dispatchers: one
   * statement for all of it, however many events, in the caller's transaction (if none, a transaction of its own).
   * On 2 cores the state database's CPU per statement (parse, plan cache, snapshot, the round trip) was as much as
   * its work inside them, and a webhook delivery took four (its event, its delivery, a group's trace steps and
   * NOTIFY). The events enter the log in the batch's order, so their sequence numbers keep each subject's order.
   *
   * <p>Only a planned delivery is news to a dispatcher (an agent's document.indexed usually has no subscriber; a
   * finished run wakes its own dispatcher in-process). PostgreSQL serializes the commits of notifying transactions,
   * WAL flush included (a lock held from the pre-commit until the end), so a NOTIFY in every delivery's completion
   * made those commits wait for each other.
   */
  private Inserted insertNew(List<ChangeEvent> batch, @Nullable String onlyAgent, List<TraceStep> steps,
      @Nullable Companion companion) {
    Map<String, ChangeEvent> valid = new LinkedHashMap<>(); // by id, the first of repeated ids
    for (ChangeEvent event : batch) {
      List<String> problems = schemas.validate(event);
      if (!problems.isEmpty()) {
        reject(event, problems);
      } else {
        valid.putIfAbsent(event.id(), event);
      }
    }
    if (valid.isEmpty() && companion == null) {
      traces.write(steps);
      return new Inserted(List.of(), 0);
    }
    List<ChangeEvent> events = List.copyOf(valid.values());
    List<@Nullable String[]> perAgent = new ArrayList<>(); // event id, agent, agent version, sequence key
    for (ChangeEvent event : events) {
      for (Agent agent : agents.subscribersOf(event.type())) {
        if (onlyAgent == null || agent.name().equals(onlyAgent)) {
          perAgent.add(new String[] {event.id(), agent.name(), agent.version(), agent.sequenceKey(event)});
        }
      }
    }
    // with an outbox, one row per event that reaches any agent: for every subscriber, or the replay's agent only
    List<@Nullable String[]> plans = handoff == Handoff.DELIVERIES ? perAgent : perAgent.stream().map(p -> p[0])
        .distinct().map(id -> new @Nullable String[] {id, onlyAgent, null, null}).toList();
    record Written(List<String> appended, int planned) {}
    Written written = jdbc.query(connection -> {
      PreparedStatement ps = connection.prepareStatement((companion == null ? "with " : "with companion as ("
          + companion.sql() + "),\n") + """
          input as (
            select * from unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],
                                 ?::text[], ?::text[], ?::int[]) with ordinality
              as i(id, source, type, subject, operation, time, correlation_id, causation_id, position, data, version,
                   ord)),
          appended as (
            insert into event_log (id, source, type, version, subject, operation, time, correlation_id,
                                   causation_id, position, data)
            select id, source, type, version, subject, operation, time::timestamptz, correlation_id, causation_id,
                   position, data::jsonb
            from input order by ord
            on conflict (id) do nothing
            returning seq, id),
          planned as (%s
            from appended a join unnest(?::text[], ?::text[], ?::text[], ?::text[])
              as p(event_id, agent, agent_version, sequence_key) on p.event_id = a.id
            order by a.seq
            returning 1),
          traced as (
            insert into trace_step (%s)
            %s
            union all
            select * from (%s) appended_step where appended_step.e in (select id from appended)
            returning 1),
          counts as (select count(*)::int as planned from planned),
          woken as (select pg_notify(?, '') from counts where planned > 0)
          select array(select id from appended) as appended, planned, (select count(*) from woken) as woken
          from counts""".formatted(handoff == Handoff.OUTBOX
              ? "insert into event_outbox (event_seq, agent) select a.seq, p.agent"
              : """
                insert into delivery (event_seq, agent, agent_version, sequence_key, status)
                select a.seq, p.agent, p.agent_version, p.sequence_key, 'PENDING'""",
          Traces.COLUMNS, Traces.ROWS, Traces.ROWS));
      int i = companion == null ? 0 : companion.binder().bind(ps, 1) - 1;
      for (Function<ChangeEvent, @Nullable String> column : EVENT_COLUMNS) {
        ps.setArray(++i, connection.createArrayOf("text", events.stream().map(column).toArray(String[]::new)));
      }
      ps.setArray(++i, connection.createArrayOf("int4", events.stream().map(ChangeEvent::version).toArray(Integer[]::new)));
      for (int c = 0; c < 4; c++) {
        int column = c;
        ps.setArray(++i, connection.createArrayOf("text", plans.stream().map(p -> p[column]).toArray(String[]::new)));
      }
      i = Traces.bind(ps, i + 1, steps);
      i = Traces.bind(ps, i, appendSteps(events)); // each kept only if its event was new
      ps.setString(i, handoff.channel());
      return ps;
    }, rs -> {
      rs.next();
      return new Written(List.of((String[]) rs.getArray("appended").getArray()), rs.getInt("planned"));
    });
    Set<String> appended = new HashSet<>(written.appended());
    if (handoff == Handoff.DELIVERIES) {
      plannedSinceAnalyze.addAndGet(written.planned());
    }
    return new Inserted(events.stream().filter(e -> appended.contains(e.id())).toList(), written.planned());
  }

  /**
   * Refreshes the delivery table's planner statistics once {@value #ANALYZE_EVERY} deliveries, and a fifth of the
   * rows the table had at the last refresh, were planned since. A snapshot plans thousands of deliveries in
   * seconds, while autovacuum looks at the table only once a minute: until then the planner takes the table for the
   * nearly empty one it last analyzed, and the dispatcher's claim (a query with an anti-join on the same table) ran
   * as a nested loop over every pending row, up to 10 seconds a call at the start of a 10,000-document snapshot,
   * against 0.05 ms with fresh statistics. {@code ANALYZE} reads a sample whose cost grows with the table (some
   * 30,000 rows in the benchmark's webhook phase: 200-330 ms a time, 8% of the state database's time when it ran
   * every 1,000): a large table changes its statistics little with another thousand rows, so the threshold grows
   * with it, as autovacuum's own scale factor does. Best effort: a role that may not analyze the table leaves it to
   * autovacuum.
   */
  private void refreshStatistics() {
    long planned = plannedSinceAnalyze.get();
    if (planned < Math.max(ANALYZE_EVERY, rowsAtLastAnalyze / 5) || !plannedSinceAnalyze.compareAndSet(planned, 0)) {
      return;
    }
    try {
      jdbc.execute("analyze delivery");
      Long rows = jdbc.queryForObject("select reltuples::bigint from pg_class where oid = 'delivery'::regclass",
          Long.class);
      rowsAtLastAnalyze = rows == null ? 0 : Math.max(rows, 0);
    } catch (RuntimeException e) {
      log.debug("Could not analyze the delivery table; autovacuum will: {}", e.toString());
    }
  }

  /** Whether any agent handles events of this type: only such events can carry a chain further. */
  public boolean hasSubscribers(String type) {
    return !agents.subscribersOf(type).isEmpty();
  }

  /**
   * How many agent hops separate an event from its root (0 for a source's change), following causation ids
   * through the log and counting no further than {@code limit}: the loop guard needs no more.
   */
  public int hops(String eventId, int limit) {
    Integer hops = jdbc.queryForObject("""
        with recursive chain (id, causation_id, hops) as (
          select id, causation_id, 0 from event_log where id = ?
          union all
          select e.id, e.causation_id, c.hops + 1 from event_log e join chain c on e.id = c.causation_id
          where c.hops < ?)
        select coalesce(max(hops), 0) from chain""", Integer.class, eventId, limit);
    return hops == null ? 0 : hops;
  }

  /** Whether the log holds an event with this id. */
  public boolean contains(String id) {
    return !jdbc.queryForList("select 1 from event_log where id = ?", Integer.class, id).isEmpty();
  }

  /** A dead letter for an event that broke its schema, and a trace step that points to it. */
  private void reject(ChangeEvent e, List<String> problems) {
    String message = String.join("; ", problems);
    List<Long> id = jdbc.queryForList("""
        insert into dead_letter (source, external_id, payload, agent, stage, error_type, error_message, attempts,
                                 first_attempt_at, last_attempt_at)
        select ?, ?, ?, ?, 'validate', ?, ?, 1, clock_timestamp(), clock_timestamp()
        where not exists (select 1 from dead_letter where external_id = ? and stage = 'validate')
        returning id""", Long.class, e.source(), e.id(), Json.write(e).getBytes(StandardCharsets.UTF_8),
        VALIDATOR, SchemaViolationException.class.getName(), message, e.id());
    if (id.isEmpty()) {
      return; // re-sent by its source: already a dead letter
    }
    Map<String, @Nullable Object> detail = new LinkedHashMap<>();
    detail.put("type", e.type());
    detail.put("version", e.version());
    detail.put("source", e.source());
    detail.put("deadLetterId", id.getFirst());
    traces.write(List.of(new TraceStep(0, e.correlationId(), e.id(), e.subject(), null, "event.rejected", null,
        "INVALID", e.time(), Instant.now(), SchemaViolationException.class.getName(), message, detail)));
  }

  private static List<TraceStep> appendSteps(List<ChangeEvent> appended) {
    Instant now = Instant.now();
    return appended.stream().map(e -> {
      Map<String, @Nullable Object> detail = new LinkedHashMap<>();
      detail.put("type", e.type());
      detail.put("version", e.version());
      detail.put("source", e.source());
      detail.put("operation", e.operation().name());
      detail.put("position", e.position());
      detail.put("causationId", e.causationId());
      return new TraceStep(0, e.correlationId(), e.id(), e.subject(), null, "event.appended", null, "APPENDED",
          e.time(), now, null, null, detail);
    }).toList();
  }
}
