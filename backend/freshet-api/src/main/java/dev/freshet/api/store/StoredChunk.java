package dev.freshet.api.store;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One chunk of a document with its vector.
 *
 * @param id deterministic id: the same subject, index and text always give the same id
 * @param subject the document the chunk belongs to
 * @param index position of the chunk within the document, from 0
 * @param text the chunk's text
 * @param vector the embedding of {@code text}
 * @param metadata the document's metadata, stored with every chunk for filtering
 * @param indexedAt when this chunk's content was last written
 * @param analyzer how keyword search reads the text, e.g. {@code english} (stemmed, stop words dropped) or
 *     {@code standard}: the source's setting
 */
public record StoredChunk(
    String id,
    String subject,
    int index,
    String text,
    float[] vector,
    Map<String, String> metadata,
    Instant indexedAt,
    String analyzer) {

  /** The analyzer of a source that sets none. */
  public static final String DEFAULT_ANALYZER = "english";

  public StoredChunk {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(vector, "vector");
    Objects.requireNonNull(indexedAt, "indexedAt");
    Objects.requireNonNull(analyzer, "analyzer");
    metadata = Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
  }

  /** A chunk read with the {@linkplain #DEFAULT_ANALYZER default analyzer}. */
  public StoredChunk(String id, String subject, int index, String text, float[] vector, Map<String, String> metadata,
      Instant indexedAt) {
    this(id, subject, index, text, vector, metadata, indexedAt, DEFAULT_ANALYZER);
  }
}
