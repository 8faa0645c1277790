package dev.freshet.connector.notion;

import dev.freshet.api.event.ChangeEvent;
import dev.freshet.api.event.EventType;
import dev.freshet.api.event.Operation;
import dev.freshet.api.source.SourceContext;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Lists pages. The reconcile run — the backstop for missed events — lists every page shared with the
 * integration (Notion's search), compares each page's {@code last_edited_time} with the last run (the
 * committed position) and sends a change for every page that is new, edited or gone. A sync of a data source
 * or database queries its pages edited since shortly before the event (all of them when it was created or
 * restored); a deleted one yields a deletion for each page the last run saw in it, which the agent confirms
 * by reading the page.
 */
final class Reconciler {

  private static final Logger log = LoggerFactory.getLogger(Reconciler.class);
  private static final JsonMapper JSON = JsonMapper.builder().build();
  /** Notion aggregates edits over a short window before it sends the event; look back further than that. */
  static final Duration LOOK_BACK = Duration.ofMinutes(5);

  /**
   * A page as a listing saw it.
   *
   * @param edited its {@code last_edited_time}
   * @param parents the data source and database it is in, as {@code ds:<id>} and {@code db:<id>}
   */
  record Seen(String edited, List<String> parents) {}

  private final NotionSettings settings;
  private final NotionClient client;

  Reconciler(NotionSettings settings, NotionClient client) {
    this.settings = settings;
    this.client = client;
  }

  /** Returns after the differences are durable and the new position is committed. */
  synchronized int run(SourceContext context) throws InterruptedException {
    Map<String, Seen> now = new TreeMap<>();
    paginate("/v1/search", Map.of("filter", Map.of("property", "object", "value", "page")), page -> {
      if (!PageReader.isTrashed(page)) {
        now.put(NotionIds.normalize(page.path("id").asString()), seen(page));
      }
    });
    Map<String, Seen> known = context.committedPosition().map(Reconciler::pages).orElse(Map.of());
    List<ChangeEvent> events = new ArrayList<>();
    now.forEach((id, seen) -> {
      Seen before = known.get(id);
      if (before == null || !before.edited().equals(seen.edited())) {
        events.add(reconcileEvent(id, before == null ? Operation.CREATE : Operation.UPDATE, seen.edited()));
      }
    });
    known.forEach((id, seen) -> {
      if (!now.containsKey(id)) {
        events.add(reconcileEvent(id, Operation.DELETE, "gone after " + seen.edited()));
      }
    });
    if (!events.isEmpty()) {
      context.sink().accept(events);
    }
    Map<String, Object> position = new LinkedHashMap<>();
    position.put("reconciledAt", Instant.now().toString());
    position.put("pages", now);
    context.commitPosition(JSON.writeValueAsString(position));
    log.info("Source {}: reconciled {} page(s), {} change(s)", settings.sourceId(), now.size(), events.size());
    return events.size();
  }

  List<ChangeEvent> sync(ChangeEvent request, Optional<String> position) {
    String kind = (String) request.data().get("kind");
    String id = (String) request.data().get("id");
    if (kind == null || id == null) {
      throw new IllegalArgumentException("collection.changed without kind and id: " + request.id());
    }
    Map<String, Operation> changed = new LinkedHashMap<>();
    boolean gone = Boolean.TRUE.equals(request.data().get("deleted"));
    if (!gone) {
      List<String> dataSources = kind.equals("ds") ? List.of(id) : dataSourcesOf(id);
      Map<String, Object> query = new LinkedHashMap<>();
      if ("data_source.content_updated".equals(request.data().get("notionType"))
          || "database.content_updated".equals(request.data().get("notionType"))) {
        query.put("filter", Map.of("timestamp", "last_edited_time", "last_edited_time",
            Map.of("on_or_after", request.time().minus(LOOK_BACK).toString())));
      }
      for (String dataSource : dataSources) {
        boolean found = paginate("/v1/data_sources/" + dataSource + "/query", query, page -> changed.put(
            NotionIds.normalize(page.path("id").asString()),
            PageReader.isTrashed(page) ? Operation.DELETE : Operation.UPDATE));
        gone |= !found;
      }
    }
    if (gone) {
      String parent = kind + ":" + id;
      position.map(Reconciler::pages).orElse(Map.of()).forEach((page, seen) -> {
        if (seen.parents().contains(parent)) {
          changed.putIfAbsent(page, Operation.DELETE);
        }
      });
    }
    List<ChangeEvent> events = new ArrayList<>();
    changed.forEach((page, operation) -> {
      String eventId = UUID.nameUUIDFromBytes((settings.sourceId() + "|" + request.id() + "|" + page)
          .getBytes(StandardCharsets.UTF_8)).toString();
      events.add(event(eventId, page, operation, request.time(), request.correlationId(), request.id(),
          request.position(), Map.of("sync", request.subject())));
    });
    return events;
  }

  /** The data sources of a database; empty when it is gone. An older API version's database is its own source. */
  private List<String> dataSourcesOf(String databaseId) {
    NotionClient.Answer database = client.get("/v1/databases/" + databaseId);
    if (database.status() == 404) {
      return List.of();
    }
    List<String> ids = new ArrayList<>();
    database.body().path("data_sources").forEach(ds -> ids.add(NotionIds.normalize(ds.path("id").asString())));
    return ids;
  }

  /** Walks a paginated POST listing; false when the listed object is gone (404). */
  private boolean paginate(String path, Map<String, Object> query, Consumer<JsonNode> each) {
    String cursor = null;
    do {
      Map<String, Object> body = new LinkedHashMap<>(query);
      body.put("page_size", 100);
      if (cursor != null) {
        body.put("start_cursor", cursor);
      }
      NotionClient.Answer answer = client.post(path, body);
      if (answer.status() == 404) {
        return false;
      }
      answer.body().path("results").forEach(each);
      cursor = answer.body().path("has_more").asBoolean(false) ? answer.body().path("next_cursor").asString(null) : null;
    } while (cursor != null);
    return true;
  }

  private static Seen seen(JsonNode page) {
    List<String> parents = new ArrayList<>();
    JsonNode parent = page.path("parent");
    if (parent.has("data_source_id")) {
      parents.add("ds:" + NotionIds.normalize(parent.path("data_source_id").asString()));
    }
    if (parent.has("database_id")) {
      parents.add("db:" + NotionIds.normalize(parent.path("database_id").asString()));
    }
    return new Seen(page.path("last_edited_time").asString(""), parents);
  }

  private ChangeEvent reconcileEvent(String pageId, Operation operation, String edited) {
    String id = UUID.nameUUIDFromBytes((settings.sourceId() + "|reconcile|" + pageId + "|" + operation + "|" + edited)
        .getBytes(StandardCharsets.UTF_8)).toString();
    return event(id, pageId, operation, Instant.now(), "notion-reconcile:" + settings.sourceId() + ":" + pageId
        + "@" + edited, null, "edited " + edited, Map.of("reconcile", true));
  }

  private ChangeEvent event(String id, String pageId, Operation operation, Instant time, String correlationId,
      @Nullable String causationId, @Nullable String position, Map<String, Object> extra) {
    Map<String, @Nullable Object> data = new LinkedHashMap<>(extra);
    data.put("page", pageId);
    return new ChangeEvent(id, settings.sourceId(), EventType.DOCUMENT_CHANGED.name(),
        EventType.DOCUMENT_CHANGED.version(), settings.pageSubject(pageId), operation, time, correlationId,
        causationId, position, data);
  }

  static Optional<Instant> reconciledAt(String position) {
    JsonNode stored = JSON.readTree(position);
    return stored.has("reconciledAt") ? Optional.of(Instant.parse(stored.get("reconciledAt").asString()))
        : Optional.empty();
  }

  private static Map<String, Seen> pages(String position) {
    Map<String, Seen> pages = new TreeMap<>();
    JSON.readTree(position).path("pages").properties().forEach(e -> {
      List<String> parents = new ArrayList<>();
      e.getValue().path("parents").forEach(p -> parents.add(p.asString()));
      pages.put(e.getKey(), new Seen(e.getValue().path("edited").asString(""), parents));
    });
    return pages;
  }
}
