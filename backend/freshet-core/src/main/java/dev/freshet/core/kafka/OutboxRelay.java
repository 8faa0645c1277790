package dev.freshet.core.kafka;

import dev.freshet.core.dispatch.NotificationListener;
import dev.freshet.core.log.EventRows;
import dev.freshet.core.log.Handoff;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Publishes the outbox to the topic: the events appended since, in log order, each deleted from the outbox in the
 * transaction that waited for the broker's acknowledgement. So an event is in the topic at least once (a failure
 * between the acknowledgement and the commit publishes it again; the workers take each delivery once), and a
 * source's position, committed once the append returned, never runs ahead of what reaches the agents.
 *
 * <p>Every instance runs a relay, since every instance may append (sources, agents' follow-up events, an operator's
 * replay); they take turns through a transaction-level advisory lock, so one subject's events enter the topic in
 * log order. A relay sleeps until {@code NOTIFY freshet_outbox} (sent by every append that wrote to the outbox) or
 * the slow safety sweep.
 */
final class OutboxRelay implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
  static final int BATCH = 500;
  private static final String LOCK = "freshet.outbox-relay";
  private static final Duration ACK_TIMEOUT = Duration.ofSeconds(30);

  private final JdbcTemplate jdbc;
  private final TransactionTemplate tx;
  private final Producer<String, byte[]> producer;
  private final String topic;
  private final Duration sweep;
  private final NotificationListener listener;
  private final Semaphore wakeups = new Semaphore(0);
  private final AtomicReference<@Nullable String> lastError = new AtomicReference<>();
  private volatile boolean running;
  private @Nullable Thread thread;

  OutboxRelay(DataSource dataSource, TransactionTemplate tx, Producer<String, byte[]> producer, String topic,
      Duration sweep) {
    this.jdbc = new JdbcTemplate(dataSource);
    this.tx = tx;
    this.producer = producer;
    this.topic = topic;
    this.sweep = sweep;
    this.listener = new NotificationListener(dataSource, Handoff.OUTBOX.channel(), sweep, wakeups::release);
  }

  void start() {
    running = true;
    listener.start();
    thread = Thread.ofPlatform().name("freshet-outbox-relay").daemon().start(this::relay);
  }

  @Override
  public void close() {
    running = false;
    listener.close();
    wakeups.release();
    Thread t = thread;
    if (t != null) {
      try {
        t.join(ACK_TIMEOUT.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  @Nullable String lastError() {
    return lastError.get();
  }

  /** Events waiting in the outbox. */
  long waiting() {
    Long count = jdbc.queryForObject("select count(*) from event_outbox", Long.class);
    return count == null ? 0 : count;
  }

  private void relay() {
    long errorWait = 200;
    while (running) {
      try {
        while (running && relayOnce() == BATCH) {
          // a full batch: there may be more
        }
        lastError.set(null);
        errorWait = 200;
        await(sweep.toMillis());
      } catch (RuntimeException e) {
        lastError.set(e.getClass().getSimpleName() + ": " + e.getMessage());
        log.warn("Could not publish the outbox to {}; trying again in {} ms: {}", topic, errorWait, e.toString());
        await(errorWait);
        errorWait = Math.min(errorWait * 2, 30_000);
      }
    }
  }

  /** Publishes up to {@value #BATCH} events and deletes them from the outbox. Returns how many. */
  int relayOnce() {
    Integer relayed = tx.execute(status -> {
      jdbc.queryForList("select 1 from (select pg_advisory_xact_lock(hashtextextended(?, 0))) lock", Integer.class,
          LOCK);
      record Row(long id, CloudEventRecords.Logged logged) {}
      List<Row> rows = jdbc.query("""
          select o.id as outbox_id, o.agent as only_agent, %s
          from event_outbox o join event_log e on e.seq = o.event_seq
          order by o.id limit ?""".formatted(EventRows.COLUMNS),
          (rs, n) -> new Row(rs.getLong("outbox_id"), new CloudEventRecords.Logged(rs.getLong("seq"),
              EventRows.read(rs), rs.getString("only_agent"))), BATCH);
      if (rows.isEmpty()) {
        return 0;
      }
      List<Future<RecordMetadata>> acks = new ArrayList<>(rows.size());
      for (Row row : rows) {
        acks.add(producer.send(CloudEventRecords.toRecord(topic, row.logged())));
      }
      producer.flush();
      for (Future<RecordMetadata> ack : acks) {
        awaitAck(ack);
      }
      jdbc.update("delete from event_outbox where id = any(?)",
          (Object) rows.stream().map(Row::id).toArray(Long[]::new));
      return rows.size();
    });
    return relayed == null ? 0 : relayed;
  }

  private void awaitAck(Future<RecordMetadata> ack) {
    try {
      ack.get(ACK_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    } catch (ExecutionException e) {
      throw new IllegalStateException("the broker refused an event: " + e.getCause(), e.getCause());
    } catch (TimeoutException e) {
      throw new IllegalStateException("the broker did not acknowledge an event within " + ACK_TIMEOUT.toSeconds()
          + " s", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for the broker", e);
    }
  }

  private void await(long millis) {
    try {
      if (wakeups.tryAcquire(millis, TimeUnit.MILLISECONDS)) {
        wakeups.drainPermits();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      running = false;
    }
  }
}
