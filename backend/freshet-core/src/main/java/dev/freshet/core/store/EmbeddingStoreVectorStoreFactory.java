package dev.freshet.core.store;

import dev.freshet.api.store.VectorStore;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.store.embedding.EmbeddingStore;
import dev.langchain4j.store.embedding.filter.MetadataFilterBuilder;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Index generations in one langchain4j {@link EmbeddingStore} ({@code freshet.store.type=embedding-store}, with the
 * application's {@code EmbeddingStore<TextSegment>} bean), with their inventory in the state database; see {@link
 * EmbeddingStoreVectorStore}. The store must support removing by id and by metadata filter, and filtering searches
 * by metadata equality.
 */
public final class EmbeddingStoreVectorStoreFactory implements VectorStoreFactory {

  private final EmbeddingStore<TextSegment> store;
  private final JdbcTemplate jdbc;
  private final TransactionTemplate tx;

  /** @param state the state database, which keeps the inventory */
  public EmbeddingStoreVectorStoreFactory(EmbeddingStore<TextSegment> store, DataSource state) {
    this.store = store;
    this.jdbc = new JdbcTemplate(state);
    this.tx = new TransactionTemplate(new DataSourceTransactionManager(state));
  }

  @Override
  public VectorStore open(String generation) {
    return new EmbeddingStoreVectorStore(store, jdbc, tx, generation);
  }

  @Override
  public void drop(String generation) {
    store.removeAll(MetadataFilterBuilder.metadataKey(EmbeddingStoreVectorStore.GENERATION).isEqualTo(generation));
    jdbc.update("delete from embedding_store_chunk where generation = ?", generation);
  }
}
