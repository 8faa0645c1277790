package dev.freshet.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.freshet.api.store.StoredChunk;
import dev.freshet.api.store.VectorStore;
import dev.freshet.testkit.VectorStoreContract;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LuceneVectorStoreTest extends VectorStoreContract {

  @TempDir
  Path directory;

  @Override
  protected VectorStore openStore() {
    return new LuceneVectorStore(directory);
  }

  /**
   * Refreshes are shared between writers, so one may come while another writer is half-way through a document's
   * writes: a reader must still see each document whole, its old chunks or its new ones.
   */
  @Test
  void aSharedRefreshNeverShowsHalfADocument() throws Exception {
    try (LuceneVectorStore store = new LuceneVectorStore(directory.resolve("whole"))) {
      Set<String> seen = ConcurrentHashMap.newKeySet();
      Thread other = Thread.ofPlatform().start(() -> { // another writer: its refreshes land at any moment
        for (int i = 0; !Thread.currentThread().isInterrupted() && i < 10_000; i++) {
          store.replace("other", List.of(chunk("other", 0, "other " + i)), List.of());
        }
      });
      Thread reader = Thread.ofPlatform().start(() -> {
        while (!Thread.currentThread().isInterrupted()) {
          List<StoredChunk> chunks = store.chunksOf("doc");
          seen.add(chunks.size() + " chunks of versions "
              + chunks.stream().map(c -> c.text().split(" ")[0]).collect(Collectors.toCollection(java.util.TreeSet::new)));
        }
      });
      List<String> previous = List.of();
      for (int version = 1; version <= 20; version++) {
        List<StoredChunk> chunks = versionOf(version);
        store.replace("doc", chunks, previous);
        previous = chunks.stream().map(StoredChunk::id).toList();
      }
      reader.interrupt();
      other.interrupt();
      reader.join(10_000);
      other.join(10_000);

      assertThat(seen).allMatch(s -> s.equals("0 chunks of versions []") || s.matches("40 chunks of versions \\[v\\d+]"));
    }
  }

  private static List<StoredChunk> versionOf(int version) {
    return IntStream.range(0, 40).mapToObj(i -> chunk("doc", i, "v" + version + " chunk " + i)).toList();
  }

  private static StoredChunk chunk(String subject, int index, String text) {
    return new StoredChunk(subject + ":" + index + ":" + text.hashCode(), subject, index, text,
        new float[] {1, index, text.length(), 0.5f}, Map.of(), Instant.now());
  }
}
