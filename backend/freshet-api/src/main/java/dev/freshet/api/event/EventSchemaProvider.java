package dev.freshet.api.event;

import java.util.List;

/**
 * Event schemas a module contributes without an agent bean — a connector that emits a type of its own, say.
 * Found with {@link java.util.ServiceLoader}: list the implementation in {@code
 * META-INF/services/dev.freshet.api.event.EventSchemaProvider}. Agents declare theirs with {@link
 * dev.freshet.api.agent.Agent#eventSchemas()} and {@link dev.freshet.api.agent.Agent#upcasters()}.
 */
public interface EventSchemaProvider {

  /** The schemas of the event types this module introduces. */
  List<EventSchema> eventSchemas();

  /** The upcasters between their versions. */
  default List<Upcaster> upcasters() {
    return List.of();
  }
}
