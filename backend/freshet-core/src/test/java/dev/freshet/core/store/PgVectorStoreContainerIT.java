package dev.freshet.core.store;

import com.zaxxer.hikari.HikariDataSource;
import dev.freshet.api.store.VectorStore;
import dev.freshet.testkit.VectorStoreContract;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.postgresql.PostgreSQLContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * The pgvector store's contract against the image docker-compose.yml runs ({@code pgvector/pgvector:pg17}), on hosts
 * with Docker; skipped where there is none (these project's machines: {@link PgVectorStoreIT} runs the same suite
 * against the machine's own PostgreSQL with the extension).
 */
@Testcontainers(disabledWithoutDocker = true)
class PgVectorStoreContainerIT extends VectorStoreContract {

  @Container
  static final PostgreSQLContainer postgres = new PostgreSQLContainer(
      DockerImageName.parse("pgvector/pgvector:pg17").asCompatibleSubstituteFor("postgres"));

  private static final AtomicInteger TESTS = new AtomicInteger();
  private static HikariDataSource dataSource;
  private static PgVectorStoreFactory factory;
  private final String generation = "g" + TESTS.incrementAndGet();

  @BeforeAll
  static void connect() {
    dataSource = new HikariDataSource();
    dataSource.setJdbcUrl(postgres.getJdbcUrl());
    dataSource.setUsername(postgres.getUsername());
    dataSource.setPassword(postgres.getPassword());
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
}
