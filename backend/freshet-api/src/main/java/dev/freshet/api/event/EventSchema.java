package dev.freshet.api.event;

import java.util.Objects;

/**
 * The contract of one version of an event type: a JSON Schema (draft 2020-12) that every event of that type
 * and version must satisfy when it enters the event log. The schema describes the object {@code {"subject":
 * ..., "operation": ..., "data": {...}}}; the rest of the envelope is checked by {@link ChangeEvent} itself.
 *
 * @param type the event type and version
 * @param description what an event of this type means, for the catalogue and the docs
 * @param jsonSchema the JSON Schema, as JSON text
 * @param compatibility how this version must relate to the previous version of the same type, and how a
 *     later change to this version's schema must relate to this one
 */
public record EventSchema(EventType type, String description, String jsonSchema, Compatibility compatibility) {

  /** Compatibility rules, as schema registries (Apicurio, Confluent) name them. */
  public enum Compatibility {
    /** The new schema accepts every event the previous one accepted: consumers on the new version read old events. */
    BACKWARD,
    /** The previous schema accepts every event the new one accepts: consumers on the old version read new events. */
    FORWARD,
    /** Both {@link #BACKWARD} and {@link #FORWARD}. */
    FULL,
    /** No check. */
    NONE
  }

  public EventSchema {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(jsonSchema, "jsonSchema");
    Objects.requireNonNull(compatibility, "compatibility");
  }
}
