package dev.freshet.api.store;

import java.util.List;

/**
 * What each retriever of a {@link SearchRequest} found, best first, from one view of the store: a document's
 * atomic replacement shows in both lists or in neither.
 *
 * @param vector the nearest chunks (empty when the request had no vector)
 * @param keyword the chunks that match the keywords, by lexical score (empty when the request had no keywords)
 */
public record SearchHits(List<SearchHit> vector, List<SearchHit> keyword) {

  public SearchHits {
    vector = List.copyOf(vector);
    keyword = List.copyOf(keyword);
  }
}
