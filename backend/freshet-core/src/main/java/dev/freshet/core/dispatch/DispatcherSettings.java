package dev.freshet.core.dispatch;

import java.time.Duration;

/**
 * How the dispatcher runs.
 *
 * @param concurrency deliveries handled at once, across all agents
 * @param maxAttempts attempts before a delivery becomes a dead letter
 * @param backoff wait between attempts
 * @param sweepInterval how often the dispatcher looks for work even without a wake-up
 * @param maxHops the longest causal chain: an event this many agent hops from its root emits nothing further
 *     (the loop guard)
 */
public record DispatcherSettings(int concurrency, int maxAttempts, Backoff backoff, Duration sweepInterval,
    int maxHops) {

  /** The default hop limit: Freshet's own chains are two hops long (sync, then index). */
  public static final int DEFAULT_MAX_HOPS = 8;

  public DispatcherSettings {
    if (concurrency < 1 || maxAttempts < 1 || maxHops < 1) {
      throw new IllegalArgumentException("concurrency, maxAttempts and maxHops must be 1 or more");
    }
  }

  public DispatcherSettings(int concurrency, int maxAttempts, Backoff backoff, Duration sweepInterval) {
    this(concurrency, maxAttempts, backoff, sweepInterval, DEFAULT_MAX_HOPS);
  }
}
