package dev.freshet.core.search;

import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One chunk found by a search.
 *
 * @param subject the document it belongs to
 * @param chunkIndex its position in the document
 * @param score similarity, higher is closer (0..1)
 * @param text the chunk's text
 * @param metadata the document's metadata
 * @param indexedAt when the chunk was written to the index
 * @param generation the index generation that answered
 * @param sourceTime the document is indexed as of this change at its source (its watermark); null when unknown
 * @param sourcePosition the source position of that change, e.g. an LSN; null when the source has none
 * @param correlationId the change whose trace produced the document's current chunks; null when unknown
 */
public record SearchResult(String subject, int chunkIndex, double score, String text, Map<String, String> metadata,
    Instant indexedAt, int generation, @Nullable Instant sourceTime, @Nullable String sourcePosition,
    @Nullable String correlationId) {}
