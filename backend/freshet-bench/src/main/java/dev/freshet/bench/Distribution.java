package dev.freshet.bench;

import java.util.Arrays;
import java.util.Collection;

/**
 * A summary of measured values: percentiles by the nearest-rank method (the smallest value with at least p%
 * of the values at or below it, so every reported percentile is a value that was measured).
 */
public record Distribution(int n, double min, double p50, double p90, double p95, double p99, double max, double mean) {

  public static Distribution of(Collection<? extends Number> values) {
    if (values.isEmpty()) {
      throw new IllegalArgumentException("no values to summarise");
    }
    double[] sorted = values.stream().mapToDouble(Number::doubleValue).sorted().toArray();
    return new Distribution(sorted.length, sorted[0], rank(sorted, 50), rank(sorted, 90), rank(sorted, 95),
        rank(sorted, 99), sorted[sorted.length - 1], Arrays.stream(sorted).average().orElseThrow());
  }

  private static double rank(double[] sorted, double percent) {
    int rank = (int) Math.ceil(percent / 100 * sorted.length);
    return sorted[Math.max(rank, 1) - 1];
  }

  /** One line for the readable report, e.g. {@code p50 41.2 · p95 60.0 · p99 88.1 · max 90.3 ms (n = 220)}. */
  public String describe(String unit) {
    return String.format("p50 %s · p95 %s · p99 %s · min %s · max %s %s (n = %d)", Numbers.format(p50),
        Numbers.format(p95), Numbers.format(p99), Numbers.format(min), Numbers.format(max), unit, n);
  }
}
