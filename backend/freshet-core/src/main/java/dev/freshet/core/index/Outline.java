package dev.freshet.core.index;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A document's text as blocks under their headings, read from Markdown ({@link MarkdownOutline}) or HTML ({@link
 * HtmlOutline}): what the structure-aware splitter ({@link SectionPacker}) packs into chunks.
 *
 * @param title the document's title (front matter, {@code <title>} or its first top-level heading); null if none
 * @param blocks its blocks in order
 */
record Outline(@Nullable String title, List<Block> blocks) {

  Outline {
    blocks = List.copyOf(blocks);
  }

  /**
   * A paragraph, list, table, quote or code block.
   *
   * @param path the headings above it, outermost first, without the title
   * @param text the block as written (Markdown source; HTML's text, lists as {@code - } lines, table rows as
   *     {@code a | b}), code fences included
   * @param code for a code block, its parts: a longer one than a chunk holds is split at line boundaries and each
   *     part fenced again; null for prose
   */
  record Block(List<String> path, String text, @Nullable Code code) {

    Block {
      path = List.copyOf(path);
    }
  }

  /**
   * A code block's fences and the code between them, indentation kept.
   *
   * @param open the opening fence with its info string (e.g. {@code ```java}); empty for an indented block
   * @param body the code
   * @param close the closing fence; empty for an indented block
   */
  record Code(String open, String body, String close) {}
}
