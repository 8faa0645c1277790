package dev.freshet.connector.github;

import dev.freshet.api.event.ChangeEvent;
import dev.freshet.api.event.EventType;
import dev.freshet.api.event.Operation;
import dev.freshet.api.webhook.WebhookOutcome;
import dev.freshet.api.webhook.WebhookRejectedException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Maps a verified {@code push} delivery to one {@code document.changed} per indexed file it touched: the
 * last thing any commit of the push did to a path wins (added or modified → changed, removed → deleted),
 * so a rename is a removal and an addition. Ids derive from the delivery id and the path.
 */
final class PushMapper {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final GitHubSettings settings;

  PushMapper(GitHubSettings settings) {
    this.settings = settings;
  }

  WebhookOutcome map(String deliveryId, byte[] body) {
    JsonNode push;
    try {
      push = JSON.readTree(body);
    } catch (JacksonException e) {
      throw new WebhookRejectedException(WebhookRejectedException.MALFORMED, "the body is not JSON: "
          + e.getOriginalMessage());
    }
    String repository = push.path("repository").path("full_name").asString("");
    if (!repository.equalsIgnoreCase(settings.repository())) {
      throw new WebhookRejectedException(WebhookRejectedException.MALFORMED, "the delivery is for repository '"
          + repository + "', but this source indexes " + settings.repository());
    }
    String ref = push.path("ref").asString("");
    if (!ref.equals("refs/heads/" + settings.branch())) {
      return new WebhookOutcome.Ignored(deliveryId, "a push to " + ref + ", not to the indexed branch "
          + settings.branch());
    }
    if (push.path("deleted").asBoolean(false)) {
      return new WebhookOutcome.Ignored(deliveryId, "the indexed branch was deleted; the index keeps its documents");
    }
    Map<String, Operation> changes = new LinkedHashMap<>();
    for (JsonNode commit : push.path("commits")) {
      commit.path("added").forEach(p -> changes.put(p.asString(), Operation.CREATE));
      commit.path("modified").forEach(p -> changes.put(p.asString(), Operation.UPDATE));
      commit.path("removed").forEach(p -> changes.put(p.asString(), Operation.DELETE));
    }
    Instant time = time(push.path("head_commit").path("timestamp").asString(null));
    String after = push.path("after").asString("");
    List<ChangeEvent> events = new ArrayList<>();
    changes.forEach((path, operation) -> {
      if (settings.indexes(path)) {
        events.add(event(deliveryId, path, operation, time, after, ref));
      }
    });
    return new WebhookOutcome.Accepted(deliveryId, events);
  }

  private ChangeEvent event(String deliveryId, String path, Operation operation, Instant time, String after, String ref) {
    String id = UUID.nameUUIDFromBytes((settings.sourceId() + "|" + deliveryId + "|" + path)
        .getBytes(StandardCharsets.UTF_8)).toString();
    Map<String, @Nullable Object> data = new LinkedHashMap<>();
    data.put("path", path);
    data.put("commit", after);
    data.put("ref", ref);
    data.put("delivery", deliveryId);
    return new ChangeEvent(id, settings.sourceId(), EventType.DOCUMENT_CHANGED.name(),
        EventType.DOCUMENT_CHANGED.version(), settings.subjectOf(path), operation, time, "gh:" + deliveryId, null,
        "commit " + after.substring(0, Math.min(12, after.length())), data);
  }

  private static Instant time(@Nullable String timestamp) {
    try {
      return timestamp == null ? Instant.now() : java.time.OffsetDateTime.parse(timestamp).toInstant();
    } catch (java.time.format.DateTimeParseException e) {
      return Instant.now();
    }
  }
}
