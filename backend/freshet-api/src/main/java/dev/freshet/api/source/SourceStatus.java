package dev.freshet.api.source;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A connector's state as health checks and the console show it.
 *
 * @param state the lifecycle state
 * @param message a one-line human explanation, e.g. the last error; empty when there is nothing to say
 * @param details values worth showing, e.g. the replication slot and its lag
 */
public record SourceStatus(State state, String message, Map<String, Object> details) {

  /**
   * A connector's lifecycle. {@code STANDBY}: another Freshet instance sharing the state database runs the source;
   * this one takes over when that one stops.
   */
  public enum State { STARTING, RUNNING, FAILED, STOPPED, STANDBY }

  public SourceStatus {
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(message, "message");
    details = Collections.unmodifiableMap(new LinkedHashMap<>(details));
  }

  public static SourceStatus of(State state, String message) {
    return new SourceStatus(state, message, Map.of());
  }
}
