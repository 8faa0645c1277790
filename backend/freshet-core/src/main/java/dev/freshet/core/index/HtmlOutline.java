package dev.freshet.core.index;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.internal.StringUtil;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Reads an HTML document's outline with jsoup: headings ({@code h1}-{@code h6}), paragraphs, lists (as {@code - }
 * lines), tables (rows as {@code a | b}), definition lists (a term as a subsection), quotes and preformatted code
 * (indentation kept), in document order. Scripts, styles, navigation ({@code nav}, {@code header}, {@code footer},
 * ARIA navigation, and DocBook's {@code navheader}/{@code navfooter}, which every page of generated documentation
 * repeats) and comments are left out.
 */
final class HtmlOutline {

  private static final String LEFT_OUT = "script, style, noscript, template, nav, header, footer, .navheader, "
      + ".navfooter, [role=navigation], [hidden], [aria-hidden=true]";
  /** Stands for a {@code <br>} in running text: the source's own line breaks are only white space. */
  private static final char LINE_BREAK = '\u2028';
  private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");
  /** The longest definition term read as the name of a subsection. */
  private static final int MAX_TERM = 80;

  private final List<Outline.Block> blocks = new ArrayList<>();
  private final List<String> headings = new ArrayList<>();
  private final StringBuilder inline = new StringBuilder();
  private String title;

  private HtmlOutline(String title) {
    this.title = title;
  }

  static Outline read(String html) {
    Document document = Jsoup.parse(html);
    document.select(LEFT_OUT).remove();
    HtmlOutline outline = new HtmlOutline(document.title().strip());
    outline.walk(document.body());
    outline.flush();
    return new Outline(outline.title.isEmpty() ? null : outline.title, outline.blocks);
  }

  private void walk(Element element) {
    for (Node child : element.childNodes()) {
      if (child instanceof TextNode text) {
        inline.append(text.getWholeText());
      } else if (child instanceof Element e) {
        String tag = e.normalName();
        if (HEADINGS.contains(tag)) {
          flush();
          heading(tag.charAt(1) - '0', StringUtil.normaliseWhitespace(e.text()).strip());
        } else if (tag.equals("pre")) {
          flush();
          code(e.wholeText());
        } else if (tag.equals("ul") || tag.equals("ol")) {
          flush();
          list(e);
        } else if (tag.equals("table")) {
          flush();
          table(e);
        } else if (tag.equals("dl")) {
          flush();
          definitions(e);
        } else if (tag.equals("br")) {
          inline.append(LINE_BREAK);
        } else if (e.isBlock()) {
          flush();
          walk(e);
          flush();
        } else {
          inline.append(e.wholeText());
        }
      }
    }
  }

  private void heading(int level, String name) {
    if (name.isEmpty()) {
      return;
    }
    if (title.isEmpty() && level == 1 && blocks.isEmpty() && headings.isEmpty()) {
      title = name;
    } else if (!name.equals(title)) {
      MarkdownOutline.Headings.enter(headings, level, name);
    }
  }

  private void code(String text) {
    String body = text.startsWith("\n") ? text.substring(1) : text; // HTML drops a newline right after <pre>
    body = body.stripTrailing();
    if (!body.isBlank()) {
      blocks.add(new Outline.Block(headings, "```\n" + body + "\n```", new Outline.Code("```", body, "```")));
    }
  }

  private void list(Element list) {
    StringBuilder lines = new StringBuilder();
    for (Element item : list.children()) {
      String text = StringUtil.normaliseWhitespace(item.text()).strip();
      if (!text.isEmpty()) {
        lines.append(lines.isEmpty() ? "" : "\n").append("- ").append(text);
      }
    }
    prose(lines.toString());
  }

  private void table(Element table) {
    StringBuilder rows = new StringBuilder();
    for (Element row : table.select("tr")) {
      List<String> cells = row.select("th, td").stream()
          .map(cell -> StringUtil.normaliseWhitespace(cell.text()).strip()).toList();
      if (cells.stream().anyMatch(c -> !c.isEmpty())) {
        rows.append(rows.isEmpty() ? "" : "\n").append(String.join(" | ", cells));
      }
    }
    prose(rows.toString());
  }

  /**
   * A definition list: each term that reads as a name ({@value #MAX_TERM} characters at most: an option, a setting, a
   * function) heads its definition as a subsection (reference pages list their options and settings this way, and the
   * name is what users look for); the definitions' paragraphs, code and lists are read as anywhere else.
   */
  private void definitions(Element list) {
    List<String> outer = List.copyOf(headings);
    boolean afterTerm = false;
    for (Element item : list.children()) {
      String text = StringUtil.normaliseWhitespace(item.text()).strip();
      if (item.normalName().equals("dt")) {
        if (text.isEmpty()) {
          continue;
        }
        if (text.length() > MAX_TERM) {
          prose(text);
        } else if (afterTerm) { // several terms share one definition: "-D, --pgdata"
          headings.set(headings.size() - 1, headings.get(headings.size() - 1) + ", " + text);
        } else {
          headings.clear();
          headings.addAll(outer);
          headings.add(text);
        }
        afterTerm = text.length() <= MAX_TERM;
      } else {
        afterTerm = false;
        walk(item);
        flush();
      }
    }
    headings.clear();
    headings.addAll(outer);
  }

  /** Ends the running paragraph of inline text. */
  private void flush() {
    String text = Arrays.stream(inline.toString().split(String.valueOf(LINE_BREAK)))
        .map(line -> StringUtil.normaliseWhitespace(line).strip()).filter(line -> !line.isEmpty())
        .collect(Collectors.joining("\n"));
    inline.setLength(0);
    prose(text);
  }

  private void prose(String text) {
    if (!text.isBlank()) {
      blocks.add(new Outline.Block(headings, text, null));
    }
  }
}
