package dev.freshet.api.store;

import java.util.Map;
import java.util.Objects;

/**
 * A nearest-neighbour query.
 *
 * @param vector the query embedding
 * @param k how many hits at most, 1 or more
 * @param filter metadata equality filter: a hit's metadata must hold every entry; empty for none.
 *     The key {@code subject} filters on the chunk's subject.
 */
public record SearchRequest(float[] vector, int k, Map<String, String> filter) {

  public SearchRequest {
    Objects.requireNonNull(vector, "vector");
    if (k < 1) {
      throw new IllegalArgumentException("k must be 1 or more, was " + k);
    }
    filter = Map.copyOf(filter);
  }
}
