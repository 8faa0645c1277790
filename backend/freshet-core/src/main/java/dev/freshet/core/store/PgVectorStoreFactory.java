package dev.freshet.core.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.freshet.api.error.ConfigurationException;
import dev.freshet.api.store.VectorStore;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * pgvector stores in one database, a table per generation: {@code <prefix>_g1}, {@code <prefix>_g2}, ... Creating the
 * factory checks that the extension is there (creating it if the user may) and fails start-up with the fix if not.
 */
public final class PgVectorStoreFactory implements VectorStoreFactory, AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(PgVectorStoreFactory.class);
  private static final Pattern NAME = Pattern.compile("[a-z_][a-z0-9_]{0,40}");

  private final JdbcTemplate jdbc;
  private final TransactionTemplate tx;
  private final String prefix;
  /** The connection pool this factory opened itself, closed with it. */
  private final @Nullable HikariDataSource pool;

  /**
   * @param property the property that chose this database, named in start-up errors
   * @param prefix the tables' common prefix: lowercase letters, digits and underscores
   */
  public PgVectorStoreFactory(DataSource dataSource, String prefix, String property) {
    this(dataSource, null, prefix, property);
  }

  /**
   * Opens a pool of its own to the database at {@code url} (closed with the factory).
   *
   * @param property the property that names the database, for start-up errors
   */
  public static PgVectorStoreFactory connecting(String url, @Nullable String username, @Nullable String password,
      String prefix, String property) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(url);
    config.setUsername(username);
    config.setPassword(password);
    config.setPoolName("freshet-pgvector");
    config.setMaximumPoolSize(10);
    config.setConnectionTimeout(10_000); // a wrong URL stops start-up after 10 s, not Hikari's 30
    config.setInitializationFailTimeout(-1); // connection errors surface below, with the property named
    HikariDataSource pool = new HikariDataSource(config);
    try {
      return new PgVectorStoreFactory(pool, pool, prefix, property);
    } catch (RuntimeException e) {
      pool.close();
      throw e;
    }
  }

  private PgVectorStoreFactory(DataSource dataSource, @Nullable HikariDataSource pool, String prefix,
      String property) {
    if (!NAME.matcher(prefix).matches()) {
      throw new IllegalArgumentException("a table prefix of lowercase letters, digits and underscores, was " + prefix);
    }
    this.jdbc = new JdbcTemplate(dataSource);
    this.tx = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
    this.prefix = prefix;
    this.pool = pool;
    try {
      jdbc.queryForObject("select 1", Integer.class);
    } catch (DataAccessException e) {
      throw new ConfigurationException(property, "cannot connect to the database for the vectors: "
          + e.getMostSpecificCause().getMessage(), "Check freshet.store.pgvector.url, .username and .password (unset, "
          + "the vectors go to the state database)");
    }
    String version;
    try {
      jdbc.execute("create extension if not exists vector");
      version = jdbc.queryForObject("select extversion from pg_extension where extname = 'vector'", String.class);
    } catch (DataAccessException e) {
      throw PgVectorStore.missingExtension(property, e.getMostSpecificCause().getMessage());
    }
    if (version != null && olderThan(version, 0, 8)) {
      log.warn("pgvector {} is installed; 0.8 or newer is recommended: before it, a search with a filter may return "
          + "fewer hits than asked for (no iterative index scans)", version);
    }
  }

  @Override
  public VectorStore open(String generation) {
    return new PgVectorStore(jdbc, tx, table(generation));
  }

  @Override
  public void drop(String generation) {
    jdbc.execute("drop table if exists " + table(generation));
  }

  @Override
  public void close() {
    if (pool != null) {
      pool.close();
    }
  }

  private String table(String generation) {
    String table = prefix + "_" + generation;
    if (!NAME.matcher(table).matches()) {
      throw new IllegalArgumentException("not a table name: " + table);
    }
    return table;
  }

  private static boolean olderThan(String version, int major, int minor) {
    String[] parts = version.split("\\.");
    int actualMajor = Integer.parseInt(parts[0]);
    int actualMinor = parts.length > 1 ? Integer.parseInt(parts[1]) : 0;
    return actualMajor < major || (actualMajor == major && actualMinor < minor);
  }
}
