package dev.freshet.core.source;

import dev.freshet.api.source.SourceConnector;
import dev.freshet.api.source.SourceStatus;
import dev.freshet.api.webhook.WebhookReceiver;
import dev.freshet.core.audit.AuditLog;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The sources as the console and the API show and steer them: state, position, lag, last event, snapshot
 * progress; pause, resume, re-snapshot a collection, reconcile. Every action is audit-logged with the user.
 * Thread-safe; blocking.
 */
public class SourceOperations {

  private static final Logger log = LoggerFactory.getLogger(SourceOperations.class);

  /**
   * One source at a glance.
   *
   * @param id the source id
   * @param state RUNNING, PAUSED, THROTTLED, STARTING, FAILED or STOPPED (PAUSED when an operator paused a
   *     running source, THROTTLED while backpressure holds it)
   * @param message the connector's one-line explanation
   * @param paused whether an operator paused it
   * @param receivesWebhooks whether it is fed by webhook deliveries rather than by capture
   * @param position its committed resume position, if it has one
   * @param positionAt when that position was committed
   * @param events how many events of it the log holds
   * @param lastEventAt when its last event was appended
   * @param lastEventSubject the subject of its last event
   * @param details connector details: replication slot and lag in bytes, snapshot progress, mapping problems
   * @param collections the collections it can re-snapshot
   */
  public record Overview(String id, String state, String message, boolean paused, boolean receivesWebhooks,
      @Nullable String position, @Nullable Instant positionAt, long events, @Nullable Instant lastEventAt,
      @Nullable String lastEventSubject, Map<String, Object> details, List<String> collections) {}

  /**
   * What an action did.
   *
   * @param done whether it was done
   * @param message what happened, or why not
   */
  public record Result(boolean done, String message) {}

  private final SourceRegistry sources;
  private final SourcePauses pauses;
  private final JdbcTemplate jdbc;
  private final TransactionTemplate tx;
  private final AuditLog audit;

  public SourceOperations(SourceRegistry sources, SourcePauses pauses, JdbcTemplate jdbc, TransactionTemplate tx,
      AuditLog audit) {
    this.sources = sources;
    this.pauses = pauses;
    this.jdbc = jdbc;
    this.tx = tx;
    this.audit = audit;
  }

  public List<Overview> list() {
    return sources.all().stream().map(this::overview).toList();
  }

  public Optional<Overview> find(String id) {
    return sources.find(id).map(this::overview);
  }

  /**
   * Each source's state by id, without the position and log statistics of {@link #list()}: cheap enough for a
   * view that refreshes every few seconds.
   */
  public Map<String, String> states() {
    Map<String, String> states = new java.util.LinkedHashMap<>();
    sources.all().forEach(c -> states.put(c.sourceId(), state(c.sourceId(), status(c))));
    return states;
  }

  private SourceStatus status(SourceConnector connector) {
    try {
      return sources.status(connector);
    } catch (RuntimeException e) {
      return SourceStatus.of(SourceStatus.State.FAILED, "status unavailable: " + e.getMessage());
    }
  }

  private String state(String id, SourceStatus status) {
    if (status.state() == SourceStatus.State.FAILED) {
      return status.state().name();
    }
    if (pauses.isPaused(id)) {
      return "PAUSED";
    }
    return pauses.throttledSince(id).isPresent() ? "THROTTLED" : status.state().name();
  }

  private String message(String id, SourceStatus status) {
    if (pauses.isPaused(id)) {
      return "paused by an operator; " + status.message();
    }
    return pauses.throttledSince(id)
        .map(since -> "held by backpressure since " + since + ": " + pauses.highWater() + " or more deliveries were "
            + "open; it goes on at " + pauses.lowWater() + " (its changes wait at the source meanwhile); "
            + status.message())
        .orElse(status.message());
  }

  private Overview overview(SourceConnector connector) {
    String id = connector.sourceId();
    SourceStatus status = status(connector);
    boolean paused = pauses.isPaused(id);
    String state = state(id, status);
    record Position(String position, Instant at) {}
    Position position = jdbc.query("select position, updated_at from source_position where source_id = ?",
        (rs, n) -> new Position(rs.getString(1), rs.getTimestamp(2).toInstant()), id).stream().findFirst().orElse(null);
    record Last(long count, @Nullable Instant at, @Nullable String subject) {}
    Last last = jdbc.queryForObject("""
        select (select count(*) from event_log where source = ?), e.appended_at, e.subject
        from (select 1) one
        left join lateral (select appended_at, subject from event_log where source = ? order by seq desc limit 1) e on true""",
        (rs, n) -> new Last(rs.getLong(1), rs.getTimestamp(2) == null ? null : rs.getTimestamp(2).toInstant(),
            rs.getString(3)), id, id);
    return new Overview(id, state, message(id, status), paused,
        connector instanceof WebhookReceiver, position == null ? null : position.position(),
        position == null ? null : position.at(), last == null ? 0 : last.count(), last == null ? null : last.at(),
        last == null ? null : last.subject(), status.details(), connector.collections());
  }

  /**
   * Pauses a source: a capture source holds its next batch and reads no further (PostgreSQL keeps the WAL); a
   * webhook source answers deliveries with 503 until resumed.
   */
  public Result pause(String id, String actor) {
    if (sources.find(id).isEmpty()) {
      return new Result(false, "no source named " + id);
    }
    if (pauses.isPaused(id)) {
      return new Result(false, "source " + id + " is paused already");
    }
    tx.executeWithoutResult(s -> {
      pauses.set(id, true, actor);
      audit.record(actor, "source.pause", target(id), Map.of());
    });
    log.info("Source {} paused by {}", id, actor);
    return new Result(true, "source " + id + " paused");
  }

  /**
   * Resumes a paused source. A webhook source then runs a reconcile in the background, to catch the deliveries
   * it refused while paused that the provider does not redeliver.
   */
  public Result resume(String id, String actor) {
    SourceConnector connector = sources.find(id).orElse(null);
    if (connector == null) {
      return new Result(false, "no source named " + id);
    }
    if (!pauses.isPaused(id)) {
      return new Result(false, "source " + id + " is not paused");
    }
    tx.executeWithoutResult(s -> {
      pauses.set(id, false, actor);
      audit.record(actor, "source.resume", target(id), Map.of());
    });
    log.info("Source {} resumed by {}", id, actor);
    if (connector instanceof WebhookReceiver) {
      Thread.ofVirtual().name("freshet-reconcile-" + id).start(() -> {
        try {
          connector.reconcile();
          log.info("Source {} reconciled after resuming", id);
        } catch (UnsupportedOperationException ignored) {
          // a webhook source without a reconcile run relies on the provider redelivering
        } catch (RuntimeException e) {
          log.warn("Source {}: the reconcile after resuming failed; run it again from the console: {}", id,
              e.getMessage());
        }
      });
      return new Result(true, "source " + id + " resumed; a reconcile run catches deliveries refused meanwhile");
    }
    return new Result(true, "source " + id + " resumed");
  }

  /**
   * Asks the source to re-read every document of a collection while capture goes on.
   *
   * @throws IllegalArgumentException when the source has no such collection
   */
  public Result resnapshot(String id, String collection, String actor) {
    SourceConnector connector = sources.find(id).orElse(null);
    if (connector == null) {
      return new Result(false, "no source named " + id);
    }
    try {
      connector.resnapshot(collection);
    } catch (UnsupportedOperationException e) {
      return new Result(false, e.getMessage());
    }
    audit.record(actor, "source.resnapshot", target(id), Map.of("collection", collection));
    return new Result(true, "source " + id + " is re-reading collection " + collection);
  }

  /**
   * Compares the whole source with what was handed over and sends the differences. Blocking until they are
   * durable: call it off the request or UI thread for a large source.
   */
  public Result reconcile(String id, String actor) {
    SourceConnector connector = sources.find(id).orElse(null);
    if (connector == null) {
      return new Result(false, "no source named " + id);
    }
    if (pauses.isPaused(id)) {
      return new Result(false, "source " + id + " is paused: resume it first (a resume of a webhook source "
          + "reconciles by itself)");
    }
    audit.record(actor, "source.reconcile", target(id), Map.of());
    try {
      connector.reconcile();
    } catch (UnsupportedOperationException e) {
      return new Result(false, e.getMessage());
    }
    return new Result(true, "source " + id + " reconciled");
  }

  /** The audit target of a source. */
  public static String target(String id) {
    return "source:" + id;
  }
}
