package dev.freshet.api.source;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The current state of one document at its source, as an indexing agent reads it.
 *
 * @param subject the stable document key
 * @param text the text to split and embed; may be empty
 * @param metadata values stored beside every chunk and usable in search filters
 * @param format the text's markup, which decides how it is split into chunks
 */
public record SourceDocument(String subject, String text, Map<String, String> metadata, TextFormat format) {

  public SourceDocument {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(format, "format");
    metadata = Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
  }

  /** A document of plain text. */
  public SourceDocument(String subject, String text, Map<String, String> metadata) {
    this(subject, text, metadata, TextFormat.TEXT);
  }
}
