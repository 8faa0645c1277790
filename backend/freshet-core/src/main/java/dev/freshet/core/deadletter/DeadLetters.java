package dev.freshet.core.deadletter;

import dev.freshet.api.agent.Agent;
import dev.freshet.api.event.ChangeEvent;
import dev.freshet.core.audit.AuditLog;
import dev.freshet.core.dispatch.AgentRegistry;
import dev.freshet.core.json.Json;
import dev.freshet.core.log.EventLog;
import dev.freshet.core.log.Handoff;
import dev.freshet.core.schema.SchemaCatalogue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The dead-letter queue as a dataset: filter it, inspect an entry and its replay history, retry one or every
 * entry a filter matches (after a dry-run count), edit an event and replay it, discard with a reason. Every
 * change is written to the {@link AuditLog} with the user, in the same transaction.
 *
 * <p>A replay that fails again becomes a new dead letter pointing at the one it replayed. The loop guard:
 * an entry whose chain already holds {@code maxReplays} replays is not replayed again (raise
 * {@code freshet.dispatcher.max-replays} or discard it), so no automation can redrive a poison event forever.
 *
 * <p>Thread-safe; blocking.
 */
public class DeadLetters {

  /** The agent name recorded for webhook deliveries that were rejected before they became events. */
  public static final String WEBHOOK = "webhook";

  /**
   * What an action did.
   *
   * @param done whether it changed anything
   * @param message what happened, or why nothing did, for the operator
   */
  public record Result(boolean done, String message) {}

  /**
   * A dry run of a bulk retry.
   *
   * @param matching open dead letters the filter matches
   * @param retryable those a retry would put back in their agent's queue
   * @param loopGuarded those refused because they were replayed {@code maxReplays} times already
   * @param notReplayable rejected webhook deliveries and events: they have no delivery to put back (edit a
   *     rejected event to replay it; ask the provider to redeliver a webhook)
   */
  public record Preview(long matching, long retryable, long loopGuarded, long notReplayable) {}

  /** The values each filter criterion takes among the stored dead letters, for pick lists. */
  public record Facets(List<String> sources, List<String> agents, List<String> stages, List<String> errorTypes) {}

  private final JdbcTemplate jdbc;
  private final TransactionTemplate tx;
  private final EventLog eventLog;
  private final SchemaCatalogue schemas;
  private final AuditLog audit;
  private final AgentRegistry agents;
  private final int maxReplays;

  public DeadLetters(JdbcTemplate jdbc, TransactionTemplate tx, EventLog eventLog, SchemaCatalogue schemas,
      AuditLog audit, AgentRegistry agents, int maxReplays) {
    this.jdbc = jdbc;
    this.tx = tx;
    this.eventLog = eventLog;
    this.schemas = schemas;
    this.audit = audit;
    this.agents = agents;
    this.maxReplays = maxReplays;
  }

  /** How many replays the loop guard allows per dead letter chain. */
  public int maxReplays() {
    return maxReplays;
  }

  /** The dead letters a filter matches, newest first, one page. */
  public List<DeadLetter> list(DeadLetterFilter filter, int offset, int limit) {
    List<Object> args = new ArrayList<>();
    args.add(latestStateAgents());
    String where = filter.where(args);
    args.add(offset);
    args.add(limit);
    return jdbc.query(DeadLetterRows.SELECT + DeadLetterRows.FROM + where + " order by dl.id desc offset ? limit ?",
        (rs, n) -> DeadLetterRows.read(rs),
        args.toArray());
  }

  /** Dead letters with the given status, newest first, one page. */
  public List<DeadLetter> list(String status, int offset, int limit) {
    return list(DeadLetterFilter.status(status), offset, limit);
  }

  public long count(DeadLetterFilter filter) {
    List<Object> args = new ArrayList<>();
    args.add(latestStateAgents());
    String where = filter.where(args);
    Long count = jdbc.queryForObject("select count(*) " + DeadLetterRows.FROM + where, Long.class, args.toArray());
    return count == null ? 0 : count;
  }

  /** How many dead letters have the given status. */
  public long count(String status) {
    Long count = jdbc.queryForObject("select count(*) from dead_letter where status = ?", Long.class, status);
    return count == null ? 0 : count;
  }

  public java.util.Optional<DeadLetter> find(long id) {
    List<Object> args = new ArrayList<>();
    args.add(latestStateAgents());
    args.add(id);
    return jdbc.query(DeadLetterRows.SELECT + DeadLetterRows.FROM + " where dl.id = ?",
        (rs, n) -> DeadLetterRows.read(rs), args.toArray()).stream().findFirst();
  }

  /** The dead letters this one is a replay of, oldest first (empty for a first failure). */
  public List<DeadLetter> history(long id) {
    List<Long> chain = jdbc.queryForList("""
        with recursive chain(id, replay_of) as (
          select id, replay_of from dead_letter where id = ?
          union all
          select p.id, p.replay_of from dead_letter p join chain c on p.id = c.replay_of)
        select id from chain where id <> ? order by id""", Long.class, id, id);
    return chain.stream().map(this::find).flatMap(java.util.Optional::stream).toList();
  }

  /** The values stored dead letters have for each filter criterion. */
  public Facets facets() {
    return new Facets(
        jdbc.queryForList("""
            select distinct coalesce(dl.source, e.source) from dead_letter dl left join event_log e on e.seq = dl.event_seq
            order by 1""", String.class),
        jdbc.queryForList("select distinct agent from dead_letter order by 1", String.class),
        jdbc.queryForList("select distinct stage from dead_letter order by 1", String.class),
        jdbc.queryForList("select distinct error_type from dead_letter order by 1", String.class));
  }

  /**
   * Retries a dead letter: its deliveries (the handled event's and those folded into it) go back to the queue
   * as new, and the dead letter is marked RETRIED. Events reach the agent in the version it asks for, upcast if
   * they are older.
   */
  public Result retry(long id, String actor) {
    DeadLetter letter = find(id).orElse(null);
    String refusal = refusal(letter);
    if (letter == null || refusal != null) {
      return new Result(false, refusal == null ? "no dead letter " + id : refusal);
    }
    List<Long> retried = tx.execute(status -> {
      List<Long> ids = requeue(List.of(id));
      if (!ids.isEmpty()) {
        audit.record(actor, "dead-letter.retry", target(id), Map.of("replay", letter.replays() + 1));
      }
      return ids;
    });
    if (retried.isEmpty()) {
      return new Result(false, "dead letter " + id + " was changed meanwhile; reload it");
    }
    eventLog.wake();
    return new Result(true, "dead letter " + id + " is queued again (replay " + (letter.replays() + 1) + " of at most "
        + maxReplays + ")");
  }

  /** Counts what {@link #retryAll} would do with the same filter, changing nothing. */
  public Preview preview(DeadLetterFilter filter) {
    List<Object> args = new ArrayList<>(List.of(maxReplays, maxReplays, latestStateAgents()));
    String where = filter.open().where(args);
    return jdbc.queryForObject("""
        select count(*), count(*) filter (where dl.delivery_id is not null and dl.replays < ?),
               count(*) filter (where dl.delivery_id is not null and dl.replays >= ?),
               count(*) filter (where dl.delivery_id is null)
        """ + DeadLetterRows.FROM + where,
        (rs, n) -> new Preview(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)), args.toArray());
  }

  /**
   * Retries every open dead letter the filter matches that can be retried, in one transaction, with one audit
   * entry for the bulk action and one per dead letter.
   *
   * @return how many were retried and how many were left (loop guard, nothing to replay)
   */
  public Result retryAll(DeadLetterFilter filter, String actor) {
    DeadLetterFilter open = filter.open();
    List<Object> args = new ArrayList<>();
    args.add(latestStateAgents());
    String where = open.where(args);
    List<Long> ids = jdbc.queryForList("select dl.id " + DeadLetterRows.FROM + where + " order by dl.id", Long.class,
        args.toArray());
    List<Long> retried = tx.execute(status -> {
      List<Long> done = requeue(ids);
      audit.record(actor, "dead-letter.bulk-retry", "dead-letters", Map.of("filter", open.describe(), "matching",
          ids.size(), "retried", done.size()));
      for (Long id : done) {
        audit.record(actor, "dead-letter.retry", target(id), Map.of("bulk", true));
      }
      return done;
    });
    if (!retried.isEmpty()) {
      eventLog.wake();
    }
    int left = ids.size() - retried.size();
    return new Result(!retried.isEmpty(), retried.size() + " of " + ids.size() + " matching dead letter(s) queued again"
        + (left == 0 ? "" : "; " + left + " left (replayed " + maxReplays + " times already, or nothing to replay)"));
  }

  /**
   * Replays an edited event in place of the dead letter's. For a failed delivery the edit is a new event (the
   * log is append-only), caused by the original and with its correlation id, planned only for the agent that
   * failed; for an event that broke its schema it is the corrected event under the original id. The edit must
   * pass its schema. {@code id}, {@code source}, {@code correlationId}, {@code causationId}, {@code time} and
   * {@code position} keep their original values.
   */
  public Result editAndRetry(long id, String editedJson, String actor) {
    DeadLetter letter = find(id).orElse(null);
    if (letter == null) {
      return new Result(false, "no dead letter " + id);
    }
    if (!letter.status().equals("OPEN")) {
      return new Result(false, "dead letter " + id + " is " + letter.status().toLowerCase() + ", not open");
    }
    if (letter.replays() >= maxReplays) {
      return new Result(false, loopGuard(letter));
    }
    ChangeEvent original = letter.event() != null ? letter.event() : EventEdits.rejectedEvent(letter);
    if (original == null) {
      return new Result(false, "a rejected webhook delivery cannot be replayed here: its signature covers the "
          + "original bytes. Redeliver it from the provider (GitHub: Recent Deliveries → Redeliver) or run a "
          + "reconcile of the source, then discard this entry");
    }
    ChangeEvent edited;
    try {
      String editedId = letter.event() != null ? EventEdits.editId(original, id) : original.id();
      edited = EventEdits.edited(original, Json.readMap(editedJson), editedId);
    } catch (RuntimeException e) {
      return new Result(false, "the edited event is not valid: " + e.getMessage());
    }
    List<String> problems = schemas.validate(edited);
    if (!problems.isEmpty()) {
      return new Result(false, "the edited event still breaks its schema: " + String.join("; ", problems));
    }
    String agent = letter.event() != null ? letter.agent() : null;
    if (agent != null && agents.byName(agent).map(a -> !a.eventTypes().contains(edited.type())).orElse(true)) {
      return new Result(false, "agent " + agent + " does not receive events of type " + edited.type());
    }
    Result result = tx.execute(status -> {
      Long seq = eventLog.appendReplay(edited, agent);
      if (seq == null) {
        return new Result(false, "an event with id " + edited.id() + " is in the log already");
      }
      int updated = jdbc.update("""
          update dead_letter set status = 'RETRIED', replayed_as_seq = ? where id = ? and status = 'OPEN'""", seq, id);
      if (updated == 0) {
        status.setRollbackOnly();
        return new Result(false, "dead letter " + id + " was changed meanwhile; reload it");
      }
      audit.record(actor, "dead-letter.edit-and-retry", target(id), Map.of("event", edited.id(), "replay",
          letter.replays() + 1));
      return new Result(true, "the edited event " + edited.id() + " is queued"
          + (agent == null ? "" : " for " + agent));
    });
    return Objects.requireNonNull(result);
  }

  /** Discards an open dead letter; the reason is required and kept. */
  public Result discard(long id, String reason, String actor) {
    if (reason.isBlank()) {
      return new Result(false, "say why it is discarded: the reason is kept with the dead letter and the audit log");
    }
    Result result = tx.execute(status -> {
      int updated = jdbc.update("""
          update dead_letter set status = 'DISCARDED', discard_reason = ? where id = ? and status = 'OPEN'""",
          reason.strip(), id);
      if (updated == 0) {
        return new Result(false, "dead letter " + id + " is not open");
      }
      audit.record(actor, "dead-letter.discard", target(id), Map.of("reason", reason.strip()));
      return new Result(true, "dead letter " + id + " discarded");
    });
    return Objects.requireNonNull(result);
  }

  /**
   * Files a webhook delivery that was signed but could not be understood, with its raw payload (kept
   * here to inspect; never written to the logs).
   */
  public long rejectedDelivery(String source, @Nullable String deliveryId, String reason, byte[] payload) {
    Long id = jdbc.queryForObject("""
        insert into dead_letter (source, external_id, payload, agent, stage, error_type, error_message, attempts,
                                 first_attempt_at, last_attempt_at)
        values (?, ?, ?, ?, 'ingest', 'dev.freshet.api.webhook.WebhookRejectedException', ?, 1, clock_timestamp(),
                clock_timestamp())
        returning id""", Long.class, source, deliveryId, payload, WEBHOOK, reason);
    return id == null ? 0 : id;
  }

  /** The audit target of a dead letter. */
  public static String target(long id) {
    return "dead-letter:" + id;
  }

  /** Why a retry of the dead letter is refused, or null when it may be retried. */
  private @Nullable String refusal(@Nullable DeadLetter letter) {
    if (letter == null) {
      return null;
    }
    if (!letter.status().equals("OPEN")) {
      return "dead letter " + letter.id() + " is " + letter.status().toLowerCase() + ", not open";
    }
    if (!letter.hasDelivery()) {
      return letter.stage().equals("validate")
          ? "the event broke its schema and never reached an agent: edit it so it passes, then retry the edit"
          : "a rejected webhook delivery has nothing to replay: redeliver it from the provider or run a reconcile";
    }
    return letter.replays() >= maxReplays ? loopGuard(letter) : null;
  }

  private String loopGuard(DeadLetter letter) {
    return "dead letter " + letter.id() + " was replayed " + letter.replays() + " time(s) already, the most "
        + "freshet.dispatcher.max-replays allows: fix the cause and raise the limit, or discard it";
  }

  /** Puts the dead letters' deliveries back in the queue; returns the ids that were requeued. */
  private List<Long> requeue(List<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return jdbc.queryForList("""
        with letters as (
          update dead_letter set status = 'RETRIED'
          where id = any(?) and status = 'OPEN' and delivery_id is not null and replays < ?
          returning id, delivery_id, event_seq, coalesced_seqs, agent),
        requeued as (
          update delivery d set status = 'PENDING', attempts = 0, next_attempt_at = clock_timestamp(),
                                first_attempt_at = null, last_error = null, updated_at = clock_timestamp()
          from letters where d.id = letters.delivery_id
             or (d.agent = letters.agent and d.event_seq = any(letters.coalesced_seqs) and d.status = 'DEAD')
          returning d.event_seq, d.agent),
        -- with an external transport, the requeued deliveries go to it again (to their agent only)
        outboxed as (
          insert into event_outbox (event_seq, agent)
          select event_seq, agent from requeued where ? order by event_seq
          returning 1)
        select id from letters order by id""", Long.class, ids.toArray(Long[]::new), maxReplays,
        eventLog.handoff() == Handoff.OUTBOX);
  }

  private String[] latestStateAgents() {
    return agents.names().stream().filter(n -> agents.byName(n).map(Agent::coalesces).orElse(false))
        .toArray(String[]::new);
  }
}
