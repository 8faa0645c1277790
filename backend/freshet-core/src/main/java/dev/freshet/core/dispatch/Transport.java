package dev.freshet.core.dispatch;

import dev.freshet.core.log.Handoff;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * How events appended to the log reach the agents: the embedded {@link Dispatcher} (delivery rows in the state
 * database, woken by {@code LISTEN/NOTIFY}), or Kafka (an outbox relayed to a topic keyed by subject, agents in
 * consumer groups). Either way the state database keeps the log, the deliveries' outcomes, the dead letters and
 * the traces, so the console reads the same tables.
 *
 * <p>Implementations are thread-safe; start and stop are called by the lifecycle only.
 */
public interface Transport extends AutoCloseable {

  /** The logical name: {@code postgres} or {@code kafka} (as {@code freshet.transport.type} spells it). */
  String name();

  /** How the event log hands appended events to this transport. */
  Handoff handoff();

  /**
   * Starts moving events. With {@code deliver} this instance also runs its agents on them (the {@code workers}
   * role); without, it only passes on what this instance appends, if the transport needs that (Kafka's relay).
   */
  void start(boolean deliver);

  /** Stops taking work, waits up to {@code timeout} for running deliveries, then interrupts them. */
  void stop(Duration timeout);

  @Override
  default void close() {
    stop(Duration.ofSeconds(10));
  }

  /** Whether this instance runs agents now. */
  boolean isDelivering();

  /** The last error moving events hit, cleared by the next success; null when healthy. */
  @Nullable String lastError();

  /**
   * Events waiting for an agent, across every instance: open deliveries, plus what the transport holds that no
   * agent has taken yet. Sources are held when it passes the high-water mark. May query the state database or the
   * broker (cached briefly).
   */
  long backlog();
}
