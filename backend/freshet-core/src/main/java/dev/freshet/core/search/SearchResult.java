package dev.freshet.core.search;

import java.time.Instant;
import java.util.Map;

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
 */
public record SearchResult(String subject, int chunkIndex, double score, String text, Map<String, String> metadata,
    Instant indexedAt, int generation) {}
