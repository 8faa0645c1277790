package dev.freshet.core.store;

import dev.freshet.api.store.SearchHits;
import dev.freshet.api.store.SearchRequest;
import dev.freshet.api.store.StoredChunk;
import dev.freshet.api.store.VectorStore;
import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;

/**
 * The store of whichever index generation serves search at the moment of each call, for readers that
 * do not care about generations (the document API). Writers go to each generation's own store.
 */
public record ActiveVectorStore(Supplier<VectorStore> active) implements VectorStore {

  @Override
  public void replace(String subject, Collection<StoredChunk> upserts, Collection<String> removeIds) {
    active.get().replace(subject, upserts, removeIds);
  }

  @Override
  public void removeBySubject(String subject) {
    active.get().removeBySubject(subject);
  }

  @Override
  public List<StoredChunk> chunksOf(String subject) {
    return active.get().chunksOf(subject);
  }

  @Override
  public SearchHits search(SearchRequest request) {
    return active.get().search(request);
  }

  @Override
  public boolean searchesKeywords() {
    return active.get().searchesKeywords();
  }

  @Override
  public List<String> subjects() {
    return active.get().subjects();
  }

  @Override
  public long count() {
    return active.get().count();
  }

  @Override
  public void close() {
    // the generations' stores are closed by their owner
  }
}
