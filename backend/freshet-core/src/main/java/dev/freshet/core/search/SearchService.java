package dev.freshet.core.search;

import dev.freshet.api.store.SearchRequest;
import dev.freshet.core.index.LiveGeneration;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** Semantic search over the index: embeds the query with the indexing model and asks the store. Blocking. */
public class SearchService {

  /** The most hits one search returns. */
  public static final int MAX_K = 100;

  private final Supplier<LiveGeneration> serving;

  /** @param serving the index generation that serves search at the moment of each call */
  public SearchService(Supplier<LiveGeneration> serving) {
    this.serving = serving;
  }

  /**
   * The {@code k} chunks closest to the query among those whose metadata match {@code filter}.
   *
   * @throws IllegalArgumentException when the query is blank or k is outside 1..{@value #MAX_K}
   */
  public List<SearchResult> search(String query, int k, Map<String, String> filter) {
    if (query.isBlank()) {
      throw new IllegalArgumentException("the query is empty: pass the text to search for");
    }
    if (k < 1 || k > MAX_K) {
      throw new IllegalArgumentException("k must be between 1 and " + MAX_K + ", was " + k);
    }
    LiveGeneration generation = serving.get(); // the query must be embedded by the model of the index it searches
    float[] vector = generation.embedder().embedQuery(query);
    return generation.store().search(new SearchRequest(vector, k, filter)).stream()
        .map(hit -> new SearchResult(hit.chunk().subject(), hit.chunk().index(), hit.score(), hit.chunk().text(),
            hit.chunk().metadata(), hit.chunk().indexedAt(), generation.generation().id()))
        .toList();
  }
}
