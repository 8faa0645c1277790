package dev.freshet.core.store;

import dev.freshet.api.store.VectorStore;

/** Opens and drops the vector store of one index generation. */
public interface VectorStoreFactory {

  /** Opens (creating if needed) the store of a generation, e.g. {@code g2}. */
  VectorStore open(String generation);

  /** Deletes a generation's data; its store must be closed. */
  void drop(String generation);
}
