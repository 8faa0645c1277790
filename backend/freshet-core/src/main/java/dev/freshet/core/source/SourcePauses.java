package dev.freshet.core.source;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The gate capture sources' sinks pass through before appending: it holds a source that an operator paused,
 * and every capture source while the backlog is too long (backpressure).
 *
 * <p><b>Pauses</b> are kept in {@code source_control}, so they survive a restart. A paused capture source
 * (PostgreSQL, files) blocks in its sink before appending: it reads nothing further and commits no position,
 * so PostgreSQL keeps the WAL for its slot (the slot lag grows) and nothing is lost. A paused webhook source
 * answers 503 (see {@link WebhookIngest}).
 *
 * <p><b>Backpressure</b>: when the open deliveries (pending or running) reach the high-water mark, capture
 * sources are held the same way until the backlog falls to the low-water mark, so a burst waits in the
 * source's WAL, not in Freshet's memory or its log. A throttled source's state is THROTTLED; nothing is
 * persisted. Webhooks keep being accepted (a provider does not reliably redeliver what was refused) and count
 * towards the backlog. While throttled the gate re-counts the backlog every {@link #RECHECK} — a wait on a
 * condition while holding back a source, not a poll of idle work. A count stands for {@link #FRESH_NANOS}
 * plus the events let through since, so a stream of small batches does not count the queue for each one.
 *
 * <p>Thread-safe.
 */
public class SourcePauses implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(SourcePauses.class);
  static final Duration RECHECK = Duration.ofMillis(200);
  /**
   * How long a count of the backlog stands, plus the events let through since, as long as that sum is below the
   * high-water mark (webhooks, which do not pass this gate, can add 100 ms of their deliveries).
   */
  private static final long FRESH_NANOS = Duration.ofMillis(100).toNanos();

  /** A count of the open deliveries and when it was taken ({@link System#nanoTime()}). */
  private record Count(long value, long at) {}

  private final JdbcTemplate jdbc;
  private final LongSupplier backlogCount;
  private final long highWater;
  private final long lowWater;
  private final Set<String> paused = ConcurrentHashMap.newKeySet();
  /** Sources held by backpressure, and since when. */
  private final Map<String, Instant> throttled = new ConcurrentHashMap<>();
  private volatile Count lastCount;
  /** Events let through since the last count without counting. */
  private final AtomicLong uncounted = new AtomicLong();
  private volatile boolean loaded;
  private volatile boolean closed;

  /**
   * @param highWater open deliveries at which capture sources are held
   * @param lowWater open deliveries at which they go on
   */
  public SourcePauses(JdbcTemplate jdbc, long highWater, long lowWater) {
    this(jdbc, highWater, lowWater, () -> openDeliveries(jdbc));
  }

  /**
   * @param backlog counts the events waiting for an agent, across every instance (the transport's backlog)
   */
  public SourcePauses(JdbcTemplate jdbc, long highWater, long lowWater, LongSupplier backlog) {
    if (lowWater < 0 || highWater <= lowWater) {
      throw new IllegalArgumentException("need 0 <= lowWater < highWater, was " + lowWater + " and " + highWater);
    }
    this.jdbc = jdbc;
    this.backlogCount = backlog;
    this.highWater = highWater;
    this.lowWater = lowWater;
    this.lastCount = new Count(highWater, System.nanoTime() - 2 * FRESH_NANOS); // none yet: the first batch counts
  }

  /** Since when backpressure holds the source, if it does. */
  public Optional<Instant> throttledSince(String sourceId) {
    return Optional.ofNullable(throttled.get(sourceId));
  }

  public long highWater() {
    return highWater;
  }

  public long lowWater() {
    return lowWater;
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
   * Blocks the calling capture thread while the source is paused or the backlog is at the high-water mark.
   * Returns at once when neither holds, and when Freshet stops (the batch in hand is then appended, so the
   * source can commit it and stop cleanly).
   *
   * @param batchSize the events the caller appends next: they count towards the backlog until it is counted again
   */
  void awaitResumed(String sourceId, int batchSize) {
    if (isPaused(sourceId)) {
      synchronized (this) {
        while (paused.contains(sourceId) && !closed) {
          waitAWhile(sourceId, Duration.ofSeconds(1));
        }
      }
    }
    awaitCapacity(sourceId, batchSize);
  }

  private void awaitCapacity(String sourceId, int batchSize) {
    Count last = lastCount;
    // counted a moment ago, and below the mark even with every batch let through since: counting for each batch
    // cost ~0.7 ms of each change's latency at idle
    if (System.nanoTime() - last.at() < FRESH_NANOS
        && last.value() + uncounted.addAndGet(batchSize) < highWater) {
      return;
    }
    long backlog = backlog();
    try {
      if (backlog < highWater || closed) {
        return;
      }
      hold(sourceId, backlog);
    } finally {
      uncounted.addAndGet(batchSize); // this batch goes on after the last count: the next one adds it
    }
  }

  private void hold(String sourceId, long counted) {
    long backlog = counted;
    Instant since = Instant.now();
    throttled.put(sourceId, since);
    log.info("Source {} held by backpressure: {} open deliveries, the high-water mark is {} "
        + "(freshet.dispatcher.backlog-high-water); it goes on at {}", sourceId, backlog, highWater, lowWater);
    try {
      while (!closed && (backlog = backlog()) > lowWater) {
        synchronized (this) {
          if (!closed) {
            waitAWhile(sourceId, RECHECK);
          }
        }
      }
    } finally {
      throttled.remove(sourceId);
    }
    log.info("Source {} goes on after {} ms of backpressure: {} open deliveries", sourceId,
        Duration.between(since, Instant.now()).toMillis(), backlog);
  }

  private static long openDeliveries(JdbcTemplate jdbc) {
    Long open = jdbc.queryForObject("select count(*) from delivery where status in ('PENDING', 'RUNNING')",
        Long.class);
    return open == null ? 0 : open;
  }

  private long backlog() {
    long value = backlogCount.getAsLong();
    uncounted.set(0);
    lastCount = new Count(value, System.nanoTime());
    return value;
  }

  private void waitAWhile(String sourceId, Duration duration) {
    try {
      wait(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while source " + sourceId + " was held", e);
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
