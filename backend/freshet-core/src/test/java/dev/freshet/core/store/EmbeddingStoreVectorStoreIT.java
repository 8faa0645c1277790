package dev.freshet.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.freshet.api.store.SearchRequest;
import dev.freshet.api.store.StoredChunk;
import dev.freshet.api.store.VectorStore;
import dev.freshet.core.StateDatabase;
import dev.freshet.testkit.VectorStoreContract;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.store.embedding.inmemory.InMemoryEmbeddingStore;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Any langchain4j EmbeddingStore as Freshet's store, here langchain4j's own {@link InMemoryEmbeddingStore}: the
 * shared contract, generations kept apart in one store, and a redelivered chunk stored once.
 */
class EmbeddingStoreVectorStoreIT extends VectorStoreContract {

  @RegisterExtension
  static final StateDatabase database = new StateDatabase();

  private static final AtomicInteger TESTS = new AtomicInteger();
  private static final InMemoryEmbeddingStore<TextSegment> embeddings = new InMemoryEmbeddingStore<>();
  private static EmbeddingStoreVectorStoreFactory factory;
  private final String generation = "g" + TESTS.incrementAndGet();

  @BeforeAll
  static void connect() {
    factory = new EmbeddingStoreVectorStoreFactory(embeddings, database.dataSource());
  }

  @Override
  protected VectorStore openStore() {
    return factory.open(generation);
  }

  @Test
  void generationsShareTheStoreApartAndDroppingOneLeavesTheOthers() {
    VectorStore other = factory.open(generation + "_other");
    store.replace("doc:1", List.of(chunk("doc:1", 0, "current", 1, 0, 0, 0)), List.of());
    other.replace("doc:1", List.of(chunk("doc:1", 0, "rebuilt", 1, 0, 0, 0)), List.of());

    assertThat(store.search(new SearchRequest(unit(1, 0, 0, 0), 5, Map.of())).vector())
        .extracting(h -> h.chunk().text()).containsExactly("current");
    factory.drop(generation + "_other");

    assertThat(other.count()).isZero();
    assertThat(other.search(new SearchRequest(unit(1, 0, 0, 0), 5, Map.of())).vector()).isEmpty();
    assertThat(store.chunksOf("doc:1")).extracting(StoredChunk::text).containsExactly("current");
  }

  @Test
  void aChunkWrittenAgainIsFoundOnceInTheStore() {
    StoredChunk chunk = chunk("doc:9", 0, "again", 0, 0, 1, 0);
    store.replace("doc:9", List.of(chunk), List.of());
    store.replace("doc:9", List.of(chunk), List.of()); // a redelivered event

    assertThat(store.search(new SearchRequest(unit(0, 0, 1, 0), 5, Map.of("subject", "doc:9"))).vector())
        .extracting(h -> h.chunk().id()).containsExactly(chunk.id());
    assertThat(new JdbcTemplate(database.dataSource()).queryForObject(
        "select count(*) from embedding_store_chunk where generation = ? and subject = 'doc:9'", Long.class,
        generation)).isOne();
  }
}
