package dev.freshet.core.index;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.jspecify.annotations.Nullable;

/**
 * Reads a Markdown document's outline with commonmark-java (CommonMark and GitHub's tables): each top-level block
 * with the headings above it, as written in the source (so code keeps its indentation and a table its pipes). Front
 * matter, HTML comments and thematic breaks are left out: they are not content a reader searches for.
 */
final class MarkdownOutline {

  private static final Parser PARSER = Parser.builder().extensions(List.of(TablesExtension.create()))
      .includeSourceSpans(IncludeSourceSpans.BLOCKS).build();
  private static final Pattern COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);
  /**
   * YAML front matter: a first line of {@code ---} up to a line of {@code ---} or {@code ...}. Read here, not with
   * commonmark's front-matter extension: it is not published for the commonmark version used, and only the title
   * is wanted.
   */
  private static final Pattern FRONT_MATTER = Pattern.compile("\\A---[ \\t]*\\n(.*?\\n)(?:---|\\.\\.\\.)[ \\t]*(?:\\n|\\z)",
      Pattern.DOTALL);
  private static final Pattern TITLE = Pattern.compile("(?m)^title:[ \\t]*(.+?)[ \\t]*$");

  private MarkdownOutline() {}

  static Outline read(String markdown) {
    String text = markdown.replace("\r\n", "\n").replace('\r', '\n');
    String title = null;
    Matcher front = FRONT_MATTER.matcher(text);
    if (front.find()) {
      Matcher titled = TITLE.matcher(front.group(1));
      if (titled.find()) {
        title = unquote(titled.group(1));
      }
      text = text.substring(front.end());
    }
    List<Outline.Block> blocks = new ArrayList<>();
    List<String> headings = new ArrayList<>();
    for (Node node = PARSER.parse(text).getFirstChild(); node != null; node = node.getNext()) {
      if (node instanceof Heading heading) {
        String name = plain(heading);
        if (title == null && heading.getLevel() == 1 && blocks.isEmpty() && headings.isEmpty()) {
          title = name; // a leading top-level heading names the document
        } else if (!name.equals(title)) {
          Headings.enter(headings, heading.getLevel(), name);
        }
        continue;
      }
      if (node instanceof ThematicBreak) {
        continue;
      }
      String source = source(node, text);
      if (node instanceof FencedCodeBlock fenced) {
        String fence = fenced.getFenceCharacter().repeat(fenced.getOpeningFenceLength());
        String closing = fenced.getFenceCharacter().repeat(fenced.getClosingFenceLength() != null
            ? fenced.getClosingFenceLength() : fenced.getOpeningFenceLength());
        String info = fenced.getInfo() == null ? "" : fenced.getInfo();
        blocks.add(new Outline.Block(headings, source, new Outline.Code(fence + info, stripNewline(fenced.getLiteral()),
            closing)));
      } else if (node instanceof IndentedCodeBlock) {
        blocks.add(new Outline.Block(headings, source, new Outline.Code("", source, "")));
      } else {
        String prose = node instanceof HtmlBlock || source.contains("<!--") ? COMMENT.matcher(source).replaceAll("")
            : source;
        if (!prose.isBlank()) {
          blocks.add(new Outline.Block(headings, prose.strip(), null));
        }
      }
    }
    return new Outline(title, blocks);
  }

  /** A heading's words as a reader sees them: inline code without its backticks (nor the quotes of a text renderer). */
  private static String plain(Heading heading) {
    StringBuilder text = new StringBuilder();
    heading.accept(new AbstractVisitor() {
      @Override
      public void visit(Text node) {
        text.append(node.getLiteral());
      }

      @Override
      public void visit(Code node) {
        text.append(node.getLiteral());
      }

      @Override
      public void visit(SoftLineBreak node) {
        text.append(' ');
      }
    });
    return text.toString().strip();
  }

  /** The block as written: from its first source span to the end of its last. */
  private static String source(Node node, String text) {
    List<SourceSpan> spans = node.getSourceSpans();
    if (spans.isEmpty()) {
      return "";
    }
    SourceSpan last = spans.get(spans.size() - 1);
    return text.substring(spans.get(0).getInputIndex(), last.getInputIndex() + last.getLength());
  }

  private static String stripNewline(@Nullable String literal) {
    if (literal == null) {
      return "";
    }
    return literal.endsWith("\n") ? literal.substring(0, literal.length() - 1) : literal;
  }

  private static String unquote(String value) {
    if (value.length() >= 2 && (value.startsWith("\"") && value.endsWith("\"")
        || value.startsWith("'") && value.endsWith("'"))) {
      return value.substring(1, value.length() - 1);
    }
    return value;
  }

  /** The heading path as a document's headings go by. */
  static final class Headings {

    private Headings() {}

    /** Enters a heading of a level (1 = top): it replaces the heading of its level and ends the deeper ones. */
    static void enter(List<String> path, int level, String name) {
      while (path.size() >= level) {
        path.remove(path.size() - 1);
      }
      while (path.size() < level - 1) {
        path.add(""); // a skipped level: kept empty, left out of the header
      }
      path.add(name);
    }
  }
}
