package dev.freshet.connector.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.freshet.api.event.ChangeEvent;
import dev.freshet.api.source.SourceConfig;
import dev.freshet.api.source.SourceConnector;
import dev.freshet.api.source.SourceStatus;
import dev.freshet.testkit.KafkaBroker;
import dev.freshet.testkit.RecordingSourceContext;
import dev.freshet.testkit.SourceConnectorContract;
import io.debezium.engine.DebeziumEngine;
import io.debezium.engine.format.Json;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Debezium-on-Kafka source against a real PostgreSQL and a Kafka broker in this JVM, fed by a real Debezium:
 * an embedded Debezium engine with Kafka Connect's JSON converter publishing each change to the topic Debezium
 * names, as Kafka Connect or Debezium Server would. It keeps the connector contract, and maps a change to the event
 * the embedded connector makes of it.
 */
class DebeziumKafkaConnectorIT extends SourceConnectorContract {

  private static final String PREFIX = "dbz";
  private static EmbeddedPostgres postgres;
  private static KafkaBroker broker;
  private static KafkaProducer<String, String> producer;
  private static DebeziumEngine<io.debezium.engine.ChangeEvent<String, String>> debezium;
  private static final ExecutorService engineThread = Executors.newSingleThreadExecutor();

  @BeforeAll
  static void startDebeziumOnKafka() throws Exception {
    postgres = EmbeddedPostgres.builder().setServerConfig("wal_level", "logical")
        .setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on").start();
    DocsTable.create(postgres.getPostgresDatabase());
    broker = KafkaBroker.start();
    producer = new KafkaProducer<>(Map.of("bootstrap.servers", broker.bootstrapServers(), "acks", "all"),
        new StringSerializer(), new StringSerializer());
    Properties config = new Properties();
    config.setProperty("name", "existing-debezium");
    config.setProperty("connector.class", "io.debezium.connector.postgresql.PostgresConnector");
    config.setProperty("offset.storage", "org.apache.kafka.connect.storage.MemoryOffsetBackingStore");
    config.setProperty("offset.flush.interval.ms", "100");
    config.setProperty("database.hostname", "localhost");
    config.setProperty("database.port", Integer.toString(postgres.getPort()));
    config.setProperty("database.user", "postgres");
    config.setProperty("database.password", "");
    config.setProperty("database.dbname", "postgres");
    config.setProperty("topic.prefix", PREFIX);
    config.setProperty("plugin.name", "pgoutput");
    config.setProperty("slot.name", "existing_debezium");
    config.setProperty("publication.autocreate.mode", "filtered");
    config.setProperty("table.include.list", "public.docs");
    config.setProperty("poll.interval.ms", "10");
    debezium = DebeziumEngine.create(Json.class).using(config).notifying((records, committer) -> {
      for (io.debezium.engine.ChangeEvent<String, String> record : records) {
        try {
          producer.send(new ProducerRecord<>(record.destination(), record.key(), record.value())).get();
        } catch (java.util.concurrent.ExecutionException e) {
          throw new IllegalStateException("Kafka refused a change: " + e.getCause(), e);
        }
        committer.markProcessed(record);
      }
      committer.markBatchFinished();
    }).build();
    engineThread.execute(debezium);
  }

  @AfterAll
  static void stopAll() throws Exception {
    debezium.close();
    engineThread.shutdown();
    producer.close();
    broker.close();
    postgres.close();
  }

  @Override
  protected SourceConnector newConnector() {
    return new DebeziumKafkaConnectorProvider().create(config(PREFIX));
  }

  private static SourceConfig config(String prefix) {
    return new SourceConfig("contract", Map.of("bootstrap-servers", broker.bootstrapServers(),
        "topic-prefix", prefix, "host", "localhost", "port", Integer.toString(postgres.getPort()),
        "database", "postgres", "collections.docs.table", "public.docs", "collections.docs.text-columns", "body"));
  }

  @Override
  protected String write(String key, String text) throws Exception {
    return DocsTable.write(postgres.getPostgresDatabase(), key, text);
  }

  @Override
  protected void delete(String key) throws Exception {
    DocsTable.delete(postgres.getPostgresDatabase(), key);
  }

  @Test
  void anUpdateSaysWhichColumnsChangedAsTheEmbeddedConnectorDoes() throws Exception {
    RecordingSourceContext context = new RecordingSourceContext("contract", null);
    start(context);
    String subject = write("eta", "Eta, before.");
    awaitEventFor(context, subject);

    write("eta", "Eta, after.");

    await().atMost(TIMEOUT).until(() -> eventsFor(context, subject).size() >= 2);
    ChangeEvent update = eventsFor(context, subject).getLast();
    assertThat(update.type()).isEqualTo("document.changed");
    assertThat(update.data()).containsEntry("textChanged", true).containsEntry("table", "public.docs");
    assertThat(update.correlationId()).startsWith("pg:contract:tx");
    assertThat(update.position()).startsWith("lsn ");
  }

  @Test
  void recordsWithoutSchemasStopTheSourceWithTheSettingToChange() throws Exception {
    producer.send(new ProducerRecord<>("schemaless.public.docs", "{\"id\":\"x\"}",
        "{\"op\":\"c\",\"after\":{\"id\":\"x\",\"body\":\"no schema\"}}")).get();
    SourceConnector connector = new DebeziumKafkaConnectorProvider().create(config("schemaless"));
    RecordingSourceContext context = new RecordingSourceContext("contract", null);
    try {
      connector.start(context);
      await().atMost(TIMEOUT).until(() -> connector.status().state() == SourceStatus.State.FAILED);
      assertThat(connector.status().message()).contains("schemaless.public.docs-0@0")
          .contains("value.converter.schemas.enable=true");
      assertThat(context.events()).isEmpty();
      assertThat(context.committedPosition()).isEmpty();
    } finally {
      connector.close();
    }
  }
}
