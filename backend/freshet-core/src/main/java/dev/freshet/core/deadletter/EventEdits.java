package dev.freshet.core.deadletter;

import dev.freshet.api.event.ChangeEvent;
import dev.freshet.api.event.Operation;
import dev.freshet.core.json.Json;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An operator's edit of a dead letter's event, read from JSON: which fields may change and which keep their
 * original values (see {@link DeadLetters#editAndRetry}). Throws {@link IllegalArgumentException} naming the
 * field when the edit is not an event.
 */
final class EventEdits {

  private EventEdits() {}

  /** The event a dead letter at stage {@code validate} holds as its payload, or null for a webhook body. */
  static @Nullable ChangeEvent rejectedEvent(DeadLetter letter) {
    if (!letter.stage().equals("validate") || letter.payload() == null) {
      return null;
    }
    Map<String, @Nullable Object> json = Json.readMap(letter.payload());
    return new ChangeEvent(String.valueOf(json.get("id")), String.valueOf(json.get("source")),
        String.valueOf(json.get("type")), ((Number) Objects.requireNonNull(json.get("version"))).intValue(),
        String.valueOf(json.get("subject")), Operation.valueOf(String.valueOf(json.get("operation"))),
        Instant.parse(String.valueOf(json.get("time"))), String.valueOf(json.get("correlationId")),
        (String) json.get("causationId"), (String) json.get("position"), mapOf(json.get("data")));
  }

  static ChangeEvent edited(ChangeEvent original, Map<String, @Nullable Object> json, String id) {
    Object version = json.getOrDefault("version", original.version());
    if (!(version instanceof Number number)) {
      throw new IllegalArgumentException("version must be a number");
    }
    return new ChangeEvent(id, original.source(), text(json, "type", original.type()), number.intValue(),
        text(json, "subject", original.subject()),
        Operation.valueOf(text(json, "operation", original.operation().name())), original.time(),
        original.correlationId(), id.equals(original.id()) ? original.causationId() : original.id(),
        original.position(), json.containsKey("data") ? mapOf(json.get("data")) : original.data());
  }

  static String text(Map<String, @Nullable Object> json, String key, String fallback) {
    Object value = json.getOrDefault(key, fallback);
    if (!(value instanceof String text)) {
      throw new IllegalArgumentException(key + " must be a string");
    }
    return text;
  }

  @SuppressWarnings("unchecked")
  static Map<String, @Nullable Object> mapOf(@Nullable Object data) {
    if (!(data instanceof Map<?, ?> map)) {
      throw new IllegalArgumentException("data must be a JSON object");
    }
    return (Map<String, @Nullable Object>) map;
  }

  /** The id of an edited replay: derived from the original and the dead letter, so a double submit adds one. */
  static String editId(ChangeEvent original, long deadLetter) {
    return UUID.nameUUIDFromBytes((original.id() + "/edit/" + deadLetter).getBytes(StandardCharsets.UTF_8)).toString();
  }

}
