package dev.freshet.bench;

import io.debezium.engine.DebeziumEngine;
import io.debezium.engine.RecordChangeEvent;
import io.debezium.engine.format.ChangeEventFormat;
import io.debezium.embedded.Connect;
import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.source.SourceRecord;

/**
 * A plain Debezium embedded engine beside Freshet, on its own replication slot of the same database, with
 * Freshet's Debezium settings ({@code pgoutput}, {@code poll.interval.ms} 10): as an observer it measures
 * Debezium's own commit → handler latency; with Debezium's {@code FieldToEmbedding} transform (embedding
 * {@code articles.body} with the same in-process model, see {@link BenchModelFactory}) it is the peer that
 * Freshet's incremental indexing is compared with, measured commit → embedded.
 */
final class PeerEngine implements AutoCloseable {

  /** Tokens the harness writes into bodies: {@code bt<number>z}. */
  static final Pattern TOKEN = Pattern.compile("bt\\d+z");

  /** One change as the engine's handler received it. */
  record Arrival(long nanos, long id) {}

  private final String slot;
  private final SourceDb db;
  private final DebeziumEngine<RecordChangeEvent<SourceRecord>> engine;
  private final ExecutorService runner = Executors.newSingleThreadExecutor(r -> new Thread(r, "bench-peer"));
  private final Map<String, CompletableFuture<Arrival>> byToken = new ConcurrentHashMap<>();
  private final AtomicLong records = new AtomicLong();

  private PeerEngine(SourceDb db, String slot, boolean embed) {
    this.db = db;
    this.slot = slot;
    Properties p = new Properties();
    p.setProperty("name", "bench-" + slot);
    p.setProperty("connector.class", "io.debezium.connector.postgresql.PostgresConnector");
    p.setProperty("offset.storage", "org.apache.kafka.connect.storage.MemoryOffsetBackingStore");
    p.setProperty("offset.flush.interval.ms", "60000");
    p.setProperty("database.hostname", "localhost");
    p.setProperty("database.port", Integer.toString(db.port()));
    p.setProperty("database.user", "postgres");
    p.setProperty("database.password", "");
    p.setProperty("database.dbname", SourceDb.DATABASE);
    p.setProperty("topic.prefix", slot);
    p.setProperty("plugin.name", "pgoutput");
    p.setProperty("slot.name", slot);
    p.setProperty("publication.name", slot);
    p.setProperty("publication.autocreate.mode", "filtered");
    p.setProperty("table.include.list", "public\\.articles");
    p.setProperty("snapshot.mode", "no_data");
    p.setProperty("poll.interval.ms", "10");
    p.setProperty("tombstones.on.delete", "false");
    p.setProperty("decimal.handling.mode", "string");
    p.setProperty("record.processing.order", "ORDERED");
    if (embed) {
      p.setProperty("transforms", "embed");
      p.setProperty("transforms.embed.type", "io.debezium.ai.embeddings.FieldToEmbedding");
      p.setProperty("transforms.embed.field.source", "after.body");
      p.setProperty("transforms.embed.field.embedding", "after.body_embedding");
    }
    this.engine = DebeziumEngine.create(ChangeEventFormat.of(Connect.class)).using(p).notifying(this::receive)
        .build();
    runner.submit(engine);
  }

  /** Starts an observer and returns once its slot streams. */
  static PeerEngine observer(SourceDb db, String slot) {
    return new PeerEngine(db, slot, false).awaitStreaming();
  }

  /** Starts Debezium with its FieldToEmbedding transform and returns once its slot streams. */
  static PeerEngine fieldToEmbedding(SourceDb db, String slot) {
    return new PeerEngine(db, slot, true).awaitStreaming();
  }

  private PeerEngine awaitStreaming() {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (System.nanoTime() < deadline) {
      try (Connection c = db.connect(); Statement s = c.createStatement();
          ResultSet rs = s.executeQuery("select active from pg_replication_slots where slot_name = '" + slot + "'")) {
        if (rs.next() && rs.getBoolean(1)) {
          return this;
        }
      } catch (SQLException e) {
        throw new IllegalStateException("cannot read the slots: " + e.getMessage(), e);
      }
      Bench.sleep(50);
    }
    throw new IllegalStateException("Debezium (slot " + slot + ") did not start streaming within 60 s");
  }

  private void receive(RecordChangeEvent<SourceRecord> event) {
    long now = System.nanoTime();
    if (!(event.record().value() instanceof Struct value) || value.schema().field("after") == null
        || !(value.get("after") instanceof Struct after)) {
      return;
    }
    records.incrementAndGet();
    Arrival arrival = new Arrival(now, ((Number) after.get("id")).longValue());
    Matcher token = TOKEN.matcher(after.getString("body"));
    while (token.find()) {
      byToken.computeIfAbsent(token.group(), t -> new CompletableFuture<>()).complete(arrival);
    }
  }

  /** Completes when a change whose body holds {@code token} reaches the handler. */
  CompletableFuture<Arrival> arrival(String token) {
    return byToken.computeIfAbsent(token, t -> new CompletableFuture<>());
  }

  /** Changes received so far. */
  long records() {
    return records.get();
  }

  @Override
  public void close() throws IOException, InterruptedException {
    engine.close();
    runner.shutdown();
    runner.awaitTermination(30, TimeUnit.SECONDS);
    db.execute("select pg_drop_replication_slot('" + slot + "') from pg_replication_slots where slot_name = '" + slot
        + "' and not active");
  }
}
