package dev.freshet.core.store;

import dev.freshet.api.store.VectorStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Lucene indexes in one directory per generation: {@code <root>/g1}, {@code <root>/g2}, ... */
public record LuceneVectorStoreFactory(Path root) implements VectorStoreFactory {

  @Override
  public VectorStore open(String generation) {
    return new LuceneVectorStore(root.resolve(generation));
  }

  @Override
  public void drop(String generation) {
    Path directory = root.resolve(generation);
    if (!Files.exists(directory)) {
      return;
    }
    try (Stream<Path> files = Files.walk(directory)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(file);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete " + directory + ": " + e.getMessage(), e);
    }
  }
}
