package dev.freshet.core;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/** An embedded PostgreSQL with the state database's migrations applied, durable as in production (fsync on). */
public final class StateDatabase implements AutoCloseable {

  private final EmbeddedPostgres postgres;
  private final HikariDataSource dataSource;

  private StateDatabase(EmbeddedPostgres postgres, HikariDataSource dataSource) {
    this.postgres = postgres;
    this.dataSource = dataSource;
  }

  public static StateDatabase start() throws IOException {
    EmbeddedPostgres postgres = EmbeddedPostgres.builder().setServerConfig("fsync", "on")
        .setServerConfig("synchronous_commit", "on").start();
    HikariDataSource dataSource = new HikariDataSource();
    dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
    dataSource.setUsername("postgres");
    Flyway.configure().dataSource(dataSource).load().migrate();
    return new StateDatabase(postgres, dataSource);
  }

  public DataSource dataSource() {
    return dataSource;
  }

  @Override
  public void close() throws IOException {
    dataSource.close();
    postgres.close();
  }
}
