package dev.freshet.core.index;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A document's index state and watermark: its chunks reflect the source as of {@code sourcePosition}
 * and {@code sourceTime}, written at {@code indexedAt}.
 *
 * @param subject the document key
 * @param source the source id
 * @param status INDEXED or REMOVED
 * @param chunkCount chunks in the index
 * @param sourcePosition the source position of the event last indexed
 * @param sourceTime the time at the source of the change last indexed
 * @param indexedAt when the index was last written for this document
 * @param eventId the event last indexed
 * @param correlationId the change last indexed, for its trace
 * @param report why and how it was last indexed: changed columns, chunks embedded and reused, tokens
 * @param textChars the length of the document's text, for estimating a rebuild
 */
public record DocumentState(
    String subject,
    String source,
    String status,
    int chunkCount,
    @Nullable String sourcePosition,
    Instant sourceTime,
    Instant indexedAt,
    String eventId,
    String correlationId,
    Map<String, @Nullable Object> report,
    int textChars) {

  public DocumentState {
    report = Collections.unmodifiableMap(new LinkedHashMap<>(report));
  }
}
