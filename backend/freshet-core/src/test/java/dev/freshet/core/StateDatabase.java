package dev.freshet.core;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * An embedded PostgreSQL with the state database's migrations applied, durable as in production (fsync on),
 * for one test class: {@code @RegisterExtension static final StateDatabase database = new StateDatabase();}.
 */
public final class StateDatabase implements BeforeAllCallback, AfterAllCallback {

  private @Nullable EmbeddedPostgres postgres;
  private @Nullable HikariDataSource dataSource;

  @Override
  public void beforeAll(ExtensionContext context) throws Exception {
    postgres = EmbeddedPostgres.builder().setServerConfig("fsync", "on")
        .setServerConfig("synchronous_commit", "on").start();
    dataSource = new HikariDataSource();
    dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
    dataSource.setUsername("postgres");
    Flyway.configure().dataSource(dataSource).load().migrate();
  }

  public DataSource dataSource() {
    if (dataSource == null) {
      throw new IllegalStateException("the state database starts before the test class's first test");
    }
    return dataSource;
  }

  @Override
  public void afterAll(ExtensionContext context) throws Exception {
    if (dataSource != null) {
      dataSource.close();
    }
    if (postgres != null) {
      postgres.close();
    }
  }
}
