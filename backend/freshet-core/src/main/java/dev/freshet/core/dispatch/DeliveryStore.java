package dev.freshet.core.dispatch;

import dev.freshet.api.agent.Agent;
import dev.freshet.api.event.ChangeEvent;
import dev.freshet.core.log.EventLog;
import dev.freshet.core.log.EventRows;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The SQL behind the dispatcher's delivery table. Claiming assumes one dispatcher per state database
 * (the embedded default); the distributed mode moves delivery to Kafka consumer groups.
 */
final class DeliveryStore {

  private final JdbcTemplate jdbc;
  private final AgentRegistry agents;

  DeliveryStore(JdbcTemplate jdbc, AgentRegistry agents) {
    this.jdbc = jdbc;
    this.agents = agents;
  }

  /** Puts deliveries left RUNNING by a crashed process back in the queue. Returns how many. */
  int recoverInterrupted() {
    return jdbc.update("update delivery set status = 'PENDING', updated_at = clock_timestamp() where status = 'RUNNING'");
  }

  /**
   * Takes up to {@code max} runs: for each (agent, sequence key) whose oldest open delivery is due and
   * not running, that delivery (plus, for coalescing agents, every due pending delivery of the key). One statement
   * finds the heads, takes them with what they fold in and reads their events: on the path of every change at
   * idle, each further round trip to the database (there were one per head and one more per coalescing head) is
   * latency before the agent starts.
   */
  List<Claim> claim(int max) {
    if (max < 1 || agents.names().isEmpty()) {
      return List.of();
    }
    String[] coalescing = agents.names().stream()
        .filter(name -> agents.byName(name).map(Agent::coalesces).orElse(false)).toArray(String[]::new);
    record Taken(long head, String agent, long id, ChangeEvent event, int attempts, Instant firstAttemptAt) {}
    // One statement in a transaction of its own (autocommit: no BEGIN, SET and COMMIT round trips around it). Its
    // commit need not wait for the WAL's flush (about 2 ms on a small disk, on every delivery's path): the record
    // sits in PostgreSQL's memory, so a crash of Freshet loses nothing; only a crash of PostgreSQL itself can lose
    // it, and then the delivery is simply pending again, as at any restart. The outcome's transaction is
    // synchronous and flushes the claim's record with its own. set_config(..., true) sets it for this transaction
    // only; the heads' one-time filter reads it, so it runs before anything is taken and leaves their plan alone.
    // Heads: pending deliveries in log order, each taken only if no older delivery of its key is open (pending or
    // running), so the head of its queue. Reads about as many rows as it claims (indexes delivery_pending and
    // delivery_open), not the whole backlog. A coalescing agent's head takes every due pending delivery of its key
    // with it (found through delivery_open too: the key's finished deliveries are never read).
    List<Taken> taken = jdbc.query("""
          with asynchronous as materialized (select set_config('synchronous_commit', 'off', true) as commit_mode),
          heads as (
            select d.id, d.event_seq, d.agent, d.sequence_key from delivery d
            where d.status = 'PENDING' and d.next_attempt_at <= clock_timestamp() and d.agent = any(?)
              and (select commit_mode from asynchronous) = 'off' -- evaluated once, before the first row
              and not exists (
                select 1 from delivery o
                where o.agent = d.agent and o.sequence_key = d.sequence_key
                  and o.status in ('PENDING', 'RUNNING') and o.event_seq < d.event_seq)
            order by d.event_seq
            limit ?),
          picked as (
            select h.id as head, h.event_seq as head_seq, h.id from heads h
            union
            select h.id, h.event_seq, x.id from heads h
            join delivery x on x.agent = h.agent and x.sequence_key = h.sequence_key
              and x.status = 'PENDING' and x.next_attempt_at <= clock_timestamp()
            where h.agent = any(?)),
          taken as (
            update delivery u
            set status = 'RUNNING', attempts = u.attempts + 1, updated_at = clock_timestamp(),
                first_attempt_at = coalesce(u.first_attempt_at, clock_timestamp())
            from picked p where u.id = p.id
            returning p.head, p.head_seq, u.id, u.agent, u.event_seq, u.attempts, u.first_attempt_at)
          select t.head, t.agent, t.id as delivery_id, %s, t.attempts, t.first_attempt_at
          from taken t join event_log e on e.seq = t.event_seq
          order by t.head_seq, e.seq""".formatted(EventRows.COLUMNS),
        (rs, n) -> new Taken(rs.getLong("head"), rs.getString("agent"), rs.getLong("delivery_id"), EventRows.read(rs),
            rs.getInt("attempts"), rs.getTimestamp("first_attempt_at").toInstant()),
        agents.names().toArray(String[]::new), max, coalescing);
    Map<Long, List<Taken>> byHead = new LinkedHashMap<>();
    for (Taken t : taken) {
      byHead.computeIfAbsent(t.head(), h -> new ArrayList<>()).add(t);
    }
    List<Claim> claims = new ArrayList<>(byHead.size());
    for (List<Taken> run : byHead.values()) {
      Agent agent = agents.byName(run.getFirst().agent()).orElseThrow();
      int attempt = run.stream().mapToInt(Taken::attempts).max().orElse(1);
      Instant first = run.stream().map(Taken::firstAttemptAt).min(Instant::compareTo).orElseThrow();
      claims.add(new Claim(agent, run.stream().map(Taken::id).toList(), run.stream().map(Taken::event).toList(),
          attempt, first));
    }
    return claims;
  }

  /**
   * Takes the deliveries of {@code agent} for these logged events for a run, as an external transport hands them
   * over (Kafka): creates the ones that do not exist yet, RUNNING at attempt 1, and takes the open ones (PENDING,
   * or RUNNING after a worker died) with one attempt more. Deliveries already final (DONE, SKIPPED, COALESCED,
   * DEAD) are left alone: the transport delivered the event again after its outcome was recorded (a worker died
   * before committing its offset), and it is not run twice.
   *
   * @param seqs the events' positions in the log, oldest first, all of one sequence key of the agent
   * @return the run, or empty when every delivery is final already
   */
  Optional<Claim> take(Agent agent, List<Long> seqs, String sequenceKey) {
    record Taken(long id, ChangeEvent event, int attempts, Instant firstAttemptAt) {}
    List<Taken> taken = jdbc.query("""
        with taken as (
          insert into delivery (event_seq, agent, agent_version, sequence_key, status, attempts, first_attempt_at)
          select s, ?, ?, ?, 'RUNNING', 1, clock_timestamp() from unnest(?::int8[]) as s
          on conflict (event_seq, agent) do update
            set status = 'RUNNING', attempts = delivery.attempts + 1, updated_at = clock_timestamp(),
                first_attempt_at = coalesce(delivery.first_attempt_at, clock_timestamp())
            where delivery.status in ('PENDING', 'RUNNING')
          returning id, event_seq, attempts, first_attempt_at)
        select t.id as delivery_id, %s, t.attempts, t.first_attempt_at
        from taken t join event_log e on e.seq = t.event_seq
        order by e.seq""".formatted(EventRows.COLUMNS),
        (rs, n) -> new Taken(rs.getLong("delivery_id"), EventRows.read(rs), rs.getInt("attempts"),
            rs.getTimestamp("first_attempt_at").toInstant()),
        agent.name(), agent.version(), sequenceKey, seqs.toArray(Long[]::new));
    if (taken.isEmpty()) {
      return Optional.empty();
    }
    int attempt = taken.stream().mapToInt(Taken::attempts).max().orElse(1);
    Instant first = taken.stream().map(Taken::firstAttemptAt).min(Instant::compareTo).orElseThrow();
    return Optional.of(new Claim(agent, taken.stream().map(Taken::id).toList(),
        taken.stream().map(Taken::event).toList(), attempt, first));
  }

  /** Where a delivery stands: its status, when it is due if pending, and its newest dead letter if dead. */
  record Standing(String status, Instant nextAttemptAt, @Nullable Long deadLetterId, @Nullable String stage,
      @Nullable String errorType) {}

  Standing standing(long deliveryId) {
    return jdbc.queryForObject("""
        select d.status, d.next_attempt_at, l.id as dead_letter, l.stage, l.error_type
        from delivery d
        left join lateral (select id, stage, error_type from dead_letter where delivery_id = d.id
                           order by id desc limit 1) l on d.status = 'DEAD'
        where d.id = ?""",
        (rs, n) -> new Standing(rs.getString("status"), rs.getTimestamp("next_attempt_at").toInstant(),
            (Long) rs.getObject("dead_letter"), rs.getString("stage"), rs.getString("error_type")), deliveryId);
  }

  /**
   * Marks the handled delivery with {@code status}, the coalesced ones COALESCED: as a part of the statement that
   * appends what the agent emitted ({@link EventLog#appendWith}), so that both commit together.
   */
  static EventLog.Companion finishing(Claim claim, String status) {
    return new EventLog.Companion("""
        update delivery set status = case when id = ? then ? else 'COALESCED' end,
                            last_error = null, updated_at = clock_timestamp()
        where id = any(?)""", (ps, i) -> {
      ps.setLong(i, claim.handledDeliveryId());
      ps.setString(i + 1, status);
      ps.setArray(i + 2, ps.getConnection().createArrayOf("int8", ids(claim)));
      return i + 3;
    });
  }

  /**
   * Puts the claim's deliveries back in the queue, due at {@code nextAttemptAt}; only those still RUNNING, so a
   * claim whose outcome was recorded after all (the commit went through, its answer was lost) stays final.
   */
  void retryLater(Claim claim, Instant nextAttemptAt, String error) {
    jdbc.update("""
        update delivery set status = 'PENDING', next_attempt_at = ?, last_error = ?, updated_at = clock_timestamp()
        where id = any(?) and status = 'RUNNING'""", Timestamp.from(nextAttemptAt), error, ids(claim));
  }

  /**
   * Marks the claim's deliveries DEAD and files one dead letter for the handled event; when the delivery was an
   * operator's replay of an earlier dead letter, the new one points at it and counts one replay more. Call
   * inside a transaction.
   */
  long deadLetter(Claim claim, String stage, String errorType, String errorMessage) {
    jdbc.update("""
        update delivery set status = 'DEAD', last_error = ?, updated_at = clock_timestamp()
        where id = any(?)""", errorMessage, ids(claim));
    return jdbc.queryForObject("""
        insert into dead_letter (delivery_id, event_seq, agent, stage, error_type, error_message, attempts,
                                 first_attempt_at, last_attempt_at, coalesced_seqs, replay_of, replays)
        select d.id, d.event_seq, d.agent, ?, ?, ?, ?, ?, clock_timestamp(),
               array(select c.event_seq from delivery c where c.id = any(?) and c.id <> d.id order by c.event_seq),
               previous.id, coalesce(previous.replays + 1, 0)
        from delivery d
        left join lateral (
          select p.id, p.replays from dead_letter p
          where p.status = 'RETRIED' and (p.delivery_id = d.id or p.replayed_as_seq = d.event_seq)
          order by p.id desc limit 1) previous on true
        where d.id = ?
        returning id""", Long.class, stage, errorType, errorMessage, claim.attempt(),
        Timestamp.from(claim.firstAttemptAt()), ids(claim), claim.handledDeliveryId());
  }

  /**
   * Puts a claim back without counting its attempt, due at {@code nextAttemptAt}: it did not really run (the
   * shutdown interrupted it) or failed for a reason that is not its own (an outage of the embedding model).
   */
  void release(Claim claim, Instant nextAttemptAt, @Nullable String error) {
    jdbc.update("""
        update delivery set status = 'PENDING', attempts = greatest(attempts - 1, 0), next_attempt_at = ?,
                            last_error = coalesce(?, last_error), updated_at = clock_timestamp()
        where id = any(?) and status = 'RUNNING'""", Timestamp.from(nextAttemptAt), error, ids(claim));
  }

  /** How long until the next delivery scheduled for a later attempt is due, if there is one. */
  Optional<Long> millisUntilNextScheduled() {
    Long millis = jdbc.queryForObject("""
        select ceil(extract(epoch from min(next_attempt_at) - clock_timestamp()) * 1000)::bigint
        from delivery where status = 'PENDING' and next_attempt_at > clock_timestamp()""", Long.class);
    return Optional.ofNullable(millis);
  }

  /** Open deliveries: pending or running. */
  long backlog() {
    Long count = jdbc.queryForObject("select count(*) from delivery where status in ('PENDING', 'RUNNING')", Long.class);
    return count == null ? 0 : count;
  }

  private static Long[] ids(Claim claim) {
    return claim.deliveryIds().toArray(Long[]::new);
  }
}
