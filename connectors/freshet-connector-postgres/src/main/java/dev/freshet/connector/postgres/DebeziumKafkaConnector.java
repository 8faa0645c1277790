package dev.freshet.connector.postgres;

import dev.freshet.api.source.SourceConnector;
import dev.freshet.api.source.SourceContext;
import dev.freshet.api.source.SourceDocument;
import dev.freshet.api.source.SourceStatus;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.connect.data.SchemaAndValue;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.json.JsonConverter;
import org.apache.kafka.connect.source.SourceRecord;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the change topics an existing Debezium PostgreSQL connector (Kafka Connect, Debezium Server) writes, and
 * maps them to documents exactly as the embedded connector maps its own records: the same {@link RecordMapper} (so
 * the same subjects, event ids and correlation ids for the same change), the same {@link RowLoader} for the
 * documents' current state. The records must be Kafka Connect JSON with schemas (Debezium's default {@code
 * JsonConverter}, {@code schemas.enable=true}): a record without them stops the source with the setting to change.
 *
 * <p>Its position, each partition's next offset, is kept in Freshet's state database and committed after the sink
 * accepted the records before it; the consumer joins no group and commits nothing to Kafka. Without a position it
 * reads each topic from its beginning (Debezium's snapshot records included, as far as the topics retain them).
 */
final class DebeziumKafkaConnector implements SourceConnector {

  private static final Logger log = LoggerFactory.getLogger(DebeziumKafkaConnector.class);
  private static final Duration POLL = Duration.ofMillis(500);
  /** How often partitions are looked up again: Debezium creates a table's topic with its first change. */
  private static final Duration REFRESH = Duration.ofSeconds(10);

  private final DebeziumKafkaSettings settings;
  private final Subjects subjects;
  private final RowLoader loader;
  private final RecordMapper mapper;
  private final List<String> topics;
  private final JsonConverter keys = converter(true);
  private final JsonConverter values = converter(false);
  private final Map<TopicPartition, Long> positions = new LinkedHashMap<>();
  private volatile SourceStatus status = SourceStatus.of(SourceStatus.State.STARTING, "");
  private volatile boolean running;
  private @Nullable KafkaConsumer<byte[], byte[]> consumer;
  private @Nullable Thread thread;

  DebeziumKafkaConnector(DebeziumKafkaSettings settings) {
    this.settings = settings;
    this.subjects = new Subjects(settings.database().subjectPrefix(), settings.database().collections());
    this.loader = new RowLoader(settings.database(), subjects);
    this.mapper = new RecordMapper(settings.database().sourceId(), subjects, loader::lookupKeys);
    this.topics = settings.topics(mapper.tables());
  }

  @Override
  public String sourceId() {
    return settings.database().sourceId();
  }

  @Override
  public void start(SourceContext context) {
    context.committedPosition().ifPresent(p -> positions.putAll(TopicPositions.parse(p)));
    consumer = new KafkaConsumer<>(Map.of(
        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, settings.bootstrapServers(),
        ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
        ConsumerConfig.CLIENT_ID_CONFIG, "freshet-source-" + sourceId(),
        ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class,
        ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class));
    running = true;
    thread = Thread.ofPlatform().name("freshet-source-" + sourceId()).daemon().start(() -> consume(context));
    log.info("Source {} reads the Debezium topics {} on {}", sourceId(), topics, settings.bootstrapServers());
  }

  private void consume(SourceContext context) {
    KafkaConsumer<byte[], byte[]> kafka = consumer;
    long refreshed = 0;
    long errorWait = 200;
    try (kafka) {
      while (running) {
        try {
          if (System.nanoTime() - refreshed > REFRESH.toNanos() || kafka.assignment().isEmpty()) {
            assign(kafka);
            refreshed = System.nanoTime();
          }
          errorWait = 200;
        } catch (WakeupException e) {
          return; // closing
        } catch (KafkaException e) {
          // the brokers are away: nothing was read, nothing is lost; try again
          status = SourceStatus.of(SourceStatus.State.FAILED, "cannot reach Kafka at " + settings.bootstrapServers()
              + " (retrying): " + e.getMessage());
          log.warn("Source {} cannot reach Kafka; retrying in {} ms: {}", sourceId(), errorWait, e.toString());
          Thread.sleep(errorWait);
          errorWait = Math.min(errorWait * 2, 30_000);
          continue;
        }
        if (kafka.assignment().isEmpty()) {
          Thread.sleep(POLL.toMillis()); // none of the topics exists yet
          continue;
        }
        ConsumerRecords<byte[], byte[]> records = kafka.poll(POLL);
        if (records.isEmpty()) {
          continue;
        }
        List<SourceRecord> changes = new ArrayList<>(records.count());
        Map<TopicPartition, Long> next = new HashMap<>();
        boolean unreadable = false;
        for (ConsumerRecord<byte[], byte[]> record : records) {
          SourceRecord change = toSourceRecord(record);
          if (change == null) {
            unreadable = true; // the source stops here, FAILED, after what came before, never past it
            break;
          }
          changes.add(change);
          next.put(new TopicPartition(record.topic(), record.partition()), record.offset() + 1);
        }
        if (!changes.isEmpty()) {
          SinkRetry.deliver(context, () -> changes.stream().flatMap(c -> mapper.map(c).stream()).toList());
          positions.putAll(next);
          context.commitPosition(TopicPositions.format(positions));
        }
        if (unreadable) {
          return;
        }
      }
    } catch (WakeupException e) {
      // closing
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (RuntimeException e) {
      status = SourceStatus.of(SourceStatus.State.FAILED, "reading the Debezium topics failed: " + e);
      log.error("Source {} stopped reading the Debezium topics: {}", sourceId(), e.toString(), e);
    }
  }

  /** Assigns every partition of the topics that exist, each from its stored position or its beginning. */
  private void assign(KafkaConsumer<byte[], byte[]> kafka) {
    Map<String, List<PartitionInfo>> existing = kafka.listTopics(Duration.ofSeconds(10));
    List<TopicPartition> partitions = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    for (String topic : topics) {
      List<PartitionInfo> infos = existing.get(topic);
      if (infos == null) {
        missing.add(topic);
      } else {
        infos.forEach(info -> partitions.add(new TopicPartition(topic, info.partition())));
      }
    }
    Set<TopicPartition> before = kafka.assignment();
    if (!before.containsAll(partitions) || !partitions.containsAll(before)) {
      kafka.assign(partitions);
      for (TopicPartition partition : partitions) {
        if (before.contains(partition)) {
          continue;
        }
        Long offset = positions.get(partition);
        if (offset == null) {
          kafka.seekToBeginning(List.of(partition));
        } else {
          kafka.seek(partition, offset);
        }
      }
    }
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("topics", topics);
    details.put("waitingForTopics", missing);
    status = new SourceStatus(SourceStatus.State.RUNNING, missing.isEmpty() ? "" : "waiting for Debezium to create "
        + missing, details);
  }

  /** The record as Kafka Connect reads it; null, with the source FAILED, when it is not Connect JSON with schemas. */
  private @Nullable SourceRecord toSourceRecord(ConsumerRecord<byte[], byte[]> record) {
    SchemaAndValue key;
    SchemaAndValue value;
    try {
      key = keys.toConnectData(record.topic(), record.key());
      value = values.toConnectData(record.topic(), record.value());
    } catch (RuntimeException e) {
      return unreadable(record, "it is not Kafka Connect JSON (" + e.getMessage() + ")");
    }
    if (record.value() != null && !(value.value() instanceof Struct)) {
      return unreadable(record, "its value carries no schema");
    }
    return new SourceRecord(null, null, record.topic(), record.partition(), key.schema(), key.value(),
        value.schema(), value.value());
  }

  private @Nullable SourceRecord unreadable(ConsumerRecord<byte[], byte[]> record, String why) {
    String message = "the record at " + record.topic() + "-" + record.partition() + "@" + record.offset()
        + " cannot be read: " + why + ". Configure the Debezium connector with "
        + "value.converter=org.apache.kafka.connect.json.JsonConverter and value.converter.schemas.enable=true "
        + "(and the same for key.converter), then restart this source; it goes on from this record";
    status = SourceStatus.of(SourceStatus.State.FAILED, message);
    log.error("Source {}: {}", sourceId(), message);
    return null;
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
    return mapper.withProblems(status);
  }

  @Override
  public void close() {
    running = false;
    KafkaConsumer<byte[], byte[]> kafka = consumer;
    if (kafka != null) {
      kafka.wakeup();
    }
    Thread t = thread;
    if (t != null) {
      try {
        t.join(Duration.ofSeconds(30));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    if (status.state() != SourceStatus.State.FAILED) {
      status = SourceStatus.of(SourceStatus.State.STOPPED, "");
    }
    loader.close();
  }

  private static JsonConverter converter(boolean isKey) {
    JsonConverter converter = new JsonConverter();
    converter.configure(Map.of("schemas.enable", "true"), isKey);
    return converter;
  }
}
