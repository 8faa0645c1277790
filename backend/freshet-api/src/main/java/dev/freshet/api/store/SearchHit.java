package dev.freshet.api.store;

/**
 * A chunk found by a search, with its similarity score (higher is closer; cosine similarity mapped to
 * 0..1 for normalised vectors).
 */
public record SearchHit(StoredChunk chunk, double score) {}
