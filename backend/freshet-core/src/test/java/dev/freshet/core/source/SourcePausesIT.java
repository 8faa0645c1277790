package dev.freshet.core.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.freshet.core.StateDatabase;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The backpressure gate against a real state database: a recent count of the backlog stands for the batches
 * let through since only while their sum stays under the high-water mark; the batch that would reach it makes
 * the gate count again and hold the source.
 */
class SourcePausesIT {

  @RegisterExtension
  static final StateDatabase database = new StateDatabase();

  private final JdbcTemplate jdbc = new JdbcTemplate(database.dataSource());

  @AfterEach
  void empty() {
    jdbc.update("delete from delivery");
    jdbc.update("delete from event_log");
  }

  @Test
  void aBatchThatWouldReachTheMarkIsCountedAndHeld() throws Exception {
    try (SourcePauses gate = new SourcePauses(jdbc, 10, 4)) {
      gate.awaitResumed("demo", 1); // counts: nothing open
      openDeliveries(12); // appended elsewhere (webhooks, say) since that count

      Thread source = Thread.ofPlatform().start(() -> gate.awaitResumed("demo", 9)); // 0 + 1 + 9 reaches 10
      await().atMost(Duration.ofSeconds(10)).until(() -> gate.throttledSince("demo").isPresent());
      assertThat(source.isAlive()).as("held while 12 deliveries are open").isTrue();

      jdbc.update("update delivery set status = 'DONE' where id in (select id from delivery limit 8)");
      source.join(10_000);
      assertThat(source.isAlive()).as("goes on at the low-water mark").isFalse();
      assertThat(gate.throttledSince("demo")).isEmpty();
    }
  }

  @Test
  void aStaleCountIsNotTrusted() throws Exception {
    try (SourcePauses gate = new SourcePauses(jdbc, 10, 4)) {
      gate.awaitResumed("demo", 1);
      openDeliveries(12);
      Thread.sleep(150); // older than the 100 ms a count stands for

      Thread source = Thread.ofPlatform().start(() -> gate.awaitResumed("demo", 1));
      await().atMost(Duration.ofSeconds(10)).until(() -> gate.throttledSince("demo").isPresent());
      jdbc.update("delete from delivery");
      source.join(10_000);
      assertThat(source.isAlive()).isFalse();
    }
  }

  private void openDeliveries(int n) {
    for (int i = 0; i < n; i++) {
      Long seq = jdbc.queryForObject("""
          insert into event_log (id, source, type, version, subject, operation, time, correlation_id, data)
          values (gen_random_uuid()::text, 'demo', 'document.changed', 1, 'kb:t:' || ?, 'UPDATE', now(), 'c', '{}')
          returning seq""", Long.class, i);
      jdbc.update("insert into delivery (event_seq, agent, sequence_key, status) values (?, 'indexer', ?, 'PENDING')",
          seq, "kb:t:" + i);
    }
  }
}
