package dev.freshet.core.search;

import dev.freshet.api.store.SearchHit;
import dev.freshet.api.store.SearchRequest;
import dev.freshet.core.index.DocumentState;
import dev.freshet.core.index.DocumentStates;
import dev.freshet.core.index.LiveGeneration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/** Semantic search over the index: embeds the query with the indexing model and asks the store. Blocking. */
public class SearchService {

  /** The most hits one search returns. */
  public static final int MAX_K = 100;

  private final Supplier<LiveGeneration> serving;
  private final DocumentStates states;

  /**
   * @param serving the index generation that serves search at the moment of each call
   * @param states each document's watermark, for "indexed as of" and the trace that produced it
   */
  public SearchService(Supplier<LiveGeneration> serving, DocumentStates states) {
    this.serving = serving;
    this.states = states;
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
    List<SearchHit> hits = generation.store().search(new SearchRequest(vector, k, filter));
    Map<String, Optional<DocumentState>> watermarks = new HashMap<>();
    return hits.stream().map(hit -> {
      DocumentState state = watermarks.computeIfAbsent(hit.chunk().subject(), states::find).orElse(null);
      return new SearchResult(hit.chunk().subject(), hit.chunk().index(), hit.score(), hit.chunk().text(),
          hit.chunk().metadata(), hit.chunk().indexedAt(), generation.generation().id(),
          state == null ? null : state.sourceTime(), state == null ? null : state.sourcePosition(),
          state == null ? null : state.correlationId());
    }).toList();
  }
}
