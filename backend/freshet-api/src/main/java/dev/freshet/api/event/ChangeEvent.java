package dev.freshet.api.event;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A change event in the CloudEvents 1.0 vocabulary: what changed ({@code subject}), where
 * ({@code source}, {@code position}), when ({@code time}, at the origin) and how it relates to other
 * events ({@code correlationId}, {@code causationId}).
 *
 * <p>{@code id} is the idempotency key: the event log keeps one copy of each id, so a source that
 * re-sends an event after a restart must derive the same id from the same origin.
 *
 * @param id unique id and idempotency key
 * @param source id of the source instance that produced the event, e.g. {@code demo}
 * @param type logical type name, e.g. {@code document.changed}; never a Java class name
 * @param version schema version of {@code type}, starting at 1
 * @param subject stable document key, e.g. {@code kb:public.articles:42}
 * @param operation what happened to the subject
 * @param time when the change happened at the origin (commit time, delivery time)
 * @param correlationId shared by every event caused by the same origin change
 * @param causationId id of the event that caused this one; null for a root event
 * @param position source position for resume and dead-letter context; null when the source has none
 * @param data the payload: JSON-compatible values only (String, Number, Boolean, List, Map, null)
 */
public record ChangeEvent(
    String id,
    String source,
    String type,
    int version,
    String subject,
    Operation operation,
    Instant time,
    String correlationId,
    @Nullable String causationId,
    @Nullable String position,
    Map<String, @Nullable Object> data) {

  public ChangeEvent {
    requireText(id, "id");
    requireText(source, "source");
    requireText(type, "type");
    requireText(subject, "subject");
    requireText(correlationId, "correlationId");
    Objects.requireNonNull(operation, "operation");
    Objects.requireNonNull(time, "time");
    if (version < 1) {
      throw new IllegalArgumentException("version must be 1 or more, was " + version);
    }
    data = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(data, "data")));
  }

  /** The event's type and version as one logical name, e.g. {@code document.changed/1}. */
  public EventType eventType() {
    return new EventType(type, version);
  }

  static void requireText(@Nullable String value, String name) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
  }
}
