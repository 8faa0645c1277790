package dev.freshet.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.zaxxer.hikari.HikariDataSource;
import dev.freshet.api.store.SearchHit;
import dev.freshet.api.store.SearchRequest;
import dev.freshet.api.store.StoredChunk;
import dev.freshet.api.store.VectorStore;
import dev.freshet.testkit.LocalPostgres;
import dev.freshet.testkit.VectorStoreContract;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pgvector store against a real PostgreSQL with the extension (the machine's own server: see
 * {@link LocalPostgres}; {@code .ci/pgvector.sh} builds the extension where Debian has no package): the shared
 * contract, the generations of its factory, and the same hits as the Lucene index for the same chunks.
 */
class PgVectorStoreIT extends VectorStoreContract {

  @RegisterExtension
  static final LocalPostgres postgres = LocalPostgres.withExtension("vector");

  private static final AtomicInteger TESTS = new AtomicInteger();
  private static HikariDataSource dataSource;
  private static PgVectorStoreFactory factory;

  /** Each test its own generation, so its own table. */
  private final String generation = "g" + TESTS.incrementAndGet();

  @TempDir
  Path directory;

  @BeforeAll
  static void connect() {
    dataSource = new HikariDataSource();
    dataSource.setJdbcUrl(postgres.jdbcUrl());
    dataSource.setUsername("postgres");
    factory = new PgVectorStoreFactory(dataSource, "test_chunks", "freshet.store.type");
  }

  @AfterAll
  static void disconnect() {
    if (dataSource != null) {
      dataSource.close();
    }
  }

  @Override
  protected VectorStore openStore() {
    return factory.open(generation);
  }

  @Test
  void generationsAreSeparateAndDroppingOneLeavesTheOthers() {
    try (VectorStore other = factory.open(generation + "_other")) {
      store.replace("doc:1", List.of(chunk("doc:1", 0, "current", 1, 0, 0, 0)), List.of());
      other.replace("doc:1", List.of(chunk("doc:1", 0, "rebuilt", 0, 1, 0, 0)), List.of());

      assertThat(store.chunksOf("doc:1")).extracting(StoredChunk::text).containsExactly("current");
      assertThat(other.chunksOf("doc:1")).extracting(StoredChunk::text).containsExactly("rebuilt");

      factory.drop(generation + "_other");

      assertThat(factory.open(generation + "_other").count()).isZero();
      assertThat(store.chunksOf("doc:1")).extracting(StoredChunk::text).containsExactly("current");
    }
  }

  /** A console instance that only searches opens its store before a worker's first write creates the table. */
  @Test
  void aStoreOpenedBeforeAnotherInstanceCreatedTheTableSeesItsChunks() {
    assertThat(store.count()).isZero();
    PgVectorStoreFactory otherInstance = new PgVectorStoreFactory(dataSource, "test_chunks", "freshet.store.type");
    otherInstance.open(generation).replace("doc:1", List.of(chunk("doc:1", 0, "written by a worker", 1, 0, 0, 0)),
        List.of());

    assertThat(store.chunksOf("doc:1")).extracting(StoredChunk::text).containsExactly("written by a worker");
    assertThat(store.search(new SearchRequest(unit(1, 0, 0, 0), 1, Map.of())).vector()).hasSize(1);
  }

  @Test
  void anEmptyStoreReadsAsEmptyBeforeItsFirstWrite() {
    assertThat(store.count()).isZero();
    assertThat(store.subjects()).isEmpty();
    assertThat(store.chunksOf("doc:1")).isEmpty();
    assertThat(store.search(new SearchRequest(unit(1, 0, 0, 0), 3, Map.of())).vector()).isEmpty();
    store.removeBySubject("doc:1"); // nothing to remove, and no error
  }

  @Test
  void aVectorOfAnotherDimensionIsRefused() {
    store.replace("doc:1", List.of(chunk("doc:1", 0, "four", 1, 0, 0, 0)), List.of());

    assertThatThrownBy(() -> store.replace("doc:2", List.of(chunk("doc:2", 0, "three", 1, 0, 0)), List.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("3 dimensions").hasMessageContaining("4");
    assertThatThrownBy(() -> store.search(new SearchRequest(unit(1, 0, 0), 1, Map.of())).vector())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("3 dimensions");
  }

  /**
   * A filter that rejects the nearest neighbours, searched through the HNSW index: a plain index scan would look at
   * its candidate list (ef_search long), filter it and return fewer than k; the iterative scan goes on until it has
   * k. (This test's connections forbid the other plans, which a small table would get: a scan of every row, exact.)
   */
  @Test
  void aSelectiveFilterStillReturnsKHitsFromTheHnswIndex() {
    try (HikariDataSource indexOnly = new HikariDataSource()) {
      indexOnly.setJdbcUrl(postgres.jdbcUrl());
      indexOnly.setUsername("postgres");
      indexOnly.setConnectionInitSql("set enable_seqscan = off; set enable_bitmapscan = off");
      VectorStore hnsw = new PgVectorStoreFactory(indexOnly, "test_chunks", "freshet.store.type").open(generation);
      Random random = new Random(7);
      for (int i = 0; i < 2_000; i++) {
        String lang = i % 100 == 0 ? "rare" : "common";
        hnsw.replace("doc:" + i, List.of(new StoredChunk("doc:" + i + "#0", "doc:" + i, 0, "text " + i,
            unit(1 + random.nextFloat() / 10, random.nextFloat() / 10, random.nextFloat() / 10, random.nextFloat() / 10),
            Map.of("lang", lang), Instant.parse("2026-01-01T00:00:00Z"))), List.of());
      }

      List<SearchHit> hits = hnsw.search(new SearchRequest(unit(1, 0, 0, 0), 15, Map.of("lang", "rare"))).vector();

      assertThat(hits).hasSize(15).allSatisfy(hit -> assertThat(hit.chunk().metadata()).containsEntry("lang", "rare"));
    }
  }

  /** Swapping the store changes no result: the same order and the same scores as the Lucene index. */
  @Test
  void searchesFindWhatTheLuceneIndexFindsWithTheSameScores() {
    Random random = new Random(11);
    List<StoredChunk> chunks = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      chunks.add(new StoredChunk("doc:" + i + "#0", "doc:" + i, 0, "text " + i,
          unit(random.nextFloat() - 0.5f, random.nextFloat() - 0.5f, random.nextFloat() - 0.5f,
              random.nextFloat() - 0.5f), Map.of("lang", i % 2 == 0 ? "en" : "de"),
          Instant.parse("2026-01-01T00:00:00Z")));
    }
    try (LuceneVectorStore lucene = new LuceneVectorStore(directory)) {
      // from many threads: Lucene's writes share commits at least 250 ms apart, so one at a time would take 75 s
      try (ExecutorService writers = Executors.newFixedThreadPool(50)) {
        for (StoredChunk chunk : chunks) {
          writers.execute(() -> {
            store.replace(chunk.subject(), List.of(chunk), List.of());
            lucene.replace(chunk.subject(), List.of(chunk), List.of());
          });
        }
      }
      assertThat(lucene.count()).isEqualTo(300);
      assertThat(store.count()).isEqualTo(300);
      for (int q = 0; q < 20; q++) {
        SearchRequest request = new SearchRequest(unit(random.nextFloat() - 0.5f, random.nextFloat() - 0.5f,
            random.nextFloat() - 0.5f, random.nextFloat() - 0.5f), 5, q % 2 == 0 ? Map.of() : Map.of("lang", "de"));

        List<SearchHit> fromPg = store.search(request).vector();
        List<SearchHit> fromLucene = lucene.search(request).vector();

        assertThat(fromPg).extracting(h -> h.chunk().id())
            .containsExactlyElementsOf(fromLucene.stream().map(h -> h.chunk().id()).toList());
        for (int i = 0; i < fromPg.size(); i++) {
          assertThat(fromPg.get(i).score()).isCloseTo(fromLucene.get(i).score(), within(1e-5));
        }
      }
    }
  }
}
