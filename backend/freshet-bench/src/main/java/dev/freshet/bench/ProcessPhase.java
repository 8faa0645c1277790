package dev.freshet.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The built jar as users run it: its start-up until it is ready (first start on an empty data
 * directory, then restarts), and its heap during a burst of row changes with {@code -Xmx512m}: the live heap
 * (what a full collection leaves, forced every 5 s with {@code jcmd GC.run}) before, during and after.
 */
final class ProcessPhase {

  /** A forced collection in the GC log: {@code [12.3s] GC(7) Pause Full (Diagnostic Command) 180M->61M(512M) 95ms}. */
  private static final Pattern FULL_GC = Pattern.compile(
      "\\[([0-9.]+)s].*Pause Full \\(Diagnostic Command\\) (\\d+)M->(\\d+)M\\((\\d+)M\\)");
  private static final Pattern ANY_GC = Pattern.compile("\\[([0-9.]+)s].*Pause .* (\\d+)M->(\\d+)M\\((\\d+)M\\)");
  private static final int HEAP_MB = 512;

  private final Path dir;
  private final Scale scale;
  private final Path jar;

  ProcessPhase(Path dir, Scale scale, Path jar) {
    this.dir = dir;
    this.scale = scale;
    this.jar = jar;
  }

  List<Section> run() throws Exception {
    Files.createDirectories(dir);
    List<Section> sections = new ArrayList<>();
    if (Bench.selected("startup")) {
      sections.add(startup());
    }
    if (Bench.selected("memory")) {
      sections.add(memory());
    }
    return sections;
  }

  private Section startup() throws Exception {
    Path data = dir.resolve("startup-data");
    Path log = dir.resolve("startup.log");
    double first;
    try (ChildFreshet freshet = ChildFreshet.launch(jar, data, log, List.of())) {
      first = freshet.awaitReady(Duration.ofMinutes(3));
    }
    List<Double> restarts = new ArrayList<>();
    for (int i = 0; i < scale.restarts(); i++) {
      try (ChildFreshet freshet = ChildFreshet.launch(jar, data, log, List.of())) {
        restarts.add(freshet.awaitReady(Duration.ofMinutes(3)));
      }
    }
    Distribution restart = Distribution.of(restarts);
    Bench.log("start-up: first %.1f s, restarts %s s", first, restarts);
    return new Section("startup", "Start-up of the built jar",
        "java --add-modules jdk.incubator.vector -jar freshet.jar (the README's command) with an empty data directory (the first start: initdb of the "
            + "embedded PostgreSQL, the demo database seeded), then restarted " + scale.restarts() + " times on that "
            + "directory; each time from launching the process until it was ready: GET /actuator/health/readiness "
            + "answered 200 (the index open, the transport delivering, the demo source capturing; polled every 20 ms).")
        .figure("firstStartSeconds", Numbers.round(first, 2))
        .figure("restartSeconds", restart)
        .target(Target.atMost("startup.first", "start-up to ready, first start", Numbers.round(first, 2), "s",
            20))
        .target(Target.atMost("startup.restart", "start-up to ready, restart (slowest)",
            Numbers.round(restart.max(), 2), "s", 20));
  }

  private Section memory() throws Exception {
    Path gcLog = dir.resolve("memory-gc.log");
    Files.deleteIfExists(gcLog);
    List<String> jvm = List.of("-Xmx" + HEAP_MB + "m", "-XX:+ExitOnOutOfMemoryError", "-Xlog:gc:file=" + gcLog + ":uptime");
    int changes = scale.burstRows() * scale.burstRounds();
    double burstStart;
    double burstEnd;
    double drained;
    boolean alive;
    try (ChildFreshet freshet = ChildFreshet.launch(jar, dir.resolve("memory-data"), dir.resolve("memory.log"), jvm)) {
      freshet.awaitReady(Duration.ofMinutes(3));
      long pid = freshet.process.pid();
      Thread collector = Thread.ofPlatform().daemon().name("bench-jcmd").start(() -> forceCollections(pid));
      try (Connection demo = DriverManager.getConnection(freshet.demoUrl(), "postgres", "");
          Connection state = DriverManager.getConnection(freshet.stateUrl(), "postgres", "");
          Statement source = demo.createStatement()) {
        source.execute("insert into articles (id, title, body, author) select 100000 + g, 'Burst document ' || g, "
            + "'The body of burst document ' || g || '.', 'Bench' from generate_series(1, " + scale.burstRows() + ") g");
        awaitCaughtUp(state, 0, 220 + scale.burstRows());
        Bench.sleep(10_000); // the baseline: ten seconds of forced collections at rest
        long mark = count(state, "select coalesce(max(seq), 0) from event_log");
        burstStart = uptime(freshet);
        for (int round = 1; round <= scale.burstRounds(); round++) {
          source.execute(round == scale.burstRounds()
              ? "update articles set body = body || ' Revised.' where id > 100000"
              : "update articles set views = views + 1 where id > 100000");
        }
        burstEnd = uptime(freshet);
        awaitCaughtUp(state, mark, changes);
        drained = uptime(freshet);
        collect(pid); // the live heap the moment the burst is through
        Bench.sleep(10_000);
      } finally {
        collector.interrupt();
      }
      alive = freshet.process.isAlive();
    }
    return memorySection(gcLog, changes, burstStart, burstEnd, drained, alive);
  }

  private Section memorySection(Path gcLog, int changes, double burstStart, double burstEnd, double drained,
      boolean alive) throws Exception {
    List<double[]> live = new ArrayList<>();
    double peak = 0;
    for (String line : Files.readAllLines(gcLog)) {
      Matcher full = FULL_GC.matcher(line);
      if (full.find()) {
        live.add(new double[] {Double.parseDouble(full.group(1)), Double.parseDouble(full.group(3))});
      }
      Matcher any = ANY_GC.matcher(line);
      if (any.find()) {
        peak = Math.max(peak, Double.parseDouble(any.group(2)));
      }
    }
    double before = max(live, 0, burstStart);
    double during = max(live, burstStart, drained + 1);
    double after = max(live, drained + 1, Double.MAX_VALUE);
    Map<String, Object> series = new LinkedHashMap<>();
    live.forEach(p -> series.put(String.format("%.0fs", p[0]), p[1]));
    Bench.log("memory: live heap %.0f MB before, %.0f MB at most during, %.0f MB after; peak %.0f MB", before, during,
        after, peak);
    return new Section("memory", "Heap over a burst of " + changes + " changes at -Xmx512m",
        "The built jar with -Xmx512m -XX:+ExitOnOutOfMemoryError in the embedded default. " + scale.burstRows()
            + " rows inserted into the demo's articles and indexed, then " + scale.burstRounds() + " transactions "
            + "each updating every one of them (a non-text column, the text in the last), as fast as PostgreSQL "
            + "takes them. A full collection forced every 5 s (jcmd GC.run) shows the live heap; the GC log gives "
            + "the peak heap before any collection.")
        .figure("liveHeapBeforeBurstMb", before)
        .figure("liveHeapDuringBurstMaxMb", during)
        .figure("liveHeapAfterBurstMb", after)
        .figure("peakHeapUsedMb", peak)
        .figure("burstWrittenSeconds", Numbers.round(burstEnd - burstStart, 1))
        .figure("burstDrainedSeconds", Numbers.round(drained - burstStart, 1))
        .figure("stillRunning", alive)
        .figure("liveHeapSamplesMb", series)
        .target(Target.atMost("memory.growth", "live heap growth during the burst (flat: under 10% of the 512 MB cap)",
            during - before, "MB", HEAP_MB / 10.0));
  }

  private static double max(List<double[]> samples, double from, double to) {
    return samples.stream().filter(s -> s[0] >= from && s[0] < to).mapToDouble(s -> s[1]).max().orElse(Double.NaN);
  }

  /** Seconds since the child's JVM started, as its GC log counts them. */
  private static double uptime(ChildFreshet freshet) {
    return freshet.process.info().startInstant()
        .map(t -> Duration.between(t, java.time.Instant.now()).toNanos() / 1e9)
        .orElse((System.nanoTime() - freshet.launchedNanos) / 1e9);
  }

  private static void forceCollections(long pid) {
    while (!Thread.currentThread().isInterrupted()) {
      try {
        collect(pid);
        Thread.sleep(5_000);
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  /** A full collection in the child, by {@code jcmd <pid> GC.run}; returns when it is done. */
  private static void collect(long pid) throws InterruptedException {
    Path jcmd = Path.of(ProcessHandle.current().info().command().orElse("java")).resolveSibling("jcmd");
    try {
      new ProcessBuilder(jcmd.toString(), Long.toString(pid), "GC.run").redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor();
    } catch (java.io.IOException e) {
      throw new IllegalStateException("cannot run jcmd: " + e.getMessage(), e);
    }
  }

  /** Waits until {@code events} change events arrived after {@code mark} and no delivery is open. */
  private static void awaitCaughtUp(Connection state, long mark, long events) throws SQLException {
    long deadline = System.nanoTime() + Duration.ofMinutes(20).toNanos();
    while (count(state, "select count(*) from event_log where seq > " + mark + " and type = 'document.changed'") < events
        || count(state, "select count(*) from delivery where status in ('PENDING', 'RUNNING')") > 0) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("the burst was not indexed within 20 minutes");
      }
      Bench.sleep(200);
    }
  }

  private static long count(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
