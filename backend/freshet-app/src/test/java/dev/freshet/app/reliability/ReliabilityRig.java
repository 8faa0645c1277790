package dev.freshet.app.reliability;

import dev.freshet.api.store.StoredChunk;
import dev.freshet.api.store.VectorStore;
import dev.freshet.app.embedded.EmbeddedPostgresServer;
import dev.freshet.core.index.Chunker;
import dev.freshet.core.store.LuceneVectorStore;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.init.ScriptUtils;
import org.springframework.util.FileSystemUtils;

/**
 * The rig of the reliability tests: a source PostgreSQL and a state PostgreSQL of the test's own (so
 * either can be restarted, and Freshet can be killed without taking them along), and Freshet's packaged
 * jar run against them as a separate process. After a run it checks the three invariants against ground
 * truth, the source table and the Lucene index on disk: nothing missing, exactly one current version of
 * every chunk, every delivery in a terminal state.
 */
final class ReliabilityRig implements AutoCloseable {

  static final Duration START_TIMEOUT = Duration.ofSeconds(120);
  static final Duration CATCH_UP_TIMEOUT = Duration.ofMinutes(5);
  private static final Chunker CHUNKER = new Chunker(800, 0);
  /** Sentinel documents written after a stream, to know when Freshet has caught up with it. */
  private static final long SENTINEL_ID = 900_000;

  private final Path dir;
  private final Path logs;
  private final int sourcePort = FreshetProcess.freePort();
  private final int statePort = FreshetProcess.freePort();
  private final List<String> freshetArgs;
  private final AtomicInteger starts = new AtomicInteger();
  private final AtomicInteger sentinels = new AtomicInteger();
  private @Nullable EmbeddedPostgresServer source;
  private @Nullable EmbeddedPostgresServer state;
  private @Nullable FreshetProcess freshet;
  private final boolean stateInSource;
  /** The instances of {@link #launchInstance}, killed at {@link #close()} if still running. */
  private final List<FreshetProcess> instances = new ArrayList<>();

  private ReliabilityRig(Path dir, String name, List<String> freshetArgs, boolean stateInSource) {
    this.dir = dir;
    this.stateInSource = stateInSource;
    this.logs = Path.of("target", "reliability", name).toAbsolutePath();
    try {
      FileSystemUtils.deleteRecursively(logs); // a rerun's logs replace the last run's
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    this.freshetArgs = List.copyOf(freshetArgs);
    this.source = startSource();
    this.state = stateInSource ? null : startState();
  }

  /**
   * Starts both databases: the source seeded with the demo knowledge base, the state database empty.
   * Freshet's logs go to {@code target/reliability/<name>/}, where they outlive the run.
   */
  static ReliabilityRig create(Path dir, String name, String... freshetArgs) {
    return new ReliabilityRig(dir, name, List.of(freshetArgs), false);
  }

  /**
   * Like {@link #create}, with Freshet's state kept in the captured source database itself, in a schema of
   * its own as docs/configuration.md says.
   */
  static ReliabilityRig sharingOneDatabase(Path dir, String name) {
    return new ReliabilityRig(dir, name, List.of("--spring.flyway.schemas=freshet"), true);
  }

  /** The source: the demo's schema without its articles, so each run starts with an empty table. */
  private EmbeddedPostgresServer startSource() {
    EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dir.resolve("source"), sourcePort, false);
    try (Connection c = DriverManager.getConnection(server.jdbcUrl("postgres"), EmbeddedPostgresServer.USER, "");
        Statement s = c.createStatement();
        ResultSet exists = s.executeQuery("select 1 from pg_database where datname = 'demo'")) {
      if (!exists.next()) {
        s.execute("create database demo");
        try (Connection demo = DriverManager.getConnection(server.jdbcUrl("demo"), EmbeddedPostgresServer.USER, "")) {
          ScriptUtils.executeSqlScript(demo, new ClassPathResource("demo/schema.sql"));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("could not create the source database: " + e.getMessage(), e);
    }
    return server;
  }

  private EmbeddedPostgresServer startState() {
    return EmbeddedPostgresServer.start(dir.resolve("state"), statePort, false);
  }

  String sourceUrl() {
    return "jdbc:postgresql://localhost:" + sourcePort + "/" + EmbeddedPostgresServer.DEMO_DATABASE;
  }

  private String stateUrl() {
    if (stateInSource) {
      return sourceUrl() + "?currentSchema=freshet";
    }
    return "jdbc:postgresql://localhost:" + statePort + "/" + EmbeddedPostgresServer.STATE_DATABASE;
  }

  Path dataDir() {
    return dir.resolve("freshet");
  }

  /** Launches Freshet with arguments for this start only, without waiting. */
  FreshetProcess launchWith(List<String> args) {
    return launch(args);
  }

  /** Launches Freshet against the rig's databases, without waiting. */
  FreshetProcess launch(String... jvmOptions) {
    return launch(List.of(), jvmOptions);
  }

  /**
   * Launches one more Freshet instance against the rig's databases, with a data directory and a log of its own
   * ({@code <name>.log}), without waiting: several instances sharing the state database.
   */
  FreshetProcess launchInstance(String name, String... args) {
    FreshetProcess instance = launch(dir.resolve(name), logs.resolve(name + ".log"), List.of(args));
    instances.add(instance);
    return instance;
  }

  private FreshetProcess launch(List<String> extraArgs, String... jvmOptions) {
    freshet = launch(dataDir(), logs.resolve("freshet-" + starts.incrementAndGet() + ".log"), extraArgs,
        jvmOptions);
    return freshet;
  }

  private FreshetProcess launch(Path dataDir, Path log, List<String> extraArgs, String... jvmOptions) {
    List<String> args = new ArrayList<>(List.of(
        "--freshet.data-dir=" + dataDir,
        "--freshet.embedded-postgres.enabled=false",
        "--spring.datasource.url=" + stateUrl(),
        "--spring.datasource.username=" + EmbeddedPostgresServer.USER,
        "--freshet.sources.demo.host=localhost",
        "--freshet.sources.demo.port=" + sourcePort));
    args.addAll(freshetArgs);
    args.addAll(extraArgs);
    return FreshetProcess.launch(log, List.of(jvmOptions), args);
  }

  /** Launches Freshet and waits until it is ready: every source captures, so each change from now on is an event. */
  FreshetProcess start(String... jvmOptions) {
    return launch(jvmOptions).awaitReady(START_TIMEOUT);
  }

  FreshetProcess freshet() {
    if (freshet == null) {
      throw new IllegalStateException("Freshet was not started");
    }
    return freshet;
  }

  int starts() {
    return starts.get();
  }

  void restartSourceDatabase(Duration down) throws IOException {
    source.close();
    FreshetProcess.sleep(down.toMillis());
    source = startSource();
  }

  void restartStateDatabase(Duration down) throws IOException {
    state.close();
    FreshetProcess.sleep(down.toMillis());
    state = startState();
  }

  /** A number from the state database. */
  long state(String sql, Object... args) {
    return query(stateUrl(), sql, args);
  }

  /** Rows from the state database, each as its columns joined by " | ", for diagnostics. */
  List<String> stateRows(String sql, Object... args) {
    try (Connection c = DriverManager.getConnection(stateUrl(), EmbeddedPostgresServer.USER, "");
        PreparedStatement s = c.prepareStatement(sql)) {
      bind(s, args);
      List<String> rows = new ArrayList<>();
      try (ResultSet rs = s.executeQuery()) {
        int columns = rs.getMetaData().getColumnCount();
        while (rs.next()) {
          List<String> values = new ArrayList<>();
          for (int i = 1; i <= columns; i++) {
            values.add(String.valueOf(rs.getObject(i)));
          }
          rows.add(String.join(" | ", values));
        }
      }
      return rows;
    } catch (SQLException e) {
      throw new IllegalStateException(sql + ": " + e.getMessage(), e);
    }
  }

  /** A number from the source database. */
  long source(String sql, Object... args) {
    return query(sourceUrl(), sql, args);
  }

  void sourceUpdate(String sql, Object... args) {
    try (Connection c = DriverManager.getConnection(sourceUrl(), EmbeddedPostgresServer.USER, "");
        PreparedStatement s = c.prepareStatement(sql)) {
      bind(s, args);
      s.execute(); // statements and selects of functions (pg_switch_wal) alike
    } catch (SQLException e) {
      throw new IllegalStateException(sql + ": " + e.getMessage(), e);
    }
  }

  /**
   * What was in flight at this moment: rows committed at the source but not yet in the event log (among
   * the writer's newest inserts), events logged but not yet indexed, deliveries being indexed right now.
   */
  String inFlight(SourceWriter writer) {
    try {
      long notLogged = query(stateUrl(), """
          select count(*) from unnest(?::text[]) s(subject)
          where not exists (select 1 from event_log e where e.subject = s.subject)""",
          (Object) writer.lastSequences(20).stream().map(SourceWriter::subject).toArray(String[]::new));
      long pending = state("select count(*) from delivery where status = 'PENDING'");
      long running = state("select count(*) from delivery where status = 'RUNNING'");
      return notLogged + " of the 20 newest rows not yet logged, " + pending + " events not yet indexed, "
          + running + " being indexed";
    } catch (IllegalStateException e) {
      return "state database not reachable: " + e.getMessage();
    }
  }

  /**
   * Writes a fresh sentinel document and waits until it is indexed and no delivery of an event logged before it
   * is open: the source's changes are logged in commit order, so by then Freshet has handled everything committed
   * before it. Deliveries of later changes (a writer still going) may be open: a stream seldom leaves none.
   */
  void awaitCaughtUp() {
    long id = SENTINEL_ID + sentinels.incrementAndGet();
    sourceUpdate("insert into articles (id, title, body, author) values (?, 'Sentinel', 'The stream ends here.', 'Rig')", id);
    long deadline = System.nanoTime() + CATCH_UP_TIMEOUT.toNanos();
    while (System.nanoTime() < deadline) {
      try {
        if (state("select count(*) from document_state where subject = ? and status = 'INDEXED'",
                "kb:public.articles:" + id) == 1
            && state("select count(*) from delivery where status in ('PENDING', 'RUNNING') and event_seq <= "
                + "(select max(seq) from event_log where subject = ?)", "kb:public.articles:" + id) == 0) {
          return;
        }
      } catch (IllegalStateException e) {
        // the state database is not ready yet
      }
      FreshetProcess.sleep(200);
    }
    throw new AssertionError("Freshet did not catch up within " + CATCH_UP_TIMEOUT + ": "
        + state("select count(*) from delivery where status in ('PENDING', 'RUNNING')") + " deliveries open; see "
        + (freshet == null ? logs : freshet.log()));
  }

  /**
   * Checks the invariants; Freshet must be stopped (the check opens the index on disk). Returns every
   * difference found, empty when the index is exactly what the source holds.
   */
  List<String> check(List<Long> acknowledged) {
    long active = state("select id from index_generation where status = 'ACTIVE'");
    try (LuceneVectorStore store = new LuceneVectorStore(dataDir().resolve("index").resolve("g" + active))) {
      return check(acknowledged, store);
    }
  }

  /** The invariants of {@link #check(List)} against the active generation's store, wherever it is. */
  List<String> check(List<Long> acknowledged, VectorStore store) {
    List<String> problems = new ArrayList<>();
    Map<String, List<String>> expected = expectedChunks();
    for (long seq : acknowledged) {
      if (!expected.containsKey(SourceWriter.subject(seq))) {
        problems.add("sequence " + seq + " was acknowledged by the source but is not in its table");
      }
    }
    {
      long total = expected.values().stream().mapToLong(List::size).sum();
      if (store.count() != total) {
        problems.add("the index holds " + store.count() + " chunks, the source's documents make " + total);
      }
      expected.forEach((subject, chunks) -> {
        List<StoredChunk> stored = store.chunksOf(subject);
        List<String> texts = stored.stream().map(StoredChunk::text).toList();
        if (!texts.equals(chunks)) {
          problems.add(subject + ": the index holds " + stored.size() + " chunk(s) " + abbreviate(texts)
              + ", the source's text makes " + chunks.size() + " " + abbreviate(chunks));
        }
        if (stored.stream().map(StoredChunk::index).distinct().count() != stored.size()) {
          problems.add(subject + ": two chunks with the same index");
        }
      });
    }
    long open = state("select count(*) from delivery where status not in ('DONE', 'SKIPPED', 'COALESCED', 'DEAD')");
    if (open > 0) {
      problems.add(open + " deliveries are not in a terminal state");
    }
    long indexed = state("select count(*) from document_state where status = 'INDEXED' and subject like 'kb:public.articles:%'");
    if (indexed != expected.size()) {
      problems.add(indexed + " documents are marked indexed, the source has " + expected.size());
    }
    List<String> gone = stateRows("select subject from document_state where status = 'INDEXED' and subject like 'kb:public.articles:%'")
        .stream().filter(subject -> !expected.containsKey(subject)).limit(5).toList();
    for (String subject : gone) {
      problems.add(subject + " is marked indexed but gone at the source; " + history(subject));
    }
    return problems;
  }

  /** A document's story in the state database, for a failure message: its events, their deliveries, its state. */
  String history(String subject) {
    return "its events (seq, operation, time, delivery status, attempts, updated): " + stateRows("""
        select e.seq, e.type, e.operation, e.time, d.status, d.attempts, d.updated_at
        from event_log e left join delivery d on d.event_seq = e.seq
        where e.subject = ? order by e.seq""", subject)
        + "; its state (status, chunks, event, indexed at): " + stateRows("""
        select status, chunk_count, event_id, indexed_at from document_state where subject = ?""", subject)
        + "; truncates (seq, time, delivery status, updated): " + stateRows("""
        select e.seq, e.time, d.status, d.updated_at from event_log e left join delivery d on d.event_seq = e.seq
        where e.type = 'COLLECTION_TRUNCATED' order by e.seq""");
  }

  /** Each row's chunks, split from its text as the indexing agent splits it (title, blank line, body). */
  private Map<String, List<String>> expectedChunks() {
    Map<String, List<String>> expected = new LinkedHashMap<>();
    try (Connection c = DriverManager.getConnection(sourceUrl(), EmbeddedPostgresServer.USER, "");
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("select id, title, body from articles order by id")) {
      while (rs.next()) {
        expected.put("kb:public.articles:" + rs.getLong(1), CHUNKER.split(rs.getString(2) + "\n\n" + rs.getString(3)));
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return expected;
  }

  private static String abbreviate(List<String> texts) {
    return texts.stream().map(t -> t.length() > 40 ? t.substring(0, 40) + "…" : t).toList().toString();
  }

  private static long query(String url, String sql, Object... args) {
    try (Connection c = DriverManager.getConnection(url, EmbeddedPostgresServer.USER, "");
        PreparedStatement s = c.prepareStatement(sql)) {
      bind(s, args);
      try (ResultSet rs = s.executeQuery()) {
        return rs.next() ? rs.getLong(1) : 0;
      }
    } catch (SQLException e) {
      throw new IllegalStateException(sql + ": " + e.getMessage(), e);
    }
  }

  private static void bind(PreparedStatement s, Object... args) throws SQLException {
    for (int i = 0; i < args.length; i++) {
      if (args[i] instanceof String[] array) {
        s.setArray(i + 1, s.getConnection().createArrayOf("text", array));
      } else {
        s.setObject(i + 1, args[i]);
      }
    }
  }

  @Override
  public void close() throws IOException {
    try {
      if (freshet != null) {
        freshet.close();
      }
      instances.forEach(FreshetProcess::close);
    } finally {
      try {
        if (state != null) {
          state.close();
        }
      } finally {
        if (source != null) {
          source.close();
        }
      }
    }
  }
}
