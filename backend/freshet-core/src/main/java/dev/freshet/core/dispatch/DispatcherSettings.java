package dev.freshet.core.dispatch;

import java.time.Duration;

/**
 * How the dispatcher runs.
 *
 * @param concurrency deliveries handled at once, across all agents
 * @param maxAttempts attempts before a delivery becomes a dead letter
 * @param backoff wait between attempts
 * @param sweepInterval how often the dispatcher looks for work even without a wake-up
 */
public record DispatcherSettings(int concurrency, int maxAttempts, Backoff backoff, Duration sweepInterval) {

  public DispatcherSettings {
    if (concurrency < 1 || maxAttempts < 1) {
      throw new IllegalArgumentException("concurrency and maxAttempts must be 1 or more");
    }
  }
}
