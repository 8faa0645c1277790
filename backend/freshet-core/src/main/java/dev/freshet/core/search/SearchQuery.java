package dev.freshet.core.search;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A search as a reader asks it.
 *
 * @param text what to search for
 * @param k how many hits, 1 to {@value SearchService#MAX_K}
 * @param filter metadata equality filter ({@code subject} filters on the document); empty for none
 * @param mode the retrievers; null for the default ({@link SearchMode#HYBRID} where the store has a lexical index,
 *     else {@link SearchMode#VECTOR})
 * @param byDocument whether to return documents (each its best chunk, with how many of its chunks matched) instead
 *     of chunks
 * @param minScore hits scoring below it are cut; null for none. On the mode's scale: see {@link SearchResult#score()}
 */
public record SearchQuery(String text, int k, Map<String, String> filter, @Nullable SearchMode mode,
    boolean byDocument, @Nullable Double minScore) {

  public SearchQuery {
    filter = Map.copyOf(filter);
  }

  /** The k best chunks by the default mode, unfiltered. */
  public static SearchQuery of(String text, int k) {
    return new SearchQuery(text, k, Map.of(), null, false, null);
  }
}
