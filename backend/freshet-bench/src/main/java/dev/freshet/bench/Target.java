package dev.freshet.bench;

/**
 * A figure the issue sets a goal for, and whether this run met it.
 *
 * @param id stable key, e.g. {@code freshness.idle.p50}
 * @param description what was measured, e.g. "commit → searchable, p50 at idle"
 * @param value the measured value
 * @param unit e.g. {@code ms}
 * @param goal how the value is judged
 * @param limit the goal's number
 */
public record Target(String id, String description, double value, String unit, Goal goal, double limit) {

  /** How a value meets its limit. */
  public enum Goal {
    AT_MOST("≤"), AT_LEAST("≥"), EXACTLY("=");

    final String symbol;

    Goal(String symbol) {
      this.symbol = symbol;
    }
  }

  public boolean met() {
    return switch (goal) {
      case AT_MOST -> value <= limit;
      case AT_LEAST -> value >= limit;
      case EXACTLY -> value == limit;
    };
  }

  public String goalText() {
    return goal.symbol + " " + Numbers.format(limit) + (unit.isEmpty() ? "" : " " + unit);
  }

  static Target atMost(String id, String description, double value, String unit, double limit) {
    return new Target(id, description, value, unit, Goal.AT_MOST, limit);
  }

  static Target atLeast(String id, String description, double value, String unit, double limit) {
    return new Target(id, description, value, unit, Goal.AT_LEAST, limit);
  }

  static Target exactly(String id, String description, double value, String unit, double limit) {
    return new Target(id, description, value, unit, Goal.EXACTLY, limit);
  }
}
