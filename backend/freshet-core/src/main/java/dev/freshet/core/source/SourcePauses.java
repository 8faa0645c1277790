package dev.freshet.core.source;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Which sources an operator paused, kept in {@code source_control} so a pause survives a restart, and the
 * gate their sinks pass through. A paused capture source (PostgreSQL, files) blocks in its sink before
 * appending: it reads nothing further and commits no position, so PostgreSQL keeps the WAL for its slot (the
 * slot lag grows) and nothing is lost. A paused webhook source answers 503 (see {@link WebhookIngest}).
 *
 * <p>Thread-safe.
 */
public class SourcePauses implements AutoCloseable {

  private final JdbcTemplate jdbc;
  private final Set<String> paused = ConcurrentHashMap.newKeySet();
  private volatile boolean loaded;
  private volatile boolean closed;

  public SourcePauses(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public boolean isPaused(String sourceId) {
    load();
    return paused.contains(sourceId);
  }

  /** Records the pause or resume (in the caller's transaction, if any) and opens or closes the gate. */
  void set(String sourceId, boolean pause, String actor) {
    load();
    jdbc.update("""
        insert into source_control (source_id, paused, changed_by) values (?, ?, ?)
        on conflict (source_id) do update set paused = excluded.paused, changed_by = excluded.changed_by,
          changed_at = clock_timestamp()""", sourceId, pause, actor);
    synchronized (this) {
      if (pause) {
        paused.add(sourceId);
      } else {
        paused.remove(sourceId);
      }
      notifyAll();
    }
  }

  /**
   * Blocks the calling capture thread while the source is paused. Returns at once when it is not, and when
   * Freshet stops (the batch in hand is then appended, so the source can commit it and stop cleanly).
   */
  void awaitResumed(String sourceId) {
    if (!isPaused(sourceId)) {
      return;
    }
    synchronized (this) {
      while (paused.contains(sourceId) && !closed) {
        try {
          wait(1_000);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException("interrupted while source " + sourceId + " was paused", e);
        }
      }
    }
  }

  private void load() {
    if (!loaded) {
      synchronized (this) {
        if (!loaded) {
          paused.addAll(jdbc.queryForList("select source_id from source_control where paused", String.class));
          loaded = true;
        }
      }
    }
  }

  @Override
  public synchronized void close() {
    closed = true;
    notifyAll();
  }
}
