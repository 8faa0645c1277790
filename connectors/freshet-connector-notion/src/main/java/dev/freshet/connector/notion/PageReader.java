package dev.freshet.connector.notion;

import dev.freshet.api.source.SourceDocument;
import dev.freshet.api.source.TextFormat;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Reads a page as it is now: the page object (title, trash state) and its block children, page by page of the
 * API's cursor pagination, following nested blocks; and renders them as Markdown-like text — headings,
 * bulleted, numbered and to-do lists (indented by nesting), quotes, callouts, code fences, equations, tables as
 * pipe-separated rows, and links to child pages (which are documents of their own). One fetch per call,
 * however many events were folded into it.
 */
final class PageReader {

  /** Deeper nesting than this is not followed (Notion's editor rarely nests beyond a handful). */
  static final int MAX_DEPTH = 32;
  private static final Set<String> LIST_ITEMS = Set.of("bulleted_list_item", "numbered_list_item", "to_do");
  /** Blocks whose children are not part of this page's text. */
  private static final Set<String> OWN_DOCUMENTS = Set.of("child_page", "child_database");

  private final NotionClient client;
  private final NotionSettings settings;

  PageReader(NotionClient client, NotionSettings settings) {
    this.client = client;
    this.settings = settings;
  }

  /** The page's text and metadata, or empty when it is gone, trashed or no longer shared with the integration. */
  Optional<SourceDocument> read(String pageId) {
    NotionClient.Answer page = client.get("/v1/pages/" + pageId);
    if (page.status() == 404 || isTrashed(page.body())) {
      return Optional.empty();
    }
    JsonNode body = page.body();
    String title = title(body);
    StringBuilder text = new StringBuilder();
    if (!title.isEmpty()) {
      text.append("# ").append(title).append("\n\n");
    }
    text.append(render(children(pageId), 0));
    Map<String, String> metadata = new LinkedHashMap<>();
    metadata.put("title", title);
    metadata.put("url", body.path("url").asString(""));
    // not last_edited_time: metadata are stored with every chunk, and a time that moves with every edit would
    // rewrite all of a page's chunks for a one-block edit; the change's time is the document's watermark instead
    JsonNode parent = body.path("parent");
    String parentType = parent.path("type").asString("");
    if (!parentType.isEmpty()) {
      metadata.put("parent", parentType + (parent.has(parentType) && parent.get(parentType).isString()
          ? ":" + parent.get(parentType).asString() : ""));
    }
    return Optional.of(new SourceDocument(settings.pageSubject(pageId), text.toString().strip(), metadata,
        TextFormat.MARKDOWN));
  }

  static boolean isTrashed(JsonNode page) {
    return page.path("in_trash").asBoolean(false) || page.path("archived").asBoolean(false);
  }

  /** The page's title: the text of its one property of type {@code title}. */
  static String title(JsonNode page) {
    for (JsonNode property : page.path("properties")) {
      if ("title".equals(property.path("type").asString(""))) {
        return richText(property.path("title"));
      }
    }
    return "";
  }

  /** Every child block of a block or page, across the API's pages of at most 100. */
  private List<JsonNode> children(String blockId) {
    List<JsonNode> blocks = new ArrayList<>();
    String cursor = null;
    do {
      String path = "/v1/blocks/" + blockId + "/children?page_size=100"
          + (cursor == null ? "" : "&start_cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8));
      JsonNode list = client.get(path).body();
      list.path("results").forEach(blocks::add);
      cursor = list.path("has_more").asBoolean(false) ? list.path("next_cursor").asString(null) : null;
    } while (cursor != null);
    return blocks;
  }

  /**
   * Blocks as text: at the top level, blocks are separated by a blank line and consecutive list items by a
   * line break; nested blocks by line breaks, list items and toggle contents indented one level deeper.
   */
  private String render(List<JsonNode> blocks, int depth) {
    StringBuilder out = new StringBuilder();
    String previous = "";
    int number = 0;
    for (JsonNode block : blocks) {
      String type = block.path("type").asString("");
      number = type.equals("numbered_list_item") ? (previous.equals(type) ? number + 1 : 1) : 0;
      String piece = piece(block, type, number, depth);
      if (!piece.isEmpty()) {
        if (!out.isEmpty()) {
          out.append(depth == 0 && !(LIST_ITEMS.contains(type) && LIST_ITEMS.contains(previous)) ? "\n\n" : "\n");
        }
        out.append(piece);
      }
      previous = type;
    }
    return out.toString();
  }

  /** One block's line and, below it, its nested blocks. */
  private String piece(JsonNode block, String type, int number, int depth) {
    String line = line(block, type, block.path(type), number, depth);
    if (!block.path("has_children").asBoolean(false) || OWN_DOCUMENTS.contains(type) || type.equals("table")
        || depth >= MAX_DEPTH) {
      return line;
    }
    boolean indents = LIST_ITEMS.contains(type) || type.equals("toggle");
    String nested = render(children(block.path("id").asString()), indents ? depth + 1 : depth);
    if (line.isEmpty() || nested.isEmpty()) {
      return line + nested;
    }
    return line + (indents || depth > 0 ? "\n" : "\n\n") + nested;
  }

  private String line(JsonNode block, String type, JsonNode content, int number, int depth) {
    String text = richText(content.path("rich_text"));
    String indent = "  ".repeat(depth);
    return switch (type) {
      case "paragraph", "toggle", "template" -> text.isEmpty() ? "" : indent + text;
      case "heading_1" -> "# " + text;
      case "heading_2" -> "## " + text;
      case "heading_3" -> "### " + text;
      case "bulleted_list_item" -> indent + "- " + text;
      case "numbered_list_item" -> indent + number + ". " + text;
      case "to_do" -> indent + "- [" + (content.path("checked").asBoolean(false) ? "x" : " ") + "] " + text;
      case "quote" -> "> " + text;
      case "callout" -> {
        String icon = content.path("icon").path("emoji").asString("");
        yield icon.isEmpty() ? text : icon + " " + text;
      }
      case "code" -> "```" + content.path("language").asString("") + "\n" + text + "\n```";
      case "equation" -> content.path("expression").asString("");
      case "divider" -> "---";
      case "table" -> table(block, content);
      case "child_page" -> "[page: " + content.path("title").asString("") + "]";
      case "child_database" -> "[database: " + content.path("title").asString("") + "]";
      case "bookmark", "embed", "link_preview" -> {
        String caption = richText(content.path("caption"));
        String url = content.path("url").asString("");
        yield caption.isEmpty() ? url : caption + " (" + url + ")";
      }
      case "image", "video", "file", "pdf", "audio" -> richText(content.path("caption"));
      default -> ""; // column lists, synced blocks: their children carry the text; unsupported blocks: nothing
    };
  }

  /** A table as pipe-separated rows, with a separator under the header row when the table has one. */
  private String table(JsonNode block, JsonNode content) {
    List<String> rows = new ArrayList<>();
    for (JsonNode row : children(block.path("id").asString())) {
      List<String> cells = new ArrayList<>();
      row.path("table_row").path("cells").forEach(cell -> cells.add(richText(cell)));
      rows.add("| " + String.join(" | ", cells) + " |");
      if (rows.size() == 1 && content.path("has_column_header").asBoolean(false)) {
        rows.add("|" + " --- |".repeat(cells.size()));
      }
    }
    return String.join("\n", rows);
  }

  static String richText(JsonNode richText) {
    StringBuilder text = new StringBuilder();
    richText.forEach(part -> text.append(part.path("plain_text").asString("")));
    return text.toString();
  }
}
