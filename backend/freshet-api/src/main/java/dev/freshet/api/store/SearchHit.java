package dev.freshet.api.store;

/**
 * A chunk found by a search, with its retriever's score, higher is better: for a vector search, cosine similarity
 * mapped to 0..1 ({@code (1 + cos) / 2}); for a keyword search, the store's lexical score (BM25 in Lucene, {@code
 * ts_rank} in PostgreSQL), comparable only within one result list.
 */
public record SearchHit(StoredChunk chunk, double score) {}
