package dev.freshet.core.metrics;

import dev.freshet.core.index.Generation;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The pipeline's health over a recent window, for the console's overview: freshness (source change to
 * searchable) percentiles and throughput per time bucket, the backlog and its oldest pending delivery, open
 * dead letters and index generations being built.
 *
 * <p>Counted from the event log and the deliveries, not from this process's meters, so it covers every
 * process sharing the state database and survives restarts. Freshness comes from each {@code
 * document.indexed}/{@code document.removed} event: its {@code searchableAt} (or append time) minus the
 * change's {@code sourceTime}; changes read by a snapshot are left out (a snapshot read is not a commit).
 */
public class PipelineOverview {

  /**
   * One time bucket.
   *
   * @param start the bucket's start
   * @param eventsIn events appended by sources (not by agents)
   * @param documentsDone documents indexed or removed
   * @param freshnessSamples changes (not snapshot reads) that became searchable in the bucket
   * @param p50Millis median freshness; null without samples
   * @param p95Millis 95th percentile
   * @param p99Millis 99th percentile
   */
  public record Bucket(Instant start, long eventsIn, long documentsDone, long freshnessSamples,
      @Nullable Double p50Millis, @Nullable Double p95Millis, @Nullable Double p99Millis) {}

  /**
   * The state at one moment.
   *
   * @param at when it was taken
   * @param window how far back the buckets and percentiles reach
   * @param buckets the window in buckets, oldest first, every bucket present (empty ones with zeros)
   * @param freshnessSamples samples in the whole window
   * @param p50Millis median freshness over the window; null without samples
   * @param p95Millis 95th percentile over the window
   * @param p99Millis 99th percentile over the window
   * @param backlog events waiting for an agent: open deliveries (with Kafka, also the outbox and the groups' lag)
   * @param oldestPending when the oldest open delivery was created; null without backlog
   * @param deadLettersOpen dead letters waiting for an operator
   * @param generations the index generations that are building or serving
   */
  public record Snapshot(Instant at, Duration window, List<Bucket> buckets, long freshnessSamples,
      @Nullable Double p50Millis, @Nullable Double p95Millis, @Nullable Double p99Millis, long backlog,
      @Nullable Instant oldestPending, long deadLettersOpen, List<Generation> generations) {}

  private static final String FRESHNESS_MILLIS = """
      extract(epoch from coalesce((e.data->>'searchableAt')::timestamptz, e.time)
                          - (e.data->>'sourceTime')::timestamptz) * 1000""";

  private final JdbcTemplate jdbc;
  private final Supplier<List<Generation>> generations;
  private final @Nullable LongSupplier backlog;

  /**
   * @param generations the index generations ({@code IndexGenerations::list})
   */
  public PipelineOverview(JdbcTemplate jdbc, Supplier<List<Generation>> generations) {
    this(jdbc, generations, null);
  }

  /**
   * @param backlog the events waiting for an agent as the transport counts them (with Kafka, the outbox and the
   *     consumer groups' lag too); null: the open deliveries
   */
  public PipelineOverview(JdbcTemplate jdbc, Supplier<List<Generation>> generations, @Nullable LongSupplier backlog) {
    this.jdbc = jdbc;
    this.generations = generations;
    this.backlog = backlog;
  }

  /** The last {@code window}, in buckets of {@code bucket}. */
  public Snapshot snapshot(Duration window, Duration bucket) {
    if (bucket.isZero() || bucket.isNegative() || window.compareTo(bucket) < 0) {
      throw new IllegalArgumentException("the bucket must be positive and no longer than the window");
    }
    Instant now = Instant.now();
    long bucketMillis = bucket.toMillis();
    Instant origin = Instant.ofEpochMilli(now.toEpochMilli() / bucketMillis * bucketMillis).plus(bucket)
        .minus(window);
    Map<Instant, long[]> counts = new LinkedHashMap<>();
    Map<Instant, Double[]> percentiles = new LinkedHashMap<>();
    Timestamp since = Timestamp.from(origin);
    double seconds = bucketMillis / 1000.0;
    jdbc.query("""
        select date_bin(make_interval(secs => ?), e.appended_at, ?), count(*)
        from event_log e where e.appended_at >= ? and e.source not like 'agent:%' group by 1""", rs -> {
          counts.computeIfAbsent(instant(rs, 1), k -> new long[3])[0] = rs.getLong(2);
        }, seconds, since, since);
    jdbc.query("""
        select date_bin(make_interval(secs => ?), e.appended_at, ?), count(*),
               count(*) filter (where c.operation is distinct from 'SNAPSHOT'),
               percentile_cont(array[0.5, 0.95, 0.99]) within group (order by %s)
                 filter (where c.operation is distinct from 'SNAPSHOT')
        from event_log e left join event_log c on c.id = e.causation_id
        where e.appended_at >= ? and e.type in ('document.indexed', 'document.removed') group by 1"""
        .formatted(FRESHNESS_MILLIS), rs -> {
          long[] c = counts.computeIfAbsent(instant(rs, 1), k -> new long[3]);
          c[1] = rs.getLong(2);
          c[2] = rs.getLong(3);
          percentiles.put(instant(rs, 1), percentiles(rs, 4));
        }, seconds, since, since);
    List<Bucket> buckets = new ArrayList<>();
    for (Instant start = origin; start.isBefore(now); start = start.plus(bucket)) {
      long[] c = counts.getOrDefault(start, new long[3]);
      Double[] p = percentiles.getOrDefault(start, new Double[3]);
      buckets.add(new Bucket(start, c[0], c[1], c[2], p[0], p[1], p[2]));
    }
    record Window(long samples, Double[] p) {}
    Window overall = jdbc.queryForObject("""
        select count(*), percentile_cont(array[0.5, 0.95, 0.99]) within group (order by %s)
        from event_log e left join event_log c on c.id = e.causation_id
        where e.appended_at >= ? and e.type in ('document.indexed', 'document.removed')
          and c.operation is distinct from 'SNAPSHOT'""".formatted(FRESHNESS_MILLIS),
        (rs, n) -> new Window(rs.getLong(1), percentiles(rs, 2)), since);
    record Backlog(long open, @Nullable Instant oldest) {}
    Backlog backlog = jdbc.queryForObject("""
        select count(*), min(created_at) from delivery where status in ('PENDING', 'RUNNING')""",
        (rs, n) -> new Backlog(rs.getLong(1), rs.getTimestamp(2) == null ? null : instant(rs, 2)));
    Long open = jdbc.queryForObject("select count(*) from dead_letter where status = 'OPEN'", Long.class);
    List<Generation> shown = generations.get().stream()
        .filter(g -> g.status().equals("BUILDING") || g.status().equals("ACTIVE")).toList();
    Double[] p = overall == null ? new Double[3] : overall.p();
    long waiting = this.backlog != null ? this.backlog.getAsLong() : backlog == null ? 0 : backlog.open();
    return new Snapshot(now, window, buckets, overall == null ? 0 : overall.samples(), p[0], p[1], p[2],
        waiting, backlog == null ? null : backlog.oldest(), open == null ? 0 : open, shown);
  }

  private static Instant instant(ResultSet rs, int column) throws SQLException {
    return rs.getTimestamp(column).toInstant();
  }

  private static Double[] percentiles(ResultSet rs, int column) throws SQLException {
    java.sql.Array array = rs.getArray(column);
    if (array == null) {
      return new Double[3];
    }
    Object[] values = (Object[]) array.getArray();
    Double[] p = new Double[3];
    for (int i = 0; i < 3 && i < values.length; i++) {
      p[i] = values[i] == null ? null : ((Number) values[i]).doubleValue();
    }
    return p;
  }
}
