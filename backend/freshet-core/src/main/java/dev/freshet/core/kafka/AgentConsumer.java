package dev.freshet.core.kafka;

import dev.freshet.api.agent.Agent;
import dev.freshet.core.dispatch.DeliveryRuns;
import dev.freshet.core.dispatch.DeliveryRuns.Result;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One agent's member of its consumer group on this instance. It takes a batch of records, runs the agent on them
 * (one sequence key after another in each key's order, different keys at once on the shared worker pool; a
 * coalescing agent once per key for all the batch's events of that key), and commits each partition's offset only
 * up to the records whose outcome is recorded in the state database: at least once. A record delivered again (a
 * worker died between the outcome and the commit) finds its delivery final and is not run twice.
 *
 * <p>While a batch runs, the consumer's partitions are paused and it keeps polling, so it stays in its group however
 * long a retry's backoff lasts. Retries wait here, blocking the key (and the batch, and so the partition's later
 * records), as the embedded dispatcher blocks a key: per-subject order holds. When partitions are taken away (a
 * rebalance), the runs on them finish their current attempt and stop retrying; the new owner goes on.
 */
final class AgentConsumer implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(AgentConsumer.class);
  private static final Duration PAUSED_POLL = Duration.ofMillis(100);

  private final Agent agent;
  private final KafkaSettings settings;
  private final Consumer<String, byte[]> consumer;
  private final DeliveryRuns runs;
  private final ExecutorService pool;
  private final Producer<String, byte[]> producer;
  private final AtomicReference<@Nullable String> lastError;
  private volatile boolean running;
  private volatile boolean abandoning;
  private volatile boolean inBatch;
  private volatile Set<TopicPartition> revoked = Set.of();
  private @Nullable Thread thread;

  AgentConsumer(Agent agent, KafkaSettings settings, Consumer<String, byte[]> consumer, DeliveryRuns runs,
      ExecutorService pool, Producer<String, byte[]> producer, AtomicReference<@Nullable String> lastError) {
    this.agent = agent;
    this.settings = settings;
    this.consumer = consumer;
    this.runs = runs;
    this.pool = pool;
    this.producer = producer;
    this.lastError = lastError;
  }

  void start() {
    running = true;
    thread = Thread.ofPlatform().name("freshet-kafka-" + agent.name()).daemon().start(this::consume);
  }

  /**
   * Stops taking records and waits up to {@code timeout} for the runs in progress; commits what finished, leaves the
   * group. With {@code abandon}, like a worker that dies: nothing more is committed and runs stop retrying, so
   * the group hands the unfinished records to another instance.
   */
  void stop(Duration timeout, boolean abandon) {
    abandoning = abandon;
    running = false;
    consumer.wakeup();
    Thread t = thread;
    if (t != null && timeout.isPositive()) { // join(0) would wait for good
      try {
        t.join(timeout.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  @Override
  public void close() {
    stop(Duration.ofSeconds(10), false);
  }

  private void consume() {
    long errorWait = 200;
    try (consumer) {
      consumer.subscribe(List.of(settings.topic()), new Rebalance());
      while (running) {
        try {
          ConsumerRecords<String, byte[]> records = consumer.poll(KafkaSettings.POLL);
          if (!records.isEmpty()) {
            handle(records);
          }
          errorWait = 200;
        } catch (WakeupException e) {
          break;
        } catch (RuntimeException e) {
          // the brokers are away, or the group is rebalancing badly: what was not committed comes again
          lastError.set(agent.name() + ": " + e);
          log.warn("The Kafka consumer of {} failed; going on in {} ms: {}", agent.name(), errorWait, e.toString());
          sleep(errorWait);
          errorWait = Math.min(errorWait * 2, 30_000);
        }
      }
    } catch (RuntimeException e) {
      log.debug("Closing the Kafka consumer of {}: {}", agent.name(), e.toString());
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** One record's part in a batch: whether its outcome is recorded, so its offset may be committed. */
  private static final class Entry {
    final ConsumerRecord<String, byte[]> record;
    volatile boolean settled;

    Entry(ConsumerRecord<String, byte[]> record) {
      this.record = record;
    }
  }

  private void handle(ConsumerRecords<String, byte[]> records) {
    Map<String, List<Entry>> byKey = new LinkedHashMap<>();
    Map<Entry, CloudEventRecords.Logged> logged = new HashMap<>();
    List<Entry> all = new ArrayList<>();
    for (ConsumerRecord<String, byte[]> record : records) {
      Entry entry = new Entry(record);
      all.add(entry);
      CloudEventRecords.Logged event;
      try {
        event = CloudEventRecords.fromRecord(record);
      } catch (IllegalArgumentException e) {
        log.warn("{} skips a record it cannot read: {}", agent.name(), e.getMessage());
        entry.settled = true;
        continue;
      }
      boolean mine = agent.eventTypes().contains(event.event().type())
          && (event.onlyAgent() == null || event.onlyAgent().equals(agent.name()));
      if (!mine) {
        entry.settled = true;
        continue;
      }
      logged.put(entry, event);
      byKey.computeIfAbsent(agent.sequenceKey(event.event()), k -> new ArrayList<>()).add(entry);
    }
    revoked = Set.of();
    inBatch = true;
    consumer.pause(consumer.assignment());
    List<CompletableFuture<Void>> keys = new ArrayList<>();
    byKey.forEach((key, entries) -> keys.add(CompletableFuture.runAsync(() -> runKey(key, entries, logged), pool)));
    CompletableFuture<Void> batch = CompletableFuture.allOf(keys.toArray(CompletableFuture[]::new));
    try {
      while (!batch.isDone()) {
        try {
          // keeps this member in its group; paused, it returns nothing, but should a partition assigned meanwhile
          // yield records, they are read again after the batch rather than lost
          ConsumerRecords<String, byte[]> early = consumer.poll(PAUSED_POLL);
          for (TopicPartition partition : early.partitions()) {
            consumer.seek(partition, early.records(partition).getFirst().offset());
            consumer.pause(List.of(partition));
          }
        } catch (WakeupException e) {
          // stopping: the runs see it and end; wait for them below
        } catch (RuntimeException e) {
          log.warn("The Kafka consumer of {} could not poll while a batch runs: {}", agent.name(), e.toString());
          sleep(PAUSED_POLL.toMillis());
        }
        if (!running) {
          if (abandoning) {
            return; // as a crash would: the runs are left to finish or fail on their own, nothing is committed
          }
          awaitQuietly(batch);
        }
      }
      if (!abandoning) {
        commit(all);
      }
    } finally {
      inBatch = false;
      consumer.resume(consumer.assignment());
    }
  }

  private void runKey(String key, List<Entry> entries, Map<Entry, CloudEventRecords.Logged> logged) {
    if (agent.coalesces()) {
      settle(key, entries, logged);
      return;
    }
    for (Entry entry : entries) {
      if (!settle(key, List.of(entry), logged)) {
        return; // the rest of the key waits for whoever runs it next, in order
      }
    }
  }

  /** Runs the agent until these records' deliveries are final. Returns false when stopped or revoked first. */
  private boolean settle(String key, List<Entry> entries, Map<Entry, CloudEventRecords.Logged> logged) {
    List<Long> seqs = entries.stream().map(e -> logged.get(e).seq()).toList();
    TopicPartition partition = new TopicPartition(entries.getFirst().record.topic(),
        entries.getFirst().record.partition());
    long errorWait = 200;
    while (running && !revoked.contains(partition)) {
      Result result;
      try {
        result = runs.run(agent, seqs, key);
      } catch (RuntimeException e) {
        lastError.set(agent.name() + ": " + e);
        log.warn("{} could not run on {} (state database?); trying again in {} ms: {}", agent.name(), key,
            errorWait, e.toString());
        sleepUntil(Instant.now().plusMillis(errorWait), partition);
        errorWait = Math.min(errorWait * 2, 30_000);
        continue;
      }
      switch (result) {
        case Result.RetryAt retry -> {
          sleepUntil(retry.due(), partition);
          continue;
        }
        case Result.DeadLettered dead -> publishDeadLetter(entries.getLast(), dead);
        case Result.Finished finished -> { }
        case Result.AlreadyFinal already -> { }
      }
      entries.forEach(e -> e.settled = true);
      return true;
    }
    return false;
  }

  /** A copy of the event on the dead-letter topic; the dead letter itself is in the state database. */
  private void publishDeadLetter(Entry entry, Result.DeadLettered dead) {
    ConsumerRecord<String, byte[]> source = entry.record;
    ProducerRecord<String, byte[]> copy = new ProducerRecord<>(settings.deadLetterTopic(), source.key(),
        source.value());
    source.headers().forEach(h -> copy.headers().add(h));
    header(copy, CloudEventRecords.AGENT_HEADER, agent.name());
    header(copy, "freshet-dead-letter-id", dead.deadLetterId() == null ? null : dead.deadLetterId().toString());
    header(copy, "freshet-error-stage", dead.stage());
    header(copy, "freshet-error-type", dead.errorType());
    try {
      producer.send(copy).get(30, TimeUnit.SECONDS);
    } catch (Exception e) {
      if (e instanceof InterruptedException) {
        Thread.currentThread().interrupt();
      }
      log.warn("Dead letter {} of {} is in the state database but could not be copied to {}: {}",
          dead.deadLetterId(), agent.name(), settings.deadLetterTopic(), e.toString());
    }
  }

  private static void header(ProducerRecord<String, byte[]> record, String name, @Nullable String value) {
    if (value != null) {
      record.headers().remove(name);
      record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }
  }

  /** Commits, per partition still assigned, the offset after the last record that and all before it settled. */
  private void commit(List<Entry> entries) {
    Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
    Set<TopicPartition> blocked = new java.util.HashSet<>();
    Set<TopicPartition> assigned = consumer.assignment();
    for (Entry entry : entries) { // in offset order per partition, as the consumer returned them
      TopicPartition partition = new TopicPartition(entry.record.topic(), entry.record.partition());
      if (!assigned.contains(partition) || blocked.contains(partition)) {
        continue;
      }
      if (entry.settled) {
        offsets.put(partition, new OffsetAndMetadata(entry.record.offset() + 1));
      } else {
        blocked.add(partition);
      }
    }
    if (offsets.isEmpty()) {
      return;
    }
    try {
      consumer.commitSync(offsets);
      lastError.set(null);
    } catch (RuntimeException e) {
      // the group moved on (a rebalance): the records go to their new owner, who finds them final
      log.debug("{} could not commit {}: {}", agent.name(), offsets, e.toString());
    }
  }

  private void sleepUntil(Instant due, TopicPartition partition) {
    while (running && !revoked.contains(partition)) {
      long millis = Duration.between(Instant.now(), due).toMillis();
      if (millis <= 0) {
        return;
      }
      try {
        Thread.sleep(Math.min(millis, 200));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  private static void awaitQuietly(CompletableFuture<Void> batch) {
    try {
      batch.get();
    } catch (Exception e) {
      if (e instanceof InterruptedException) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /** Lets runs on partitions taken away stop retrying, and commits what settled before they go. */
  private final class Rebalance implements ConsumerRebalanceListener {
    @Override
    public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
      revoked = Set.copyOf(partitions);
    }

    @Override
    public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
      revoked = Set.of();
      if (inBatch) {
        consumer.pause(partitions); // until the batch in progress is committed
      }
    }
  }
}
