package dev.freshet.connector.postgres;

import dev.freshet.api.source.SourceConnector;
import dev.freshet.api.source.SourceContext;
import dev.freshet.api.source.SourceDocument;
import dev.freshet.api.source.SourceStatus;
import io.debezium.engine.DebeziumEngine;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Captures row changes with an embedded Debezium engine (async engine, pgoutput, a publication limited
 * to the mapped tables). Each batch is mapped, handed to the sink, and only then marked processed, so
 * Debezium commits offsets (to the state database) and confirms the slot's LSN only for changes that
 * are durable in the event log.
 */
final class PostgresConnector implements SourceConnector {

  private static final Logger log = LoggerFactory.getLogger(PostgresConnector.class);

  private final PostgresSettings settings;
  private final Subjects subjects;
  private final RecordMapper mapper;
  private final RowLoader loader;
  private final String contextKey = UUID.randomUUID().toString();
  private volatile SourceStatus status = SourceStatus.of(SourceStatus.State.STOPPED, "not started");
  private final Signals signals;
  private volatile Map<String, String> replicaIdentities = Map.of();
  private volatile @Nullable DebeziumRun engine;
  /** The slot loss this start found, shown in the status until the next start. */
  private volatile @Nullable SlotLoss slotLoss;
  private volatile boolean closed;

  PostgresConnector(PostgresSettings settings) {
    this.settings = settings;
    this.subjects = new Subjects(settings.subjectPrefix(), settings.collections());
    this.loader = new RowLoader(settings, subjects);
    this.mapper = new RecordMapper(settings.sourceId(), subjects, loader::lookupKeys);
    this.signals = new Signals(settings.signalTable(), loader);
  }

  @Override
  public String sourceId() {
    return settings.sourceId();
  }

  @Override
  public synchronized void start(SourceContext context) {
    closed = false;
    replicaIdentities = MappingCheck.run(settings, loader);
    slotLoss = null;
    ContextOffsetBackingStore.Recheck unfinished = null;
    if (!replicaIdentities.isEmpty()) { // the source is reachable
      checkServer();
      signals.ensureTable();
      SlotLoss lost = SlotLoss.detect(settings, loader, context.committedPosition()).orElse(null);
      if (lost != null) {
        slotLoss = lost;
        if (settings.slotLoss() == SlotLoss.Policy.FAIL) {
          status = SourceStatus.of(SourceStatus.State.FAILED, lost.failureMessage(settings));
          log.error("Source {} not started: {}", settings.sourceId(), status.message());
          return;
        }
        lost.resnapshot(settings, loader, context);
      } else {
        unfinished = unfinishedSnapshot(context);
      }
    }
    ContextOffsetBackingStore.Registration registered = new ContextOffsetBackingStore.Registration(context,
        (recheck, lsn) -> SlotLoss.recheckEvents(settings, subjects, recheck, lsn));
    registered.recheck = unfinished;
    ContextOffsetBackingStore.register(contextKey, registered);
    status = SourceStatus.of(SourceStatus.State.STARTING, "connecting to " + settings.host() + ":" + settings.port());
    engine = DebeziumRun.start(settings.sourceId(), debeziumProperties(),
        new BatchHandler(context, mapper, () -> status = running()),
        new DebeziumEngine.ConnectorCallback() {
          @Override
          public void taskStarted() {
            status = running();
            resnapshotChangedCollections(registered);
          }
        },
        (success, message, error) -> {
          if (!success && !closed && slotLostWhileRunning(context)) {
            return;
          }
          if (!success) {
            status = SourceStatus.of(SourceStatus.State.FAILED, message == null ? String.valueOf(error) : message);
            log.error("Source {} stopped: {}", settings.sourceId(), message, error);
          } else if (status.state() != SourceStatus.State.FAILED) {
            status = SourceStatus.of(SourceStatus.State.STOPPED, "stopped");
          }
        });
    log.info("Source {} capturing {} from {}", settings.sourceId(),
        mapper.tables(), settings);
  }

  /** The server's prerequisites ({@link ServerCheck}); an unreachable server is retried by Debezium, as at any time. */
  private void checkServer() {
    try {
      ServerCheck.run(settings, loader, mapper.tables());
    } catch (java.sql.SQLException e) {
      log.warn("Source {}: cannot check the server's settings now ({}); capture starts anyway and retries connecting",
          settings.sourceId(), e.getMessage());
    }
  }

  /**
   * Re-reads the collections whose mapping changed since the stored position was written (or that are
   * new), so every document follows the current configuration. On a first start the initial snapshot
   * reads everything. The new fingerprints are stored only after the snapshots are signalled; Debezium
   * keeps an incremental snapshot's progress in its offsets, so it resumes after a restart.
   */
  private void resnapshotChangedCollections(ContextOffsetBackingStore.Registration registered) {
    Map<String, String> current = new LinkedHashMap<>();
    settings.collections().forEach(c -> current.put(c.name(), c.fingerprint()));
    if (registered.resumed) {
      for (Collection c : settings.collections()) {
        String stored = registered.storedCollections.get(c.name());
        if (!c.fingerprint().equals(stored)) {
          try {
            signals.snapshot(c.snapshotTables(), stored == null ? "collection " + c.name() + " is new"
                : "the mapping of collection " + c.name() + " changed");
          } catch (RuntimeException e) {
            log.warn("Source {}: could not request a snapshot of {}; it is asked again at the next start: {}",
                settings.sourceId(), c.name(), e.getMessage());
            current.put(c.name(), stored == null ? "" : stored);
          }
        }
      }
    }
    registered.collectionsToSave = current;
  }

  @Override
  public void resnapshot(String collection) {
    Collection c = settings.collections().stream().filter(x -> x.name().equals(collection)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("source " + settings.sourceId() + " has no collection '"
            + collection + "' (it has " + settings.collections().stream().map(Collection::name).toList() + ")"));
    signals.snapshot(c.snapshotTables(), "requested by an operator");
  }

  @Override
  public Optional<SourceDocument> load(String subject) {
    mapper.requireMapped(subjects.parse(subject));
    return loader.load(subject);
  }

  @Override
  public Optional<List<String>> subjects() {
    return Optional.of(loader.subjects());
  }

  @Override
  public SourceStatus status() {
    SourceStatus current = mapper.withProblems(status);
    Map<String, Object> details = new LinkedHashMap<>(current.details());
    details.put("slot", settings.slotName());
    details.put("publication", settings.publicationName());
    details.put("replicaIdentity", replicaIdentities);
    SlotLoss lost = slotLoss;
    if (lost != null) {
      details.put("slotLoss", lost.describe(settings.slotLoss()));
    }
    try {
      loader.query("select active, pg_wal_lsn_diff(pg_current_wal_lsn(), confirmed_flush_lsn) as lag, "
          + "wal_status from pg_replication_slots where slot_name = '" + settings.slotName() + "'", rs -> {
            if (rs.next()) {
              details.put("slotActive", rs.getBoolean("active"));
              details.put("slotLagBytes", rs.getLong("lag"));
              details.put("walStatus", rs.getString("wal_status"));
            } else {
              details.put("slotActive", false);
              details.put("slotMissing", true);
            }
            return null;
          });
    } catch (Exception e) {
      details.put("slotCheckError", e.getMessage());
    }
    Map<String, Object> snapshot = SnapshotProgress.read(topicPrefix());
    if (!snapshot.isEmpty()) {
      details.put("snapshot", snapshot);
    }
    return new SourceStatus(current.state(), current.message(), details);
  }

  /**
   * The re-check owed when an earlier run left the initial snapshot unfinished (stopped or killed while reading
   * the tables, or before its first position was stored, when only the slot it made tells it ran). Debezium then
   * reads the tables again, from a new point in time: the rows deleted since the earlier run read them are in
   * neither that snapshot nor the stream after it, while their documents are in the index. Null when none is owed.
   */
  private ContextOffsetBackingStore.@Nullable Recheck unfinishedSnapshot(SourceContext context) {
    Optional<String> stored = context.committedPosition();
    if (stored.isPresent() && ContextOffsetBackingStore.hasOffsets(stored.get())) {
      return ContextOffsetBackingStore.snapshotUnfinished(stored.get())
          ? new ContextOffsetBackingStore.Recheck("an earlier run stopped before the initial snapshot finished, so the "
              + "tables are read again", ContextOffsetBackingStore.lsnOf(stored.get()).orElse(0))
          : null;
    }
    return SlotLoss.slotExists(settings, loader)
        ? new ContextOffsetBackingStore.Recheck("an earlier run made the replication slot " + settings.slotName()
            + " but stopped before storing a position, so the tables are read again", 0)
        : null;
  }

  /**
   * Called when the engine failed: if the cause is a slot lost under the running source (Debezium then fails
   * with "offset is no longer available"), applies the slot-loss policy. Re-snapshotting restarts the engine
   * from another thread, as this one is the engine's own.
   */
  private boolean slotLostWhileRunning(SourceContext context) {
    SlotLoss lost = SlotLoss.detect(settings, loader, context.committedPosition()).orElse(null);
    if (lost == null) {
      return false;
    }
    slotLoss = lost;
    if (settings.slotLoss() == SlotLoss.Policy.FAIL) {
      status = SourceStatus.of(SourceStatus.State.FAILED, lost.failureMessage(settings));
      log.error("Source {} stopped: {}", settings.sourceId(), status.message());
      return true;
    }
    status = SourceStatus.of(SourceStatus.State.STARTING, "restarting: " + lost.reason());
    Thread.ofPlatform().name("freshet-source-" + settings.sourceId() + "-restart").start(() -> {
      synchronized (this) {
        if (closed) {
          return;
        }
        stopEngine();
        try {
          start(context);
        } catch (RuntimeException e) {
          status = SourceStatus.of(SourceStatus.State.FAILED, "could not re-snapshot after " + lost.reason() + ": "
              + e.getMessage() + "; the next start tries again");
          log.error("Source {}: {}", settings.sourceId(), status.message(), e);
        }
      }
    });
    return true;
  }

  @Override
  public synchronized void close() {
    closed = true;
    try {
      stopEngine();
    } finally {
      loader.close();
    }
  }

  private void stopEngine() {
    DebeziumRun running = engine;
    try {
      if (running != null) {
        running.stop();
      }
    } finally {
      ContextOffsetBackingStore.unregister(contextKey);
      engine = null;
    }
  }

  @Override
  public List<String> collections() {
    return settings.collections().stream().map(Collection::name).toList();
  }

  private String topicPrefix() {
    return "freshet-" + settings.sourceId();
  }

  private SourceStatus running() {
    SlotLoss lost = slotLoss;
    return SourceStatus.of(SourceStatus.State.RUNNING, lost == null ? "streaming"
        : "streaming; re-snapshotted at start because " + lost.reason() + " (see slotLoss)");
  }

  Properties debeziumProperties() {
    Properties p = new Properties();
    p.setProperty("name", "freshet-" + settings.sourceId());
    p.setProperty("connector.class", "io.debezium.connector.postgresql.PostgresConnector");
    p.setProperty("offset.storage", ContextOffsetBackingStore.class.getName());
    p.setProperty(ContextOffsetBackingStore.CONTEXT_KEY, contextKey);
    p.setProperty("offset.flush.interval.ms", Long.toString(settings.offsetFlushInterval().toMillis()));
    p.setProperty("database.hostname", settings.host());
    p.setProperty("database.port", Integer.toString(settings.port()));
    p.setProperty("database.user", settings.user());
    p.setProperty("database.password", settings.password());
    p.setProperty("database.dbname", settings.database());
    p.setProperty("topic.prefix", topicPrefix());
    p.setProperty("plugin.name", "pgoutput");
    p.setProperty("slot.name", settings.slotName());
    p.setProperty("publication.name", settings.publicationName());
    p.setProperty("publication.autocreate.mode", "filtered");
    p.setProperty("table.include.list", java.util.stream.Stream.concat(mapper.tables().stream(),
            java.util.stream.Stream.of(signals.table()))
        .map(t -> t.replace(".", "\\.")).collect(Collectors.joining(",")));
    p.setProperty("signal.data.collection", signals.table());
    p.setProperty("signal.enabled.channels", "source");
    p.setProperty("snapshot.mode", settings.snapshotMode());
    p.setProperty("poll.interval.ms", Long.toString(settings.pollInterval().toMillis()));
    p.setProperty("heartbeat.interval.ms", Long.toString(settings.heartbeatInterval().toMillis()));
    p.setProperty("tombstones.on.delete", "false");
    p.setProperty("skipped.operations", "none"); // TRUNCATE must reach the index too
    p.setProperty("decimal.handling.mode", "string");
    p.setProperty("record.processing.order", "ORDERED");
    // after a retriable failure (the source restarted, the slot's connection dropped) reconnect after 2 s,
    // not Debezium's 10 s: changes wait in the slot meanwhile, and freshness is the point
    p.setProperty("retriable.restart.connector.wait.ms", "2000");
    return p;
  }
}
