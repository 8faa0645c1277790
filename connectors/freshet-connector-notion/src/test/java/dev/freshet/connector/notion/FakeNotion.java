package dev.freshet.connector.notion;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A local server playing the parts of the Notion API a Notion source calls, in the documented shapes of
 * version 2025-09-03: retrieve a page, retrieve block children (cursor pagination, nested blocks), search,
 * query a data source, retrieve a database, retrieve the bot user. It records every request, can answer the
 * next requests with 429 or 529 and a {@code Retry-After}, and builds webhook events as Notion sends them.
 */
public final class FakeNotion implements AutoCloseable {

  public static final String BOT_USER = "9a1f2b3c-4d5e-4f60-8a7b-1c2d3e4f5a6b";
  public static final String WORKSPACE = "13950b26-c203-4f3b-b97d-93ec06319565";
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final Pattern CHILDREN = Pattern.compile("/v1/blocks/([^/]+)/children");

  /**
   * One request as received.
   *
   * @param method the HTTP method
   * @param path the path and query
   * @param notionVersion the {@code Notion-Version} header
   * @param authorization the {@code Authorization} header
   * @param at when it arrived
   */
  public record Request(String method, String path, @Nullable String notionVersion, @Nullable String authorization,
      Instant at) {}

  private record Page(String id, String title, @Nullable String dataSource, @Nullable String database, boolean trashed,
      Instant edited) {}

  private final HttpServer server;
  private final Map<String, Page> pages = new ConcurrentHashMap<>();
  private final Map<String, List<Map<String, Object>>> children = new ConcurrentHashMap<>();
  private final Map<String, List<String>> databases = new ConcurrentHashMap<>();
  private final List<Request> requests = new CopyOnWriteArrayList<>();
  private final AtomicInteger busy = new AtomicInteger();
  private volatile int busyStatus = 429;
  private volatile int retryAfterSeconds = 1;
  private volatile int maxPageSize = 100;

  public FakeNotion() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/v1/", this::handle);
    server.start();
  }

  public String apiUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  public List<Request> requests() {
    return new ArrayList<>(requests);
  }

  /** The next {@code times} requests are refused with {@code status} (429 or 529) and a {@code Retry-After}. */
  public void refuseNext(int times, int status, int retryAfter) {
    busyStatus = status;
    retryAfterSeconds = retryAfter;
    busy.set(times);
  }

  /** Lists come in pages of at most this many entries, whatever page size was asked for. */
  public void maxPageSize(int size) {
    maxPageSize = size;
  }

  /** Creates or replaces a page with these blocks (see {@link #paragraph} and friends). */
  public void page(String id, String title, List<Map<String, Object>> blocks) {
    page(id, title, null, blocks);
  }

  /** Creates or replaces a page in a data source. */
  public void page(String id, String title, @Nullable String dataSource, List<Map<String, Object>> blocks) {
    String database = dataSource == null ? null : databases.entrySet().stream()
        .filter(e -> e.getValue().contains(dataSource)).map(Map.Entry::getKey).findFirst().orElse(null);
    pages.put(id, new Page(id, title, dataSource, database, false, nextEditTime()));
    store(id, blocks);
  }

  /** Moves a page to the trash ({@code in_trash}), or restores it. */
  public void trash(String id, boolean trashed) {
    Page page = pages.get(id);
    pages.put(id, new Page(id, page.title(), page.dataSource(), page.database(), trashed, nextEditTime()));
  }

  /** Deletes a page for good: it is no longer found (404). */
  public void remove(String id) {
    pages.remove(id);
  }

  public void database(String id, String... dataSources) {
    databases.put(id, List.of(dataSources));
  }

  /** Notion's last_edited_time has minute precision at the API; the fake keeps it strictly increasing. */
  private Instant last = Instant.EPOCH;

  private synchronized Instant nextEditTime() {
    Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    last = now.isAfter(last) ? now : last.plusMillis(1);
    return last;
  }

  private void store(String parentId, List<Map<String, Object>> blocks) {
    List<Map<String, Object>> stored = new ArrayList<>();
    for (Map<String, Object> block : blocks) {
      Map<String, Object> copy = new LinkedHashMap<>(block);
      @SuppressWarnings("unchecked")
      List<Map<String, Object>> nested = (List<Map<String, Object>>) copy.remove("children");
      copy.put("has_children", nested != null && !nested.isEmpty());
      if (nested != null) {
        store((String) copy.get("id"), nested);
      }
      stored.add(copy);
    }
    children.put(parentId, stored);
  }

  // ---- blocks in the API's shape

  @SafeVarargs
  public static Map<String, Object> block(String type, Map<String, Object> content, Map<String, Object>... nested) {
    Map<String, Object> block = new LinkedHashMap<>();
    block.put("object", "block");
    block.put("id", UUID.randomUUID().toString());
    block.put("type", type);
    block.put(type, content);
    block.put("children", List.of(nested));
    return block;
  }

  public static List<Map<String, Object>> richText(String text) {
    return List.of(Map.of("type", "text", "text", Map.of("content", text, "link", ""), "plain_text", text,
        "annotations", Map.of("bold", false, "italic", false, "code", false, "color", "default")));
  }

  @SafeVarargs
  public static Map<String, Object> text(String type, String text, Map<String, Object>... nested) {
    return block(type, Map.of("rich_text", richText(text), "color", "default"), nested);
  }

  public static Map<String, Object> paragraph(String text) {
    return text("paragraph", text);
  }

  public static Map<String, Object> code(String language, String text) {
    return block("code", Map.of("rich_text", richText(text), "language", language, "caption", List.of()));
  }

  @SafeVarargs
  public static Map<String, Object> table(boolean header, List<String>... rows) {
    List<Map<String, Object>> rowBlocks = new ArrayList<>();
    for (List<String> row : rows) {
      rowBlocks.add(block("table_row", Map.of("cells", row.stream().map(FakeNotion::richText).toList())));
    }
    @SuppressWarnings("unchecked")
    Map<String, Object>[] nested = rowBlocks.toArray(Map[]::new);
    return block("table", Map.of("table_width", rows[0].size(), "has_column_header", header, "has_row_header", false),
        nested);
  }

  // ---- webhook events as Notion sends them

  /** A webhook event in Notion's documented shape, by a person. */
  public static byte[] event(String type, String entityType, String entityId, Instant timestamp) {
    return event(type, entityType, entityId, timestamp, "person", "c7c11cca-1d73-471d-9b6e-bdef51470190");
  }

  public static byte[] event(String type, String entityType, String entityId, Instant timestamp, String authorType,
      String authorId) {
    Map<String, Object> event = new LinkedHashMap<>();
    event.put("id", UUID.randomUUID().toString());
    event.put("timestamp", timestamp.toString());
    event.put("workspace_id", WORKSPACE);
    event.put("workspace_name", "Freshet Test Workspace");
    event.put("subscription_id", "29d75c0d-5546-4414-8459-7b7a92f1fc4b");
    event.put("integration_id", "0ef2e755-4912-8096-91c1-00376a88a5ca");
    event.put("type", type);
    event.put("authors", List.of(Map.of("id", authorId, "type", authorType)));
    event.put("attempt_number", 1);
    event.put("api_version", "2025-09-03");
    event.put("entity", Map.of("id", entityId, "type", entityType));
    event.put("data", type.equals("page.content_updated")
        ? Map.of("parent", Map.of("id", WORKSPACE, "type", "space"), "updated_blocks", List.of())
        : Map.of("parent", Map.of("id", WORKSPACE, "type", "space")));
    return JSON.writeValueAsBytes(event);
  }

  // ---- the API

  private void handle(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getPath();
    String query = exchange.getRequestURI().getRawQuery();
    requests.add(new Request(exchange.getRequestMethod(), path + (query == null ? "" : "?" + query),
        exchange.getRequestHeaders().getFirst("Notion-Version"), exchange.getRequestHeaders().getFirst("Authorization"),
        Instant.now()));
    if (busy.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
      exchange.getResponseHeaders().add("Retry-After", Integer.toString(retryAfterSeconds));
      send(exchange, busyStatus, Map.of("object", "error", "status", busyStatus, "code",
          busyStatus == 429 ? "rate_limited" : "service_unavailable", "message", "slow down"));
      return;
    }
    Map<String, String> params = params(query);
    JsonNode body = exchange.getRequestMethod().equals("POST") ? JSON.readTree(exchange.getRequestBody().readAllBytes())
        : JSON.missingNode();
    Matcher blockChildren = CHILDREN.matcher(path);
    if (path.equals("/v1/users/me")) {
      send(exchange, 200, Map.of("object", "user", "id", BOT_USER, "type", "bot", "name", "Freshet",
          "bot", Map.of("owner", Map.of("type", "workspace", "workspace", true), "workspace_name", "Freshet Test Workspace")));
    } else if (path.startsWith("/v1/pages/")) {
      Page page = pages.get(path.substring("/v1/pages/".length()));
      if (page == null) {
        notFound(exchange);
      } else {
        send(exchange, 200, pageJson(page));
      }
    } else if (blockChildren.matches()) {
      List<Map<String, Object>> list = children.get(blockChildren.group(1));
      if (list == null) {
        notFound(exchange);
      } else {
        send(exchange, 200, listJson(list, params.get("start_cursor"), Integer.parseInt(params.getOrDefault("page_size", "100")), "block"));
      }
    } else if (path.equals("/v1/search")) {
      List<Map<String, Object>> found = pages.values().stream().filter(p -> !p.trashed()).sorted(
          (a, b) -> a.id().compareTo(b.id())).map(this::pageJson).toList();
      send(exchange, 200, listJson(found, body.path("start_cursor").asString(null), body.path("page_size").asInt(100), "page_or_data_source"));
    } else if (path.startsWith("/v1/data_sources/") && path.endsWith("/query")) {
      String dataSource = path.substring("/v1/data_sources/".length(), path.length() - "/query".length());
      if (databases.values().stream().noneMatch(l -> l.contains(dataSource))) {
        notFound(exchange);
        return;
      }
      String after = body.path("filter").path("last_edited_time").path("on_or_after").asString(null);
      List<Map<String, Object>> found = pages.values().stream().filter(p -> dataSource.equals(p.dataSource()))
          .filter(p -> after == null || !p.edited().isBefore(Instant.parse(after)))
          .sorted((a, b) -> a.id().compareTo(b.id())).map(this::pageJson).toList();
      send(exchange, 200, listJson(found, body.path("start_cursor").asString(null), body.path("page_size").asInt(100), "page_or_data_source"));
    } else if (path.startsWith("/v1/databases/")) {
      String id = path.substring("/v1/databases/".length());
      List<String> sources = databases.get(id);
      if (sources == null) {
        notFound(exchange);
      } else {
        send(exchange, 200, Map.of("object", "database", "id", id, "data_sources",
            sources.stream().map(s -> Map.of("id", s, "name", "Docs")).toList()));
      }
    } else {
      send(exchange, 400, Map.of("object", "error", "status", 400, "code", "invalid_request_url", "message", path));
    }
  }

  private Map<String, Object> pageJson(Page page) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("object", "page");
    json.put("id", page.id());
    json.put("created_time", "2026-01-01T00:00:00.000Z");
    json.put("last_edited_time", page.edited().toString());
    json.put("in_trash", page.trashed());
    json.put("archived", page.trashed());
    Map<String, Object> parent = new LinkedHashMap<>();
    if (page.dataSource() != null) {
      parent.put("type", "data_source_id");
      parent.put("data_source_id", page.dataSource());
      if (page.database() != null) {
        parent.put("database_id", page.database());
      }
    } else {
      parent.put("type", "workspace");
      parent.put("workspace", true);
    }
    json.put("parent", parent);
    json.put("url", "https://www.notion.so/" + page.id().replace("-", ""));
    json.put("properties", Map.of("Name", Map.of("id", "title", "type", "title", "title", richText(page.title()))));
    return json;
  }

  private Map<String, Object> listJson(List<Map<String, Object>> all, @Nullable String cursor, int pageSize, String type) {
    int from = cursor == null ? 0 : Integer.parseInt(cursor);
    int size = Math.min(Math.min(pageSize, 100), maxPageSize);
    int to = Math.min(all.size(), from + size);
    Map<String, Object> list = new LinkedHashMap<>();
    list.put("object", "list");
    list.put("results", all.subList(from, to));
    list.put("next_cursor", to < all.size() ? Integer.toString(to) : null);
    list.put("has_more", to < all.size());
    list.put("type", type);
    list.put(type, Map.of());
    return list;
  }

  private static Map<String, String> params(@Nullable String query) {
    Map<String, String> params = new LinkedHashMap<>();
    if (query != null) {
      for (String pair : query.split("&")) {
        int eq = pair.indexOf('=');
        params.put(pair.substring(0, eq), java.net.URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
      }
    }
    return params;
  }

  private static void notFound(HttpExchange exchange) throws IOException {
    send(exchange, 404, Map.of("object", "error", "status", 404, "code", "object_not_found",
        "message", "Could not find the object. Make sure it is shared with your integration."));
  }

  private static void send(HttpExchange exchange, int status, Object body) throws IOException {
    byte[] bytes = JSON.writeValueAsBytes(body);
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length);
    exchange.getResponseBody().write(bytes);
    exchange.close();
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
