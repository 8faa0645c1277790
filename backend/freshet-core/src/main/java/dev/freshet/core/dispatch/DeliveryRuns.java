package dev.freshet.core.dispatch;

import dev.freshet.api.agent.Agent;
import dev.freshet.api.event.ChangeEvent;
import dev.freshet.core.log.EventLog;
import dev.freshet.core.metrics.FreshetMetrics;
import dev.freshet.core.trace.Traces;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.BooleanSupplier;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs an agent on events that a transport other than the embedded dispatcher handed over (Kafka), and records the
 * outcome exactly as the dispatcher does: the delivery rows, what the agent emitted (appended to the log), the
 * trace, retries with backoff and dead letters. The transport decides when to run again; this class decides
 * whether a run is needed and what it came to.
 *
 * <p>Thread-safe; {@link #run} blocks for the agent's run and the state database's writes.
 */
public final class DeliveryRuns {

  /** What a run came to. */
  public sealed interface Result {
    /** The deliveries were final already: the transport handed the events over again after their outcome. */
    record AlreadyFinal() implements Result {}

    /** Done, skipped or coalesced: the events need nothing more from this agent. */
    record Finished(String status) implements Result {}

    /** Failed for now: run again at {@code due} (the attempt may not have counted, in an outage). */
    record RetryAt(Instant due) implements Result {}

    /** Out of attempts or failed permanently: a dead letter in the state database. */
    record DeadLettered(@Nullable Long deadLetterId, @Nullable String stage, @Nullable String errorType)
        implements Result {}
  }

  private final DeliveryStore deliveries;
  private final DeliveryRunner runner;
  private final DispatcherSettings settings;

  /**
   * @param upcast turns an event into the version an agent asks for ({@code SchemaCatalogue::forAgent})
   * @param stopping whether the transport is shutting down: a failure then is not the delivery's
   */
  public DeliveryRuns(DataSource dataSource, TransactionTemplate tx, AgentRegistry agents, EventLog eventLog,
      Traces traces, DispatcherSettings settings, FreshetMetrics metrics,
      BiFunction<ChangeEvent, Agent, ChangeEvent> upcast, BooleanSupplier stopping) {
    this.deliveries = new DeliveryStore(new JdbcTemplate(dataSource), agents);
    this.runner = new DeliveryRunner(deliveries, tx, eventLog, traces, settings, metrics, upcast, stopping);
    this.settings = settings;
  }

  /**
   * Runs {@code agent} once on the open deliveries of these events (a coalescing agent on all of them at once, the
   * newest handled), creating the deliveries that do not exist yet.
   *
   * @param seqs positions in the log, oldest first, all of one sequence key of the agent
   * @throws RuntimeException when the state database fails; nothing was recorded then, and the run may be tried
   *     again
   */
  public Result run(Agent agent, List<Long> seqs, String sequenceKey) {
    Optional<Claim> taken = deliveries.take(agent, seqs, sequenceKey);
    if (taken.isEmpty()) {
      return new Result.AlreadyFinal();
    }
    Claim claim = taken.get();
    try {
      runner.run(claim);
    } catch (RuntimeException e) {
      // the outcome could not be recorded: put the run back for a later attempt (if that fails too, the caller's
      // retry takes the still RUNNING deliveries again)
      Instant due = Instant.now().plus(settings.backoff().initial());
      deliveries.retryLater(claim, due, e.toString());
      return new Result.RetryAt(due);
    }
    DeliveryStore.Standing standing = deliveries.standing(claim.handledDeliveryId());
    return switch (standing.status()) {
      case "PENDING" -> new Result.RetryAt(standing.nextAttemptAt());
      case "DEAD" -> new Result.DeadLettered(standing.deadLetterId(), standing.stage(), standing.errorType());
      case "RUNNING" -> new Result.RetryAt(Instant.now().plus(settings.backoff().initial()));
      default -> new Result.Finished(standing.status());
    };
  }
}
