package dev.freshet.api.store;

import java.util.Objects;
import java.util.Set;

/**
 * The lexical half of a search.
 *
 * @param text the query as the user typed it
 * @param analyzers the analyzers whose chunks to search (a chunk's text is analyzed with its {@link
 *     StoredChunk#analyzer()}; the query is read with each of these and matched against the chunks of that analyzer)
 */
public record KeywordQuery(String text, Set<String> analyzers) {

  public KeywordQuery {
    Objects.requireNonNull(text, "text");
    analyzers = Set.copyOf(analyzers);
    if (analyzers.isEmpty()) {
      throw new IllegalArgumentException("a keyword query needs at least one analyzer");
    }
  }
}
