package dev.freshet.core.kafka;

import dev.freshet.api.agent.Agent;
import dev.freshet.api.error.ConfigurationException;
import dev.freshet.api.event.ChangeEvent;
import dev.freshet.core.dispatch.AgentRegistry;
import dev.freshet.core.dispatch.DeliveryRuns;
import dev.freshet.core.dispatch.DispatcherSettings;
import dev.freshet.core.dispatch.Transport;
import dev.freshet.core.log.EventLog;
import dev.freshet.core.log.Handoff;
import dev.freshet.core.metrics.FreshetMetrics;
import dev.freshet.core.trace.Traces;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiFunction;
import javax.sql.DataSource;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The Kafka transport. Appends write an outbox row per event in the statement that appends it; the {@link
 * OutboxRelay} publishes them as CloudEvents to one topic keyed by subject; each agent is a consumer group ({@code
 * groupPrefix + name}) whose members, one per worker instance, share the topic's partitions and record every
 * outcome in the state database as the embedded dispatcher does (deliveries, follow-up events, traces, dead letters,
 * and a copy of each dead letter on the dead-letter topic). When a worker dies, the group gives its partitions to
 * the others, which go on from the last committed offsets; a record whose outcome was recorded before the death is
 * not run again.
 *
 * <p>Thread-safe. {@link #start} creates the topics when missing and fails with the property to fix when the
 * brokers cannot be reached.
 */
public final class KafkaTransport implements Transport {

  private static final Logger log = LoggerFactory.getLogger(KafkaTransport.class);
  private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(15);
  private static final long BACKLOG_CACHE_NANOS = Duration.ofSeconds(1).toNanos();

  private final KafkaSettings settings;
  private final DataSource dataSource;
  private final TransactionTemplate tx;
  private final AgentRegistry agents;
  private final DispatcherSettings dispatcher;
  private final DeliveryRuns runs;
  private final AtomicReference<@Nullable String> lastError = new AtomicReference<>();
  private final List<AgentConsumer> consumers = new ArrayList<>();
  private @Nullable Admin admin;
  private @Nullable KafkaProducer<String, byte[]> producer;
  private @Nullable OutboxRelay relay;
  private @Nullable ExecutorService pool;
  private volatile boolean delivering;
  private volatile long backlogAt;
  private volatile long backlog;

  /** @param upcast turns an event into the version an agent asks for ({@code SchemaCatalogue::forAgent}) */
  public KafkaTransport(KafkaSettings settings, DataSource dataSource, TransactionTemplate tx, AgentRegistry agents,
      EventLog eventLog, Traces traces, DispatcherSettings dispatcher, FreshetMetrics metrics,
      BiFunction<ChangeEvent, Agent, ChangeEvent> upcast) {
    if (eventLog.handoff() != Handoff.OUTBOX) {
      throw new IllegalArgumentException("the Kafka transport needs an event log that writes to the outbox");
    }
    this.settings = settings;
    this.dataSource = dataSource;
    this.tx = tx;
    this.agents = agents;
    this.dispatcher = dispatcher;
    this.runs = new DeliveryRuns(dataSource, tx, agents, eventLog, traces, dispatcher, metrics, upcast,
        () -> !delivering);
  }

  @Override
  public String name() {
    return "kafka";
  }

  @Override
  public Handoff handoff() {
    return Handoff.OUTBOX;
  }

  @Override
  public synchronized void start(boolean deliver) {
    if (relay != null) {
      return;
    }
    admin = Admin.create(clientConfig(Map.of()));
    createTopics(admin);
    producer = new KafkaProducer<>(clientConfig(Map.of(
        ProducerConfig.ACKS_CONFIG, "all",
        ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
        ProducerConfig.LINGER_MS_CONFIG, 0,
        // a refused or lost event fails the relay's batch within this, and the relay tries the batch again
        ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 30_000,
        ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000,
        ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
        ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class)));
    relay = new OutboxRelay(dataSource, tx, producer, settings.topic(), dispatcher.sweepInterval());
    relay.start();
    if (deliver) {
      delivering = true;
      pool = Executors.newFixedThreadPool(dispatcher.concurrency(),
          Thread.ofPlatform().name("freshet-agent-", 0).daemon().factory());
      for (String name : agents.names()) {
        Agent agent = agents.byName(name).orElseThrow();
        AgentConsumer consumer = new AgentConsumer(agent, settings, new KafkaConsumer<>(consumerConfig(agent)), runs,
            pool, producer, lastError);
        consumers.add(consumer);
        consumer.start();
      }
    }
    log.info("Kafka transport started on {} (topic {}, {} agent group(s) on this instance)",
        settings.bootstrapServers(), settings.topic(), consumers.size());
  }

  @Override
  public void stop(Duration timeout) {
    stop(timeout, false);
  }

  /**
   * Stops as a worker that dies would, for tests of fail-over: the consumers leave their groups without committing
   * what is in progress and their runs stop retrying.
   */
  public void abandon() {
    stop(Duration.ZERO, true);
  }

  private synchronized void stop(Duration timeout, boolean abandon) {
    delivering = false;
    consumers.forEach(c -> c.stop(timeout, abandon));
    consumers.clear();
    if (pool != null) {
      pool.shutdown();
      try {
        if (!pool.awaitTermination(abandon ? 0 : timeout.toMillis(), TimeUnit.MILLISECONDS)) {
          pool.shutdownNow();
        }
      } catch (InterruptedException e) {
        pool.shutdownNow();
        Thread.currentThread().interrupt();
      }
      pool = null;
    }
    if (relay != null) {
      relay.close();
      relay = null;
    }
    if (producer != null) {
      producer.close(Duration.ofSeconds(5));
      producer = null;
    }
    if (admin != null) {
      admin.close(Duration.ofSeconds(5));
      admin = null;
    }
  }

  @Override
  public boolean isDelivering() {
    return delivering;
  }

  @Override
  public @Nullable String lastError() {
    OutboxRelay r = relay;
    String relayError = r == null ? null : r.lastError();
    return relayError != null ? "outbox relay: " + relayError : lastError.get();
  }

  /** The outbox, plus every agent group's lag on the topic (records not yet committed); cached for a second. */
  @Override
  public long backlog() {
    long now = System.nanoTime();
    if (now - backlogAt < BACKLOG_CACHE_NANOS) {
      return backlog;
    }
    OutboxRelay r = relay;
    Admin a = admin;
    long total = r == null ? 0 : r.waiting();
    if (a != null) {
      total += lag(a);
    }
    backlog = total;
    backlogAt = now;
    return total;
  }

  private long lag(Admin a) {
    try {
      Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
      for (int p = 0; p < partitions(a); p++) {
        latest.put(new TopicPartition(settings.topic(), p), OffsetSpec.latest());
      }
      Map<TopicPartition, Long> ends = new HashMap<>();
      a.listOffsets(latest).all().get(5, TimeUnit.SECONDS).forEach((tp, info) -> ends.put(tp, info.offset()));
      Map<TopicPartition, OffsetSpec> earliest = new HashMap<>();
      ends.keySet().forEach(tp -> earliest.put(tp, OffsetSpec.earliest()));
      Map<TopicPartition, Long> starts = new HashMap<>();
      a.listOffsets(earliest).all().get(5, TimeUnit.SECONDS).forEach((tp, info) -> starts.put(tp, info.offset()));
      long lag = 0;
      for (String name : agents.names()) {
        Map<TopicPartition, OffsetAndMetadata> committed = a.listConsumerGroupOffsets(settings.group(name))
            .partitionsToOffsetAndMetadata().get(5, TimeUnit.SECONDS);
        for (Map.Entry<TopicPartition, Long> end : ends.entrySet()) {
          OffsetAndMetadata at = committed.get(end.getKey());
          long from = at == null ? starts.getOrDefault(end.getKey(), 0L) : at.offset();
          lag += Math.max(0, end.getValue() - from);
        }
      }
      return lag;
    } catch (ExecutionException | TimeoutException e) {
      log.debug("Could not read the consumer groups' lag: {}", e.toString());
      return 0;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return 0;
    }
  }

  private int partitions(Admin a) throws ExecutionException, InterruptedException, TimeoutException {
    return a.describeTopics(Set.of(settings.topic())).allTopicNames().get(5, TimeUnit.SECONDS)
        .get(settings.topic()).partitions().size();
  }

  private void createTopics(Admin a) {
    Optional<Short> replicas = settings.replicationFactor() < 1 ? Optional.empty()
        : Optional.of(settings.replicationFactor());
    try {
      Set<String> existing = a.listTopics().names().get(CONNECT_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
      List<NewTopic> missing = new ArrayList<>();
      for (String topic : List.of(settings.topic(), settings.deadLetterTopic())) {
        if (!existing.contains(topic)) {
          missing.add(new NewTopic(topic, Optional.of(settings.partitions()), replicas));
        }
      }
      if (!missing.isEmpty()) {
        a.createTopics(missing).all().get(CONNECT_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        awaitLeaders(a, missing.stream().map(NewTopic::name).toList());
        log.info("Created the Kafka topic(s) {} with {} partitions", missing.stream().map(NewTopic::name).toList(),
            settings.partitions());
      }
    } catch (TimeoutException e) {
      stop(Duration.ZERO, true);
      throw new ConfigurationException("freshet.transport.kafka.bootstrap-servers", "no Kafka broker answered at "
          + settings.bootstrapServers() + " within " + CONNECT_TIMEOUT.toSeconds() + " s",
          "Start the brokers, or point the property at them (host:port,...)");
    } catch (ExecutionException e) {
      if (e.getCause() instanceof org.apache.kafka.common.errors.TopicExistsException) {
        return; // another instance created it meanwhile
      }
      stop(Duration.ZERO, true);
      throw new ConfigurationException("freshet.transport.kafka.topic", "could not create the topics "
          + settings.topic() + " and " + settings.deadLetterTopic() + ": " + e.getCause(),
          "Create them yourself (keyed by subject, as many partitions as workers you want), or grant Freshet's "
              + "principal CREATE on the cluster");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while connecting to Kafka", e);
    }
  }

  /**
   * Waits until every partition of new topics has a leader: an idempotent producer that writes to a partition still
   * electing one gets a metadata error, retries, and can then be refused the retry as out of sequence.
   */
  private static void awaitLeaders(Admin a, List<String> topics)
      throws ExecutionException, InterruptedException, TimeoutException {
    long deadline = System.nanoTime() + CONNECT_TIMEOUT.toNanos();
    while (System.nanoTime() < deadline) {
      try {
        boolean ready = a.describeTopics(topics).allTopicNames().get(CONNECT_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)
            .values().stream().flatMap(t -> t.partitions().stream()).allMatch(p -> p.leader() != null
                && !p.leader().isEmpty());
        if (ready) {
          return;
        }
      } catch (ExecutionException e) {
        // a broker may not know a topic it has just created until its metadata catches up
        if (!(e.getCause() instanceof org.apache.kafka.common.errors.UnknownTopicOrPartitionException)) {
          throw e;
        }
      }
      Thread.sleep(50);
    }
    throw new TimeoutException("the new topics' partitions have no leader after " + CONNECT_TIMEOUT.toSeconds()
        + " s");
  }

  private Map<String, Object> consumerConfig(Agent agent) {
    return clientConfig(Map.of(
        ConsumerConfig.GROUP_ID_CONFIG, settings.group(agent.name()),
        ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
        ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
        ConsumerConfig.MAX_POLL_RECORDS_CONFIG, settings.maxPollRecords(),
        ConsumerConfig.CLIENT_ID_CONFIG, "freshet-" + agent.name() + "-" + ProcessHandle.current().pid(),
        ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
        ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class));
  }

  private Map<String, Object> clientConfig(Map<String, Object> own) {
    Map<String, Object> config = new HashMap<>(settings.client());
    config.put("bootstrap.servers", settings.bootstrapServers());
    config.putAll(own);
    return config;
  }
}
