package dev.freshet.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.freshet.api.store.KeywordQuery;
import dev.freshet.api.store.SearchHit;
import dev.freshet.api.store.SearchRequest;
import dev.freshet.api.store.StoredChunk;
import dev.freshet.api.store.VectorStore;
import dev.freshet.testkit.VectorStoreContract;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
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
      // stopped by a flag: an interrupt during a commit's fsync closes Lucene's channel and its write lock with it
      AtomicBoolean done = new AtomicBoolean();
      Thread other = Thread.ofPlatform().start(() -> { // another writer: its refreshes land at any moment
        for (int i = 0; !done.get() && i < 10_000; i++) {
          store.replace("other", List.of(chunk("other", 0, "other " + i)), List.of());
        }
      });
      Thread reader = Thread.ofPlatform().start(() -> {
        while (!done.get()) {
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
      done.set(true);
      reader.join(10_000);
      other.join(10_000);

      assertThat(seen).allMatch(s -> s.equals("0 chunks of versions []") || s.matches("40 chunks of versions \\[v\\d+]"));
    }
  }

  /**
   * A document is read from memory from the moment its writes are applied until a refresh shows it: searches,
   * reads and the count see the new chunks, and neither the stale nor the removed ones, while the refresh is held.
   */
  @Test
  void aWriteIsSearchableBeforeTheRefreshThatCoversIt() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    AtomicBoolean hold = new AtomicBoolean();
    try (LuceneVectorStore store = new LuceneVectorStore(directory.resolve("memory"), () -> {
      if (hold.get()) {
        try {
          release.await();
        } catch (InterruptedException e) {
          throw new java.io.InterruptedIOException();
        }
      }
    })) {
      StoredChunk old = chunk("doc", 0, "old", 1, 0, 0, 0);
      store.replace("doc", List.of(old, chunk("doc", 1, "kept", 0, 0, 1, 0)), List.of());
      store.replace("gone", List.of(chunk("gone", 0, "gone", 0, 1, 0, 0)), List.of());
      assertThat(store.documentsInMemory()).isZero();

      hold.set(true);
      StoredChunk fresh = chunk("doc", 0, "fresh", 0, 1, 0, 0);
      Thread replacing = Thread.ofPlatform().start(() -> store.replace("doc", List.of(fresh), List.of(old.id())));
      Thread removing = Thread.ofPlatform().start(() -> store.removeBySubject("gone"));
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
      while (store.documentsInMemory() < 2 && System.nanoTime() < deadline) {
        Thread.onSpinWait();
      }

      assertThat(replacing.isAlive() && removing.isAlive()).as("both writes wait for the held refresh").isTrue();
      assertThat(store.chunksOf("doc")).extracting(StoredChunk::text).containsExactly("fresh", "kept");
      assertThat(store.chunksOf("gone")).isEmpty();
      assertThat(store.count()).isEqualTo(2);
      List<SearchHit> north = store.search(new SearchRequest(new float[] {0, 1, 0, 0}, 3, Map.of())).vector();
      assertThat(north).extracting(h -> h.chunk().text()).containsExactly("fresh", "kept");
      assertThat(north.get(0).score()).isEqualTo(1.0, within(1e-6));
      assertThat(store.search(new SearchRequest(new float[] {0, 1, 0, 0}, 1, Map.of("lang", "de"))).vector()).isEmpty();
      assertThat(store.search(new SearchRequest(new float[] {0, 0, 1, 0}, 3, Map.of("subject", "doc"))).vector())
          .extracting(h -> h.chunk().text()).containsExactly("kept", "fresh");
      // keyword search too: the new chunk from memory, scored beside the searcher's, and not the replaced or removed
      assertThat(keywords(store, "fresh old gone kept", Map.of())).extracting(h -> h.chunk().text())
          .containsExactlyInAnyOrder("fresh", "kept");
      assertThat(keywords(store, "fresh", Map.of("lang", "de"))).isEmpty();
      assertThat(keywords(store, "fresh", Map.of("subject", "doc"))).extracting(h -> h.chunk().text())
          .containsExactly("fresh");

      // later writes of the same documents, still before a refresh, build on the writes in memory
      StoredChunk kept = store.chunksOf("doc").get(1);
      Thread again = Thread.ofPlatform().start(() -> store.replace("doc", List.of(chunk("doc", 2, "more", 0.2f, 0, 0, 1)),
          List.of(kept.id())));
      Thread back = Thread.ofPlatform().start(() -> store.replace("gone", List.of(chunk("gone", 0, "back", 1, 0, 0, 0)),
          List.of()));
      while ((store.chunksOf("doc").stream().noneMatch(c -> c.text().equals("more")) || store.chunksOf("gone").isEmpty())
          && System.nanoTime() < deadline) {
        Thread.onSpinWait();
      }
      assertThat(store.chunksOf("doc")).extracting(StoredChunk::text).containsExactly("fresh", "more");
      assertThat(store.chunksOf("gone")).extracting(StoredChunk::text).containsExactly("back");
      assertThat(store.count()).isEqualTo(3);
      assertThat(store.search(new SearchRequest(new float[] {1, 0, 0, 0}, 5, Map.of())).vector())
          .extracting(h -> h.chunk().text()).containsExactly("back", "more", "fresh");
      List<SearchHit> fromMemory = keywords(store, "back more kept", Map.of());
      assertThat(fromMemory).extracting(h -> h.chunk().text()).containsExactlyInAnyOrder("back", "more");

      release.countDown();
      for (Thread writer : List.of(replacing, removing, again, back)) {
        writer.join(10_000);
      }
      assertThat(store.documentsInMemory()).isZero();
      assertThat(store.chunksOf("doc")).extracting(StoredChunk::text).containsExactly("fresh", "more");
      assertThat(store.chunksOf("gone")).extracting(StoredChunk::text).containsExactly("back");
      assertThat(store.count()).isEqualTo(3);
      assertThat(store.search(new SearchRequest(new float[] {1, 0, 0, 0}, 5, Map.of())).vector())
          .extracting(h -> h.chunk().text()).containsExactly("back", "more", "fresh");
      assertThat(keywords(store, "back more kept", Map.of())).extracting(h -> h.chunk().text())
          .containsExactlyInAnyOrder("back", "more");
    }
  }

  /**
   * A chunk in memory is scored with the searcher's statistics and its own length, as the index scores it after the
   * refresh: the same BM25 score, so its rank among the indexed chunks is the rank it will keep.
   */
  @Test
  void aChunkInMemoryScoresAsItWillOnceRefreshed() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    AtomicBoolean hold = new AtomicBoolean();
    List<StoredChunk> background = IntStream.range(0, 50).mapToObj(i -> chunk("bg" + i, 0,
        "ferries and harbour number " + i + (i % 3 == 0 ? " leave at noon" : " stay in port"))).toList();
    StoredChunk edited = chunk("edited", 0, "The ferry leaves at noon. Bicycles ride free on Sundays.");
    try (LuceneVectorStore refreshed = new LuceneVectorStore(directory.resolve("refreshed"));
        LuceneVectorStore held = new LuceneVectorStore(directory.resolve("held"), () -> {
          if (hold.get()) {
            try {
              release.await();
            } catch (InterruptedException e) {
              throw new java.io.InterruptedIOException();
            }
          }
        })) {
      for (StoredChunk chunk : background) {
        refreshed.replace(chunk.subject(), List.of(chunk), List.of());
        held.replace(chunk.subject(), List.of(chunk), List.of());
      }
      refreshed.replace("edited", List.of(edited), List.of());
      hold.set(true);
      Thread writing = Thread.ofPlatform().start(() -> held.replace("edited", List.of(edited), List.of()));
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
      while (held.documentsInMemory() < 1 && System.nanoTime() < deadline) {
        Thread.onSpinWait();
      }

      List<SearchHit> fromMemory = keywords(held, "bicycles at noon on sundays", Map.of());
      List<SearchHit> fromIndex = keywords(refreshed, "bicycles at noon on sundays", Map.of());
      assertThat(writing.isAlive()).as("the write waits for the held refresh").isTrue();
      release.countDown();
      writing.join(10_000);

      assertThat(fromMemory).extracting(h -> h.chunk().subject())
          .containsExactlyElementsOf(fromIndex.stream().map(h -> h.chunk().subject()).toList());
      assertThat(fromMemory.get(0).chunk().subject()).isEqualTo("edited");
      for (int i = 0; i < fromIndex.size(); i++) {
        assertThat(fromMemory.get(i).score()).isCloseTo(fromIndex.get(i).score(), within(1e-5));
      }
    }
  }

  private static List<SearchHit> keywords(LuceneVectorStore store, String text, Map<String, String> filter) {
    return store.search(new SearchRequest(null, new KeywordQuery(text, Set.of("english")), 5, filter)).keyword();
  }

  private static List<StoredChunk> versionOf(int version) {
    return IntStream.range(0, 40).mapToObj(i -> chunk("doc", i, "v" + version + " chunk " + i)).toList();
  }

  private static StoredChunk chunk(String subject, int index, String text) {
    return new StoredChunk(subject + ":" + index + ":" + text.hashCode(), subject, index, text,
        new float[] {1, index, text.length(), 0.5f}, Map.of(), Instant.now());
  }
}
