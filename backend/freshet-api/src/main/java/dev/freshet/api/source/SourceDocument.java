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
 */
public record SourceDocument(String subject, String text, Map<String, String> metadata) {

  public SourceDocument {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(text, "text");
    metadata = Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
  }
}
