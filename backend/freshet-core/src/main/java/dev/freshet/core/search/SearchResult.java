package dev.freshet.core.search;

import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One chunk found by a search, or with {@link SearchQuery#byDocument()} one document's best chunk.
 *
 * @param subject the document it belongs to
 * @param chunkIndex its position in the document
 * @param score higher is better, on the mode's scale: {@code vector}, cosine similarity mapped to 0..1; {@code
 *     keyword}, the store's lexical score (BM25 in Lucene, unbounded; ts_rank in PostgreSQL); {@code hybrid}, the
 *     reciprocal rank fusion of both, scaled so that 1 is first in both lists
 * @param retrievers the retrievers that found the chunk and its rank (1 = best) in each, e.g. {@code {vector: 1,
 *     keyword: 4}}
 * @param matchedChunks with {@link SearchQuery#byDocument()}, how many of the document's chunks matched; else null
 * @param text the chunk's text
 * @param metadata the document's metadata
 * @param indexedAt when the chunk was written to the index
 * @param generation the index generation that answered
 * @param sourceTime the document is indexed as of this change at its source (its watermark); null when unknown
 * @param sourcePosition the source position of that change, e.g. an LSN; null when the source has none
 * @param correlationId the change whose trace produced the document's current chunks; null when unknown
 */
public record SearchResult(String subject, int chunkIndex, double score, Map<String, Integer> retrievers,
    @Nullable Integer matchedChunks, String text, Map<String, String> metadata, Instant indexedAt, int generation,
    @Nullable Instant sourceTime, @Nullable String sourcePosition, @Nullable String correlationId) {}
