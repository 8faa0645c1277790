package dev.freshet.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Freshness: commit → searchable for single-chunk updates, at idle (one change at a time) and at half of the
 * throughput limit measured in the same run, beside Debezium's own commit → handler latency (a plain engine
 * on its own slot, {@link PeerEngine}) and the model's own time for the same chunk texts. Freshet's
 * overhead is, per change, end to end minus those two.
 */
final class FreshnessPhase {

  /** One measured change. */
  private record Sample(long id, String token, long committed, CompletableFuture<SearchProbe.Seen> searchable,
      CompletableFuture<PeerEngine.Arrival> debezium) {}

  /**
   * The per-change figures of a set of samples.
   *
   * @param modelAfterPause the model on the same texts, each call after a pause as long as the one before the
   *     change (empty under load, where changes follow each other without one)
   */
  private record Measured(List<Double> endToEnd, List<Double> debezium, List<Double> model, List<Double> overhead,
      List<Double> modelAfterPause) {}

  private static final AtomicLong TOKENS = new AtomicLong();

  private final Lab lab;
  private int next;

  FreshnessPhase(Lab lab) {
    this.lab = lab;
  }

  List<Section> run() throws Exception {
    Scale scale = lab.scale();
    createPool();
    try (PeerEngine debezium = PeerEngine.observer(lab.source(), "bench_observer");
        Connection c = lab.source().connect();
        PreparedStatement update = c.prepareStatement("update articles set body = ? where id = ?")) {
      SearchProbe idleProbe = new SearchProbe(lab.freshet().store, TimeUnit.MILLISECONDS.toNanos(1));
      for (int i = 0; i < 20; i++) { // warm-up, not recorded
        await(write(update, idleProbe, debezium));
      }
      List<Sample> idle = new ArrayList<>();
      long idleFrom = lab.freshet().lastSeq();
      long probeCpu = idleProbe.cpuNanos();
      long idleStart = System.nanoTime();
      for (int i = 0; i < scale.idleSamples(); i++) {
        Sample s = write(update, idleProbe, debezium);
        await(s);
        idle.add(s);
        Bench.sleep(pause(i)); // a pause, so each change meets an idle pipeline
      }
      double idleProbeShare = (idleProbe.cpuNanos() - probeCpu) / (double) (System.nanoTime() - idleStart);
      idleProbe.close();
      Measured atIdle = measure(idle, true);
      Map<String, Distribution> idleStages = stages(idleFrom, lab.freshet().lastSeq());

      double capacity = capacity(c);
      double rate = capacity / 2;
      SearchProbe loadProbe = new SearchProbe(lab.freshet().store, TimeUnit.MILLISECONDS.toNanos(2));
      long loadCpu = loadProbe.cpuNanos();
      int count = Math.max(scale.idleSamples(), (int) (rate * scale.loadSeconds()));
      List<Sample> load = new ArrayList<>(count);
      long start = System.nanoTime();
      long intervalNanos = (long) (1e9 / rate);
      for (int i = 0; i < count; i++) {
        long due = start + i * intervalNanos;
        long wait = due - System.nanoTime();
        if (wait > 0) {
          TimeUnit.NANOSECONDS.sleep(wait);
        }
        load.add(write(update, loadProbe, debezium));
      }
      double writeSeconds = (System.nanoTime() - start) / 1e9;
      for (Sample s : load) {
        await(s);
      }
      double loadProbeShare = (loadProbe.cpuNanos() - loadCpu) / (double) (System.nanoTime() - start);
      loadProbe.close();
      Measured atLoad = measure(load, false);
      Bench.log("freshness: idle p50 %.1f ms p99 %.1f ms; capacity %.0f changes/s; at %.0f/s p99 %.1f ms",
          Distribution.of(atIdle.endToEnd()).p50(), Distribution.of(atIdle.endToEnd()).p99(), capacity,
          count / writeSeconds, Distribution.of(atLoad.endToEnd()).p99());
      return List.of(idleSection(atIdle, idleProbeShare, idleStages), loadSection(atLoad, capacity, count / writeSeconds,
          loadProbeShare));
    }
  }

  /**
   * Where Freshet's time goes, by its own traces (an explanation, not a measurement: the figures above are the
   * ground truth) for the indexing of the changes appended after {@code fromSeq} up to {@code toSeq}: from the
   * source's commit timestamp (milliseconds) to the event being in the log (Debezium's capture and the append),
   * to the agent's run starting (wake-up and claim), each stage of the run, and the rest of the run (recording
   * the document's state).
   */
  private Map<String, Distribution> stages(long fromSeq, long toSeq) {
    Map<String, List<Double>> values = new LinkedHashMap<>();
    lab.freshet().state.query("""
        select a.ended_at - a.started_at as capture_append, t.started_at - a.ended_at as wake_claim,
               s.step, s.ended_at - s.started_at as took, t.ended_at - max(s.ended_at) over (partition by e.id) as after
        from event_log e
        join trace_step a on a.event_id = e.id and a.step = 'event.appended'
        join trace_step t on t.event_id = e.id and t.step = 'agent.attempt' and t.agent = 'indexer'
        join trace_step s on s.event_id = e.id and s.step like 'stage.%' and s.agent = 'indexer'
        where e.seq > ? and e.seq <= ? and e.type = 'document.changed'
        order by e.seq, s.started_at""", rs -> {
          boolean first = rs.getString("step").equals("stage.load");
          if (first) {
            add(values, "captureAndAppend", rs.getObject("capture_append", org.postgresql.util.PGInterval.class));
            add(values, "wakeAndClaim", rs.getObject("wake_claim", org.postgresql.util.PGInterval.class));
            add(values, "afterStages", rs.getObject("after", org.postgresql.util.PGInterval.class));
          }
          add(values, rs.getString("step").substring("stage.".length()),
              rs.getObject("took", org.postgresql.util.PGInterval.class));
        }, fromSeq, toSeq);
    Map<String, Distribution> stages = new LinkedHashMap<>();
    values.forEach((k, v) -> stages.put(k, Distribution.of(v)));
    return stages;
  }

  private static void add(Map<String, List<Double>> values, String key, org.postgresql.util.PGInterval interval) {
    double millis = (interval.getDays() * 86_400 + interval.getHours() * 3_600 + interval.getMinutes() * 60
        + interval.getSeconds()) * 1000;
    values.computeIfAbsent(key, k -> new ArrayList<>()).add(millis);
  }

  private Section idleSection(Measured m, double probeShare, Map<String, Distribution> stages) {
    Distribution e2e = Distribution.of(m.endToEnd());
    Distribution overhead = Distribution.of(m.overhead());
    return new Section("freshness.idle", "Freshness at idle",
        "Single-chunk updates (the body of one of " + lab.scale().pool() + " articles of 600-700 characters, about "
            + "120 tokens, replaced by new text), one at a time with a 50-150 ms pause between them, after 20 "
            + "unrecorded ones. End to end: from the moment the update's commit returned to the writer until a "
            + "probe reading the document's chunks through Freshet's store every 1 ms saw the new text. Debezium: "
            + "from the same commit until a plain Debezium engine on its own slot (same settings) received the "
            + "change. Model: the same chunk text embedded directly, one call each, back to back, after the "
            + "samples. Overhead: per change, end to end minus Debezium minus model. Beside it, not in the overhead: "
            + "the model on the same texts again, each call after a pause as long as the one before its change "
            + "(modelAfterPauseMs: the model as an idle pipeline meets it, its threads parked and its weights "
            + "out of the processor's caches).")
        .figure("endToEndMs", e2e)
        .figure("debeziumMs", Distribution.of(m.debezium()))
        .figure("modelMs", Distribution.of(m.model()))
        .figure("overheadMs", overhead)
        .figure("modelAfterPauseMs", Distribution.of(m.modelAfterPause()))
        .figure("probeCpuShare", Numbers.round(probeShare, 4))
        .figure("freshetStagesMs", stages)
        .target(Target.atMost("freshness.idle.p50", "commit → searchable at idle, p50", Numbers.round(e2e.p50(), 1),
            "ms", 60))
        .target(Target.atMost("freshness.idle.p99", "commit → searchable at idle, p99", Numbers.round(e2e.p99(), 1),
            "ms", 150))
        .target(Target.atMost("freshness.idle.overhead.p50", "Freshet's own overhead at idle, p50",
            Numbers.round(overhead.p50(), 1), "ms", 15));
  }

  private Section loadSection(Measured m, double capacity, double achieved, double probeShare) {
    Distribution e2e = Distribution.of(m.endToEnd());
    return new Section("freshness.load", "Freshness at 50% of capacity",
        "Capacity: " + lab.scale().capacityChanges() + " single-chunk updates of distinct articles in one "
            + "transaction; the number divided by the time from its commit to the last document.indexed event in "
            + "the event log. Then updates at half that rate, at fixed intervals (open loop: a slow pipeline does "
            + "not slow the writer), for " + lab.scale().loadSeconds() + " s, each measured as at idle (probe every "
            + "2 ms).")
        .figure("capacityChangesPerSecond", Numbers.round(capacity, 1))
        .figure("offeredChangesPerSecond", Numbers.round(achieved, 1))
        .figure("endToEndMs", e2e)
        .figure("debeziumMs", Distribution.of(m.debezium()))
        .figure("modelMs", Distribution.of(m.model()))
        .figure("overheadMs", Distribution.of(m.overhead()))
        .figure("probeCpuShare", Numbers.round(probeShare, 4))
        .target(Target.atMost("freshness.load.p99", "commit → searchable at 50% of capacity, p99",
            Numbers.round(e2e.p99(), 1), "ms", 500));
  }

  /** Articles 1..pool, one chunk each, indexed before any measurement. */
  private void createPool() {
    List<String> titles = new ArrayList<>();
    List<String> bodies = new ArrayList<>();
    for (int i = 1; i <= lab.scale().pool(); i++) {
      titles.add("Article " + i);
      bodies.add(lab.texts().paragraph(600, 700));
    }
    lab.source().insert("articles", 1, titles, bodies);
    lab.freshet().awaitIdle(Duration.ofMillis(500), Duration.ofMinutes(10));
  }

  private Sample write(PreparedStatement update, SearchProbe probe, PeerEngine debezium) throws SQLException {
    long id = 1 + next++ % lab.scale().pool();
    String token = "bt" + TOKENS.incrementAndGet() + "z";
    String body = lab.texts().paragraph(600, 690) + " " + token;
    CompletableFuture<SearchProbe.Seen> searchable = probe.await(Lab.article(id), token);
    CompletableFuture<PeerEngine.Arrival> arrival = debezium.arrival(token);
    update.setString(1, body);
    update.setLong(2, id);
    update.executeUpdate(); // auto-commit: returns once committed
    return new Sample(id, token, System.nanoTime(), searchable, arrival);
  }

  private static void await(Sample s) throws Exception {
    s.searchable().get(60, TimeUnit.SECONDS);
    s.debezium().get(60, TimeUnit.SECONDS);
  }

  /**
   * Per sample: end to end, Debezium, the model on the same text (timed now, one call each, back to back), overhead;
   * and, when {@code afterPause}, the model on each text again after a pause as long as the one before its change.
   */
  private Measured measure(List<Sample> samples, boolean afterPause) throws Exception {
    List<Double> e2e = new ArrayList<>();
    List<Double> deb = new ArrayList<>();
    List<Double> model = new ArrayList<>();
    List<Double> overhead = new ArrayList<>();
    for (Sample s : samples) {
      SearchProbe.Seen seen = s.searchable().get();
      double total = Numbers.millis(seen.nanos() - s.committed());
      double capture = Numbers.millis(s.debezium().get().nanos() - s.committed());
      double embed = timeModel(seen.text());
      e2e.add(total);
      deb.add(capture);
      model.add(embed);
      overhead.add(total - capture - embed);
    }
    List<Double> paused = new ArrayList<>();
    for (int i = 0; afterPause && i < samples.size(); i++) {
      Bench.sleep(pause(i));
      paused.add(timeModel(samples.get(i).searchable().get().text()));
    }
    return new Measured(e2e, deb, model, overhead, paused);
  }

  private double timeModel(String text) {
    long start = System.nanoTime();
    lab.model().real().embed(text);
    return Numbers.millis(System.nanoTime() - start);
  }

  /** The pause after the i-th change at idle: 50-150 ms. */
  private static long pause(int i) {
    return 50 + (i * 37L) % 100;
  }

  /** Changes per second when the pipeline is saturated with distinct single-chunk updates. */
  private double capacity(Connection c) throws SQLException {
    lab.freshet().awaitIdle(Duration.ofMillis(500), Duration.ofMinutes(5));
    long mark = lab.freshet().lastSeq();
    int n = Math.min(lab.scale().capacityChanges(), lab.scale().pool());
    c.setAutoCommit(false);
    try (PreparedStatement update = c.prepareStatement("update articles set body = ? where id = ?")) {
      for (int i = 0; i < n; i++) {
        update.setString(1, lab.texts().paragraph(600, 690) + " bt" + TOKENS.incrementAndGet() + "z");
        update.setLong(2, 1 + next++ % lab.scale().pool());
        update.addBatch();
      }
      update.executeBatch();
      c.commit();
    } finally {
      c.setAutoCommit(true);
    }
    long committed = System.currentTimeMillis();
    long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
    while (lab.freshet().count("select count(*) from event_log where seq > ? and type = 'document.indexed'", mark) < n) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("the capacity burst was not indexed within 10 minutes");
      }
      Bench.sleep(50);
    }
    java.sql.Timestamp last = lab.freshet().state.queryForObject(
        "select max(appended_at) from event_log where seq > ? and type = 'document.indexed'", java.sql.Timestamp.class,
        mark);
    return n / ((last.getTime() - committed) / 1000.0);
  }
}
