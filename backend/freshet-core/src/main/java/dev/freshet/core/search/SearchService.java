package dev.freshet.core.search;

import dev.freshet.api.store.KeywordQuery;
import dev.freshet.api.store.SearchHits;
import dev.freshet.api.store.SearchRequest;
import dev.freshet.core.index.DocumentState;
import dev.freshet.core.index.DocumentStates;
import dev.freshet.core.index.LiveGeneration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Search over the index: keyword, vector or both fused ({@link SearchMode}), filtered, by chunk or by document.
 * Embeds the query with the model of the generation it searches. Blocking.
 */
public class SearchService {

  /** The most hits one search returns. */
  public static final int MAX_K = 100;
  /** The longest query, in characters: the models read 256 to 512 tokens, and a query is a question, not a document. */
  public static final int MAX_QUERY_CHARS = 1_000;
  /**
   * How deep each retriever's list goes before fusion: a chunk ranked 40th by one retriever and 3rd by the other must
   * be seen by both to be fused well, and a deeper list costs more (BM25 scores and reads every hit).
   */
  static final int FUSION_DEPTH = 50;
  /** How many chunks per wanted document a search by document reads, at most {@value #MAX_CHUNKS_BY_DOCUMENT}. */
  private static final int CHUNKS_PER_DOCUMENT = 5;
  private static final int MAX_CHUNKS_BY_DOCUMENT = 500;

  private final Supplier<LiveGeneration> serving;
  private final DocumentStates states;
  private final Supplier<Set<String>> analyzers;

  /**
   * @param serving the index generation that serves search at the moment of each call
   * @param states each document's watermark, for "indexed as of" and the trace that produced it
   * @param analyzers the analyzers the sources' text is read with: a keyword query is read with each
   */
  public SearchService(Supplier<LiveGeneration> serving, DocumentStates states, Supplier<Set<String>> analyzers) {
    this.serving = serving;
    this.states = states;
    this.analyzers = analyzers;
  }

  /**
   * The best hits for the query.
   *
   * @throws IllegalArgumentException when the query is blank or too long, k is outside 1..{@value #MAX_K}, minScore is
   *     not a number, or the mode needs a lexical index the store does not have
   */
  public List<SearchResult> search(SearchQuery query) {
    validate(query);
    LiveGeneration generation = serving.get(); // the query must be embedded by the model of the index it searches
    boolean lexical = generation.store().searchesKeywords();
    SearchMode mode = query.mode() != null ? query.mode() : lexical ? SearchMode.HYBRID : SearchMode.VECTOR;
    if (mode != SearchMode.VECTOR && !lexical) {
      throw new IllegalArgumentException("the configured vector store answers vector searches only, not "
          + mode.name().toLowerCase(Locale.ROOT) + " ones: search with mode=vector, or use the lucene or pgvector store "
          + "(freshet.store.type)");
    }
    int wanted = query.byDocument() ? Math.min(query.k() * CHUNKS_PER_DOCUMENT, MAX_CHUNKS_BY_DOCUMENT) : query.k();
    int depth = mode == SearchMode.HYBRID ? Math.max(wanted, FUSION_DEPTH) : wanted;
    SearchHits hits = generation.store().search(new SearchRequest(
        mode == SearchMode.KEYWORD ? null : generation.embedder().embedQuery(query.text()),
        mode == SearchMode.VECTOR ? null : new KeywordQuery(query.text(), analyzers.get()), depth, query.filter()));
    List<Fusion.Ranked> ranked = switch (mode) {
      case VECTOR -> Fusion.single("vector", hits.vector());
      case KEYWORD -> Fusion.single("keyword", hits.keyword());
      case HYBRID -> {
        Map<String, List<dev.freshet.api.store.SearchHit>> lists = new LinkedHashMap<>();
        lists.put("vector", hits.vector());
        lists.put("keyword", hits.keyword());
        yield Fusion.reciprocalRank(lists);
      }
    };
    if (query.minScore() != null) {
      double min = query.minScore();
      ranked = ranked.stream().filter(r -> r.score() >= min).toList();
    }
    return query.byDocument() ? byDocument(ranked, query.k(), generation) : byChunk(ranked, query.k(), generation);
  }

  private List<SearchResult> byChunk(List<Fusion.Ranked> ranked, int k, LiveGeneration generation) {
    List<Fusion.Ranked> top = ranked.stream().limit(k).toList();
    Map<String, DocumentState> watermarks = states.findAll(top.stream().map(r -> r.chunk().subject()).toList());
    return top.stream().map(r -> result(r, null, generation, watermarks)).toList();
  }

  /** Each document once, at the place of its best chunk, with how many of its chunks matched. */
  private List<SearchResult> byDocument(List<Fusion.Ranked> ranked, int k, LiveGeneration generation) {
    Map<String, Fusion.Ranked> best = new LinkedHashMap<>();
    Map<String, Integer> matched = new HashMap<>();
    for (Fusion.Ranked r : ranked) {
      best.putIfAbsent(r.chunk().subject(), r);
      matched.merge(r.chunk().subject(), 1, Integer::sum);
    }
    List<Fusion.Ranked> top = best.values().stream().limit(k).toList();
    Map<String, DocumentState> watermarks = states.findAll(top.stream().map(r -> r.chunk().subject()).toList());
    return top.stream().map(r -> result(r, matched.get(r.chunk().subject()), generation, watermarks)).toList();
  }

  private SearchResult result(Fusion.Ranked r, @Nullable Integer matchedChunks, LiveGeneration generation,
      Map<String, DocumentState> watermarks) {
    DocumentState state = watermarks.get(r.chunk().subject()); // read for all results in one query
    return new SearchResult(r.chunk().subject(), r.chunk().index(), r.score(), r.retrievers(), matchedChunks,
        r.chunk().text(), r.chunk().metadata(), r.chunk().indexedAt(), generation.generation().id(),
        state == null ? null : state.sourceTime(), state == null ? null : state.sourcePosition(),
        state == null ? null : state.correlationId());
  }

  private static void validate(SearchQuery query) {
    if (query.text().isBlank()) {
      throw new IllegalArgumentException("the query is empty: pass the text to search for");
    }
    if (query.text().length() > MAX_QUERY_CHARS) {
      throw new IllegalArgumentException("the query has " + query.text().length() + " characters; at most "
          + MAX_QUERY_CHARS + " are read: ask a question or give keywords, not a document");
    }
    if (query.k() < 1 || query.k() > MAX_K) {
      throw new IllegalArgumentException("k must be between 1 and " + MAX_K + ", was " + query.k());
    }
    if (query.minScore() != null && (query.minScore().isNaN() || query.minScore().isInfinite())) {
      throw new IllegalArgumentException("minScore must be a number, was " + query.minScore());
    }
  }
}
