package dev.freshet.api.agent;

import dev.freshet.api.event.EventType;
import dev.freshet.api.event.Operation;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** How an agent's {@link Agent#handle} ended, when it did not throw. */
public sealed interface AgentOutcome {

  /**
   * The work is done. The emitted events are appended to the event log in the same transaction that
   * completes the delivery, with the handled event's correlation id and the handled event as cause.
   *
   * @param emitted follow-up events, e.g. {@code document.indexed}
   * @param stats counters for the trace, e.g. {@code chunksAdded}, {@code embeddings}
   */
  record Completed(List<Emitted> emitted, Map<String, Object> stats) implements AgentOutcome {
    public Completed {
      emitted = List.copyOf(emitted);
      stats = Collections.unmodifiableMap(new LinkedHashMap<>(stats));
    }
  }

  /**
   * There was nothing to do; the reason is recorded in the trace.
   *
   * @param reason why, in words an operator understands
   */
  record Skipped(String reason) implements AgentOutcome {
    public Skipped {
      Objects.requireNonNull(reason, "reason");
    }
  }

  /**
   * An event for the platform to append on the agent's behalf; the platform sets its id, source,
   * time, correlation and causation.
   */
  record Emitted(EventType type, String subject, Operation operation, Map<String, Object> data) {
    public Emitted {
      Objects.requireNonNull(type, "type");
      Objects.requireNonNull(subject, "subject");
      Objects.requireNonNull(operation, "operation");
      data = Collections.unmodifiableMap(new LinkedHashMap<>(data));
    }
  }

  static AgentOutcome completed(List<Emitted> emitted, Map<String, Object> stats) {
    return new Completed(emitted, stats);
  }

  static AgentOutcome skipped(String reason) {
    return new Skipped(reason);
  }
}
