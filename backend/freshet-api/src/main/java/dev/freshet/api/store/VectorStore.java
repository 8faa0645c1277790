package dev.freshet.api.store;

import java.util.Collection;
import java.util.List;

/**
 * Where chunks and their vectors live. Every implementation passes the contract suite in
 * {@code freshet-testkit} ({@code VectorStoreContract}).
 *
 * <p>All methods are blocking and thread-safe. A method returns only after its effect is durable and
 * visible to {@link #search}.
 */
public interface VectorStore extends AutoCloseable {

  /**
   * Replaces the document's chunks in one step: writes {@code upserts} (inserted or replaced by id),
   * then removes {@code removeIds}. Searches see either the old chunks or the new ones, never a
   * document with no chunks.
   */
  void replace(String subject, Collection<StoredChunk> upserts, Collection<String> removeIds);

  /** Removes every chunk of the subject. */
  void removeBySubject(String subject);

  /** The subject's chunks, ordered by index. */
  List<StoredChunk> chunksOf(String subject);

  /**
   * The chunks among those matching the request's filter that are nearest to its vector and that best match its
   * keywords, each list best first, both from one view of the store (see {@link SearchHits}).
   *
   * @throws UnsupportedOperationException for keywords, when the store {@linkplain #searchesKeywords() has no
   *     lexical index}
   */
  SearchHits search(SearchRequest request);

  /** Whether the store answers keyword searches (and so hybrid ones); false for a vector-only store. */
  default boolean searchesKeywords() {
    return false;
  }

  /** How many chunks the store holds. */
  long count();

  /**
   * Every subject with at least one chunk, each once, for the drift audit: it may read the whole index, and
   * concurrent writes may or may not be seen.
   */
  List<String> subjects();

  @Override
  default void close() {
    // nothing by default
  }
}
