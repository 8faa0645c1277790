package dev.freshet.connector.notion;

import dev.freshet.api.event.ChangeEvent;
import dev.freshet.api.event.EventType;
import dev.freshet.api.event.Operation;
import dev.freshet.api.webhook.WebhookOutcome;
import dev.freshet.api.webhook.WebhookRejectedException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Maps a verified Notion event to a change event. Page events name one page: {@code document.changed} for it
 * ({@code page.deleted} as a deletion; the agent still reads the page, so an undelete that overtook it wins).
 * Data source and database events name a set of pages: {@code collection.changed}, which the sync agent turns
 * into the pages that changed. Comments, locks and other kinds are acknowledged and ignored; so are the bot's
 * own edits. The id derives from Notion's event id, so a redelivery adds nothing.
 */
final class EventMapper {

  private final NotionSettings settings;
  private final Supplier<@Nullable String> botUserId;

  EventMapper(NotionSettings settings, Supplier<@Nullable String> botUserId) {
    this.settings = settings;
    this.botUserId = botUserId;
  }

  WebhookOutcome map(JsonNode event) {
    String eventId = event.path("id").asString("");
    String type = event.path("type").asString("");
    String entityId = event.path("entity").path("id").asString("");
    if (eventId.isEmpty() || type.isEmpty()) {
      throw new WebhookRejectedException(WebhookRejectedException.MALFORMED,
          "the event has no id or type: it is not a Notion webhook event");
    }
    String workspace = event.path("workspace_id").asString("");
    if (settings.workspaceId() != null && !NotionIds.normalize(workspace).equals(settings.workspaceId())) {
      throw new WebhookRejectedException(WebhookRejectedException.MALFORMED, "the event is for workspace '" + workspace
          + "', but this source indexes workspace " + settings.workspaceId());
    }
    String bot = botUserId.get();
    JsonNode authors = event.path("authors");
    if (bot != null && !authors.isEmpty() && authors.valueStream().allMatch(a -> "bot".equals(a.path("type").asString(""))
        && NotionIds.normalize(a.path("id").asString("")).equals(bot))) {
      return new WebhookOutcome.Ignored(eventId, "the bot's own edit (" + type + " by the integration's bot user); "
          + "not re-indexed, so it cannot start a loop");
    }
    return switch (type) {
      case "page.created" -> page(event, eventId, entityId, Operation.CREATE);
      case "page.content_updated", "page.properties_updated", "page.moved", "page.undeleted" ->
          page(event, eventId, entityId, Operation.UPDATE);
      case "page.deleted" -> page(event, eventId, entityId, Operation.DELETE);
      case "data_source.content_updated", "data_source.created", "data_source.undeleted", "data_source.moved",
           "data_source.schema_updated" -> collection(event, eventId, "ds", entityId, false);
      case "data_source.deleted" -> collection(event, eventId, "ds", entityId, true);
      case "database.content_updated", "database.created", "database.undeleted", "database.moved",
           "database.schema_updated" -> collection(event, eventId, "db", entityId, false);
      case "database.deleted" -> collection(event, eventId, "db", entityId, true);
      default -> new WebhookOutcome.Ignored(eventId, "event type '" + type + "' changes no indexed text");
    };
  }

  private WebhookOutcome page(JsonNode event, String eventId, String pageId, Operation operation) {
    requireId(pageId);
    Map<String, @Nullable Object> data = data(event);
    JsonNode updated = event.path("data").path("updated_blocks");
    if (updated.isArray()) {
      data.put("updatedBlocks", updated.size());
    }
    JsonNode parent = event.path("data").path("parent");
    if (parent.has("data_source_id")) {
      data.put("dataSource", NotionIds.normalize(parent.path("data_source_id").asString()));
    }
    return accepted(event, eventId, EventType.DOCUMENT_CHANGED, settings.pageSubject(pageId), operation, data);
  }

  private WebhookOutcome collection(JsonNode event, String eventId, String kind, String id, boolean deleted) {
    requireId(id);
    Map<String, @Nullable Object> data = data(event);
    data.put("kind", kind);
    data.put("id", NotionIds.normalize(id));
    data.put("deleted", deleted);
    return accepted(event, eventId, EventType.COLLECTION_CHANGED, settings.collectionSubject(kind, id),
        deleted ? Operation.DELETE : Operation.UPDATE, data);
  }

  private WebhookOutcome accepted(JsonNode event, String eventId, EventType type, String subject, Operation operation,
      Map<String, @Nullable Object> data) {
    String id = UUID.nameUUIDFromBytes((settings.sourceId() + "|" + eventId).getBytes(StandardCharsets.UTF_8))
        .toString();
    String timestamp = event.path("timestamp").asString("");
    return new WebhookOutcome.Accepted(eventId, List.of(new ChangeEvent(id, settings.sourceId(), type.name(),
        type.version(), subject, operation, time(timestamp), "notion:" + eventId, null, "event " + timestamp, data)));
  }

  private static Map<String, @Nullable Object> data(JsonNode event) {
    Map<String, @Nullable Object> data = new LinkedHashMap<>();
    data.put("notionEvent", event.path("id").asString());
    data.put("notionType", event.path("type").asString());
    data.put("attempt", event.path("attempt_number").asInt(1));
    return data;
  }

  private static void requireId(String id) {
    if (!NotionIds.isId(id)) {
      throw new WebhookRejectedException(WebhookRejectedException.MALFORMED,
          "the event's entity id '" + id + "' is not a Notion id");
    }
  }

  private static Instant time(String timestamp) {
    try {
      return OffsetDateTime.parse(timestamp).toInstant();
    } catch (DateTimeParseException e) {
      return Instant.now();
    }
  }
}
