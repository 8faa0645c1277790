package dev.freshet.api.source;

import java.util.Locale;

/**
 * The markup of a document's text, which decides how it is split into chunks: Markdown and HTML by their structure
 * (headings, lists, code blocks, tables), plain text by paragraphs and sentences.
 */
public enum TextFormat {
  TEXT,
  MARKDOWN,
  HTML;

  /** The format of a file by its name's extension: {@code .md}, {@code .markdown}, {@code .html}, {@code .htm}. */
  public static TextFormat ofFileName(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".md") || lower.endsWith(".markdown") || lower.endsWith(".mdx")) {
      return MARKDOWN;
    }
    if (lower.endsWith(".html") || lower.endsWith(".htm") || lower.endsWith(".xhtml")) {
      return HTML;
    }
    return TEXT;
  }
}
