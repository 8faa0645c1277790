package dev.freshet.core.dispatch;

import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * Exponential backoff with full jitter: attempt n waits a random time in
 * [delay/2, delay] where delay = min(max, initial * multiplier^(n-1)).
 *
 * <p>Why not a retry library: our retries are durable. A failed delivery goes back to the delivery
 * table with its next attempt time, so it survives restarts and does not hold a worker thread while it
 * waits; in-process retry libraries (Failsafe, Resilience4j) retry inside the calling thread. Only the
 * delay formula is needed here.
 *
 * @param initial the delay after the first failure
 * @param max the largest delay
 * @param multiplier growth per attempt, 1 or more
 */
public record Backoff(Duration initial, Duration max, double multiplier) {

  public Backoff {
    if (initial.isNegative() || max.compareTo(initial) < 0 || multiplier < 1) {
      throw new IllegalArgumentException("backoff needs 0 <= initial <= max and multiplier >= 1");
    }
  }

  /** The wait before the next attempt, after {@code failedAttempts} failures (1 or more). */
  public Duration delay(int failedAttempts, RandomGenerator random) {
    double exact = initial.toMillis() * Math.pow(multiplier, Math.max(0, failedAttempts - 1));
    long capped = (long) Math.min(max.toMillis(), exact);
    long half = capped / 2;
    return Duration.ofMillis(half + (capped - half == 0 ? 0 : random.nextLong(capped - half + 1)));
  }
}
