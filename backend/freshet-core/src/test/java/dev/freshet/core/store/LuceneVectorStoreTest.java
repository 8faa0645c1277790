package dev.freshet.core.store;

import dev.freshet.api.store.VectorStore;
import dev.freshet.testkit.VectorStoreContract;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

class LuceneVectorStoreTest extends VectorStoreContract {

  @TempDir
  Path directory;

  @Override
  protected VectorStore openStore() {
    return new LuceneVectorStore(directory);
  }
}
