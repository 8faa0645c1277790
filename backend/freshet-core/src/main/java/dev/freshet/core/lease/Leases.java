package dev.freshet.core.lease;

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
 * What this instance may run alone among the Freshet instances sharing a state database: a capture source (two would
 * race for its replication slot and append every change twice), the embedded dispatcher (two would claim the same
 * deliveries). A lease is a session-level PostgreSQL advisory lock on the hash of its name, held on a connection of
 * its own for as long as the work runs here: PostgreSQL releases it when that session ends, however the instance ends
 * (a crash, a kill, a lost network closes the session), so another instance can take the work over. Thread-safe.
 */
public final class Leases implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(Leases.class);

  private final DataSource dataSource;
  private final Map<String, Connection> held = new ConcurrentHashMap<>();

  public Leases(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** What asking for a lease found. */
  public enum Outcome {
    /** This instance holds the lease. */
    HELD,
    /** Another instance holds it. */
    ELSEWHERE,
    /** The state database could not be asked. */
    UNKNOWN
  }

  /** Takes the lease {@code name} (e.g. {@code freshet.source:demo}) unless another instance holds it. */
  public synchronized Outcome tryAcquire(String name) {
    if (stillHeld(name)) {
      return Outcome.HELD;
    }
    release(name);
    Connection connection = null;
    try {
      connection = dataSource.getConnection();
      connection.setAutoCommit(true);
      try (PreparedStatement lock = connection.prepareStatement(
          "select pg_try_advisory_lock(hashtextextended(?, 0))")) {
        lock.setString(1, name);
        try (ResultSet rs = lock.executeQuery()) {
          if (rs.next() && rs.getBoolean(1)) {
            held.put(name, connection);
            return Outcome.HELD;
          }
        }
      }
      connection.close();
      return Outcome.ELSEWHERE;
    } catch (SQLException e) {
      log.warn("Lease {}: cannot ask the state database now: {}", name, e.getMessage());
      closeQuietly(connection);
      return Outcome.UNKNOWN;
    }
  }

  /** Whether this instance still holds the lease: its session is alive (a lost one has released the lock). */
  public boolean stillHeld(String name) {
    Connection connection = held.get(name);
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
  public synchronized void release(String name) {
    Connection connection = held.remove(name);
    if (connection == null) {
      return;
    }
    try {
      if (connection.isValid(1)) { // a broken session holds nothing any more
        try (PreparedStatement unlock = connection.prepareStatement(
            "select pg_advisory_unlock(hashtextextended(?, 0))")) {
          unlock.setString(1, name);
          unlock.execute();
        }
      }
    } catch (SQLException e) {
      log.debug("Lease {}: its session is gone already: {}", name, e.getMessage());
    }
    closeQuietly(connection);
  }

  @Override
  public synchronized void close() {
    for (String name : java.util.List.copyOf(held.keySet())) {
      release(name);
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
