package dev.freshet.app.embedded;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.init.ScriptUtils;

/**
 * A PostgreSQL server run from the io.zonky embedded binaries, with its data directory on disk so it
 * survives restarts. Configured for logical decoding ({@code wal_level=logical}) and for durability:
 * zonky turns {@code fsync}, {@code synchronous_commit} and {@code full_page_writes} off for tests,
 * which loses committed data on a crash and also delays logical decoding until the WAL writer's next
 * flush (about 200 ms), so all three are turned back on.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

  /** The state database. */
  public static final String STATE_DATABASE = "freshet";
  /** The demo source database. */
  public static final String DEMO_DATABASE = "demo";
  /** The superuser of the embedded server. */
  public static final String USER = "postgres";

  private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

  private final EmbeddedPostgres postgres;
  private final boolean demoCreated;
  private final DataDirectoryLock lock;

  private EmbeddedPostgresServer(EmbeddedPostgres postgres, boolean demoCreated, DataDirectoryLock lock) {
    this.postgres = postgres;
    this.demoCreated = demoCreated;
    this.lock = lock;
  }

  /**
   * Starts the server (initialising the data directory on first use) and creates missing databases. A
   * server left running by a Freshet that was killed (kill -9, the OOM killer) is stopped first, so the
   * restart does not fail on PostgreSQL's {@code postmaster.pid}; the data directory's lock makes sure it
   * is not the server of another Freshet that is still running.
   */
  public static EmbeddedPostgresServer start(Path dataDirectory, int port, boolean demo) {
    DataDirectoryLock lock = DataDirectoryLock.acquire(dataDirectory);
    try {
      OrphanedServer.stopIfRunning(dataDirectory);
      return start(dataDirectory, port, demo, lock);
    } catch (RuntimeException e) {
      lock.close();
      throw e;
    }
  }

  /** The PostgreSQL server running on {@code dataDirectory} (per its postmaster.pid), if one is. */
  public static java.util.Optional<ProcessHandle> runningServer(Path dataDirectory) {
    return OrphanedServer.find(dataDirectory);
  }

  private static EmbeddedPostgresServer start(Path dataDirectory, int port, boolean demo, DataDirectoryLock lock) {
    try {
      Files.createDirectories(dataDirectory);
      EmbeddedPostgres postgres = EmbeddedPostgres.builder()
          .setDataDirectory(dataDirectory)
          .setCleanDataDirectory(false)
          .setPort(port == 0 ? freePort() : port)
          .setPGStartupWait(Duration.ofSeconds(60))
          .setServerConfig("wal_level", "logical")
          .setServerConfig("max_replication_slots", "10")
          .setServerConfig("max_wal_senders", "10")
          .setServerConfig("fsync", "on")
          .setServerConfig("synchronous_commit", "on")
          .setServerConfig("full_page_writes", "on")
          .setServerConfig("listen_addresses", "localhost")
          // zonky's JVM shutdown hook would stop the server while Spring's graceful shutdown still delivers and
          // stops the sources on it (hooks run at once); whoever started it closes it, and a kill -9 leaves an
          // orphan that the next start stops (OrphanedServer)
          .setRegisterShutdownHook(false)
          .start();
      boolean demoCreated = false;
      try (Connection c = postgres.getPostgresDatabase().getConnection()) {
        createDatabaseIfMissing(c, STATE_DATABASE);
        if (demo) {
          demoCreated = createDatabaseIfMissing(c, DEMO_DATABASE);
        }
      }
      if (demoCreated) {
        try (Connection c = postgres.getDatabase(USER, DEMO_DATABASE).getConnection()) {
          ScriptUtils.executeSqlScript(c, new ClassPathResource("demo/schema.sql"));
          ScriptUtils.executeSqlScript(c, new ClassPathResource("demo/articles.sql"));
        }
        log.info("Created the demo database and seeded its knowledge base");
      }
      return new EmbeddedPostgresServer(postgres, demoCreated, lock);
    } catch (IOException e) {
      throw new UncheckedIOException("The embedded PostgreSQL server did not start in " + dataDirectory
          + ": " + e.getMessage() + ". Check that the directory is writable (freshet.data-dir) and that port "
          + port + " is free (freshet.embedded-postgres.port, 0 for any free port).", e);
    } catch (SQLException e) {
      throw new IllegalStateException("Could not prepare the embedded databases: " + e.getMessage(), e);
    }
  }

  private static boolean createDatabaseIfMissing(Connection c, String name) throws SQLException {
    try (Statement s = c.createStatement()) {
      try (var rs = s.executeQuery("select 1 from pg_database where datname = '" + name + "'")) {
        if (rs.next()) {
          return false;
        }
      }
      s.execute("create database " + name);
      return true;
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  public int port() {
    return postgres.getPort();
  }

  public String jdbcUrl(String database) {
    return "jdbc:postgresql://localhost:" + port() + "/" + database;
  }

  /** Whether this start created (and seeded) the demo database. */
  public boolean demoCreated() {
    return demoCreated;
  }

  @Override
  public void close() throws IOException {
    try {
      postgres.close();
    } finally {
      lock.close();
    }
  }
}
