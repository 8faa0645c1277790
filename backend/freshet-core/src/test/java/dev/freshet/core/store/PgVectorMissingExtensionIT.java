package dev.freshet.core.store;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.freshet.api.error.ConfigurationException;
import dev.freshet.core.StateDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class PgVectorMissingExtensionIT {

  /** The embedded PostgreSQL's binaries have no pgvector: the store cannot start there. */
  @RegisterExtension
  static final StateDatabase database = new StateDatabase();

  @Test
  void aDatabaseWithoutPgvectorStopsStartUpWithTheFix() {
    assertThatThrownBy(() -> new PgVectorStoreFactory(database.dataSource(), "freshet_chunks", "freshet.store.type"))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageStartingWith("freshet.store.type: the pgvector extension is not available in this database")
        .hasMessageContaining("create extension vector")
        .hasMessageContaining("freshet.store.type=lucene");
  }

  @Test
  void aDatabaseThatCannotBeReachedNamesTheProperty() {
    assertThatThrownBy(() -> PgVectorStoreFactory.connecting("jdbc:postgresql://localhost:1/vectors", "freshet",
        "do-not-log-me", "freshet_chunks", "freshet.store.pgvector.url"))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageStartingWith("freshet.store.pgvector.url: cannot connect to the database for the vectors")
        .hasMessageContaining("Check freshet.store.pgvector.url, .username and .password")
        .hasMessageNotContaining("do-not-log-me");
  }
}
