package dev.freshet.api.agent;

import dev.freshet.api.event.ChangeEvent;
import dev.freshet.api.event.EventSchema;
import dev.freshet.api.event.Upcaster;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An event handler. The dispatcher gives every agent its own delivery of each event whose type it
 * subscribes to, and considers the delivery complete only after {@link #handle} returned.
 *
 * <p>Delivery is at least once: an agent may see an event again after a crash or a retry, so {@link
 * #handle} must be idempotent. Events with the same {@link #sequenceKey} are handled one at a time, in
 * the order they entered the event log; different keys are handled in parallel.
 */
public interface Agent {

  /** Stable logical name, e.g. {@code indexer}; appears in traces, dead letters and the console. */
  String name();

  /**
   * The agent's version, recorded with every delivery so the event catalogue shows which agent versions
   * processed which event versions. Raise it when the agent's handling changes in a way worth telling apart.
   */
  default String version() {
    return "1";
  }

  /** The event type names this agent receives, e.g. {@code document.indexed}. */
  Set<String> eventTypes();

  /** Events with equal keys are handled sequentially, in log order. Defaults to the subject. */
  default String sequenceKey(ChangeEvent event) {
    return event.subject();
  }

  /**
   * Whether several pending events for one sequence key may be folded into one call that receives the
   * newest of them ({@link AgentContext#coalesced()} lists the others). Right for agents that read the
   * subject's current state instead of the event payload. Off by default.
   */
  default boolean coalesces() {
    return false;
  }

  /**
   * The schemas of event types this agent introduces (types it emits that Freshet does not define). Every
   * event entering the log must match a registered schema; see {@link EventSchema}.
   */
  default List<EventSchema> eventSchemas() {
    return List.of();
  }

  /**
   * The upcasters of the event types this agent introduces, for events written under their older versions.
   */
  default List<Upcaster> upcasters() {
    return List.of();
  }

  /**
   * The version this agent handles, by event type name, when it is not simply the version an event was
   * written with: older events are upcast to it on their way in (also when a dead letter is retried). An
   * event newer than the version asked for is handed over as it is.
   */
  default Map<String, Integer> eventVersions() {
    return Map.of();
  }

  /**
   * Handles one event. Blocking; called on a worker thread, concurrently for different keys.
   *
   * @throws dev.freshet.api.error.RetryableException to be tried again later (any other unchecked
   *     exception is treated the same way)
   * @throws dev.freshet.api.error.PermanentException to be dead-lettered at once
   */
  AgentOutcome handle(ChangeEvent event, AgentContext context);
}
