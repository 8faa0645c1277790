package dev.freshet.core.source;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Which capture sources this instance may run: at most one of the Freshet instances sharing a state database runs a
 * given source at a time (two would race for its replication slot and append every change twice). A lease is a
 * session-level PostgreSQL advisory lock, held on a connection of its own for as long as the source runs here:
 * PostgreSQL releases it when that session ends, however the instance ends (a crash, a kill, a lost network closes
 * the session), so another instance can take the source over. Thread-safe.
 */
final class SourceLeases implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(SourceLeases.class);

  private final DataSource dataSource;
  private final Map<String, Connection> held = new ConcurrentHashMap<>();

  SourceLeases(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** What asking for a lease found. */
  enum Outcome {
    /** This instance holds the lease. */
    HELD,
    /** Another instance holds it. */
    ELSEWHERE,
    /** The state database could not be asked. */
    UNKNOWN
  }

  /** Takes the source's lease unless another instance holds it. */
  synchronized Outcome tryAcquire(String sourceId) {
    if (stillHeld(sourceId)) {
      return Outcome.HELD;
    }
    release(sourceId);
    Connection connection = null;
    try {
      connection = dataSource.getConnection();
      connection.setAutoCommit(true);
      try (PreparedStatement lock = connection.prepareStatement(
          "select pg_try_advisory_lock(hashtextextended('freshet.source:' || ?, 0))")) {
        lock.setString(1, sourceId);
        try (ResultSet rs = lock.executeQuery()) {
          if (rs.next() && rs.getBoolean(1)) {
            held.put(sourceId, connection);
            return Outcome.HELD;
          }
        }
      }
      connection.close();
      return Outcome.ELSEWHERE;
    } catch (SQLException e) {
      log.warn("Source {}: cannot ask the state database for its lease now: {}", sourceId, e.getMessage());
      closeQuietly(connection);
      return Outcome.UNKNOWN;
    }
  }

  /** Whether this instance still holds the lease: its session is alive (a lost one has released the lock). */
  boolean stillHeld(String sourceId) {
    Connection connection = held.get(sourceId);
    try {
      return connection != null && connection.isValid(5);
    } catch (SQLException e) {
      return false;
    }
  }

  /**
   * Gives the lease up. The connection goes back to the pool, whose sessions outlive it, so the lock is released
   * first; if that fails the session is broken, and the pool drops it, which ends the session and the lock with it.
   */
  synchronized void release(String sourceId) {
    Connection connection = held.remove(sourceId);
    if (connection == null) {
      return;
    }
    try {
      if (connection.isValid(1)) { // a broken session holds nothing any more
        try (PreparedStatement unlock = connection.prepareStatement(
            "select pg_advisory_unlock(hashtextextended('freshet.source:' || ?, 0))")) {
          unlock.setString(1, sourceId);
          unlock.execute();
        }
      }
    } catch (SQLException e) {
      log.debug("Source {}: the lease's session is gone already: {}", sourceId, e.getMessage());
    }
    closeQuietly(connection);
  }

  @Override
  public synchronized void close() {
    for (String sourceId : java.util.List.copyOf(held.keySet())) {
      release(sourceId);
    }
  }

  private static void closeQuietly(Connection connection) {
    if (connection == null) {
      return;
    }
    try {
      connection.close();
    } catch (SQLException e) {
      // the session is gone either way, and with it the lock
    }
  }
}
