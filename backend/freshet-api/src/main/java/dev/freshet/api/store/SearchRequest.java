package dev.freshet.api.store;

import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A search: by vector (nearest neighbours), by keywords (lexical, BM25-like), or both from one view of the store.
 *
 * @param vector the query embedding; null for no vector retrieval
 * @param keywords the query text and the analyzers to read it with; null for no keyword retrieval
 * @param k how many hits at most per retriever, 1 or more
 * @param filter metadata equality filter: a hit's metadata must hold every entry; empty for none.
 *     The key {@code subject} filters on the chunk's subject. It applies to both retrievers.
 */
public record SearchRequest(float @Nullable [] vector, @Nullable KeywordQuery keywords, int k,
    Map<String, String> filter) {

  public SearchRequest {
    if (vector == null && keywords == null) {
      throw new IllegalArgumentException("a search needs a vector, keywords or both");
    }
    if (k < 1) {
      throw new IllegalArgumentException("k must be 1 or more, was " + k);
    }
    filter = Map.copyOf(filter);
  }

  /** A vector-only search. */
  public SearchRequest(float[] vector, int k, Map<String, String> filter) {
    this(Objects.requireNonNull(vector, "vector"), null, k, filter);
  }
}
