package dev.freshet.connector.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.freshet.api.event.ChangeEvent;
import dev.freshet.api.event.EventType;
import dev.freshet.api.event.Operation;
import dev.freshet.api.source.SourceConfig;
import dev.freshet.api.source.SourceConnector;
import dev.freshet.testkit.RecordingSourceContext;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An initial snapshot that an earlier run left unfinished is read again from a new point in time, so the rows
 * deleted since the earlier run read them reach the index in no event: the connector owes a re-check of every
 * indexed document ({@code collection.truncated}) and appends it once the new snapshot has been read.
 */
class UnfinishedSnapshotIT {

  private static final Duration TIMEOUT = Duration.ofSeconds(60);
  private static final ObjectMapper JSON = new ObjectMapper();
  private static EmbeddedPostgres postgres;
  private SourceConnector connector;

  @BeforeAll
  static void startPostgres() {
    try {
      postgres = EmbeddedPostgres.builder().setServerConfig("wal_level", "logical")
          .setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on").start();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @AfterAll
  static void stopPostgres() throws Exception {
    postgres.close();
  }

  @BeforeEach
  void freshTable() throws Exception {
    sql("drop table if exists notes");
    sql("create table notes (id text primary key, body text not null)");
    sql("insert into notes values ('a', 'Alpha'), ('b', 'Beta'), ('c', 'Gamma')");
    sql("select pg_drop_replication_slot(slot_name) from pg_replication_slots where slot_name = 'freshet_notes'");
  }

  @AfterEach
  void stop() {
    if (connector != null) {
      connector.close();
      connector = null;
    }
  }

  @Test
  void aRunStoppedBeforeItStoredAPositionLeavesARecheckAfterTheNextSnapshot() throws Exception {
    RecordingSourceContext first = start(null);
    awaitSnapshotOf(first, "a", "b", "c");
    stop(); // as if killed before the first position was stored: the next start finds only the slot
    sql("delete from notes where id = 'b'");

    RecordingSourceContext second = start(null);
    awaitRecheck(second);

    List<ChangeEvent> events = second.events();
    assertThat(snapshotSubjects(events)).containsExactly("kb:public.notes:a", "kb:public.notes:c");
    ChangeEvent recheck = rechecks(events).getFirst();
    assertThat(recheck.subject()).isEqualTo("kb:public.notes");
    assertThat(recheck.data().get("reason").toString()).contains("stopped before storing a position");
    assertThat(events.indexOf(recheck)).as("appended after the snapshot's reads").isGreaterThan(lastSnapshotIndex(events));
    await().atMost(TIMEOUT).until(() -> second.committedPosition().map(p -> p.contains("\"recheck\":null")).orElse(false));
  }

  @Test
  void aPositionInsideTheSnapshotLeavesARecheckAfterTheSnapshotIsReadAgain() throws Exception {
    RecordingSourceContext first = start(null);
    awaitSnapshotOf(first, "a", "b", "c");
    await().atMost(TIMEOUT).until(() -> first.committedPosition().isPresent());
    stop();
    String unfinished = insideTheSnapshot(first.committedPosition().orElseThrow());
    sql("delete from notes where id = 'b'");

    RecordingSourceContext second = start(unfinished);
    awaitRecheck(second);

    List<ChangeEvent> events = second.events();
    assertThat(snapshotSubjects(events)).as("the tables are read again").containsExactly("kb:public.notes:a",
        "kb:public.notes:c");
    assertThat(rechecks(events)).singleElement().satisfies(e -> assertThat(e.data().get("reason").toString())
        .contains("before the initial snapshot finished"));
    assertThat(events.indexOf(rechecks(events).getFirst())).isGreaterThan(lastSnapshotIndex(events));
  }

  @Test
  void aStartAfterAFinishedSnapshotOwesNoRecheck() throws Exception {
    RecordingSourceContext first = start(null);
    awaitSnapshotOf(first, "a", "b", "c");
    await().atMost(TIMEOUT).until(() -> first.committedPosition()
        .map(p -> !ContextOffsetBackingStore.snapshotUnfinished(p)).orElse(false));
    stop();
    sql("delete from notes where id = 'b'");

    RecordingSourceContext second = start(first.committedPosition().orElseThrow());
    await().atMost(TIMEOUT).until(() -> second.events().stream()
        .anyMatch(e -> e.subject().equals("kb:public.notes:b") && e.operation() == Operation.DELETE));
    sql("insert into notes values ('d', 'Delta')");
    await().atMost(TIMEOUT).until(() -> second.events().stream().anyMatch(e -> e.subject().equals("kb:public.notes:d")));

    assertThat(rechecks(first.events())).as("a first start owes none").isEmpty();
    assertThat(rechecks(second.events())).as("the stream carried the delete").isEmpty();
    assertThat(snapshotSubjects(second.events())).as("no second snapshot").isEmpty();
  }

  /** The stored position with its offsets put back inside the snapshot, as a run stopped mid-snapshot leaves it. */
  private static String insideTheSnapshot(String position) throws Exception {
    ObjectNode stored = (ObjectNode) JSON.readTree(position);
    for (var pair : (ArrayNode) stored.get("offsets")) {
      ObjectNode offset = (ObjectNode) JSON.readTree(pair.get(1).asText());
      offset.put("snapshot", "INITIAL").put("last_snapshot_record", false).put("snapshot_completed", false);
      ((ArrayNode) pair).set(1, JSON.getNodeFactory().textNode(JSON.writeValueAsString(offset)));
    }
    String unfinished = JSON.writeValueAsString(stored);
    assertThat(ContextOffsetBackingStore.snapshotUnfinished(unfinished)).isTrue();
    return unfinished;
  }

  private RecordingSourceContext start(String position) {
    connector = new PostgresConnectorProvider().create(new SourceConfig("notes", Map.of(
        "host", "localhost", "port", Integer.toString(postgres.getPort()), "database", "postgres",
        "offset-flush-interval", "100ms",
        "collections.notes.table", "public.notes", "collections.notes.text-columns", "body")));
    RecordingSourceContext context = new RecordingSourceContext("notes", position);
    connector.start(context);
    return context;
  }

  private static void awaitSnapshotOf(RecordingSourceContext context, String... ids) {
    await().atMost(TIMEOUT).until(() -> snapshotSubjects(context.events()).size() == ids.length);
  }

  private static void awaitRecheck(RecordingSourceContext context) {
    await().atMost(TIMEOUT).until(() -> !rechecks(context.events()).isEmpty());
  }

  private static List<String> snapshotSubjects(List<ChangeEvent> events) {
    return events.stream().filter(e -> e.operation() == Operation.SNAPSHOT).map(ChangeEvent::subject).sorted().toList();
  }

  private static List<ChangeEvent> rechecks(List<ChangeEvent> events) {
    return events.stream().filter(e -> e.type().equals(EventType.COLLECTION_TRUNCATED.name())).toList();
  }

  private static int lastSnapshotIndex(List<ChangeEvent> events) {
    int last = -1;
    for (int i = 0; i < events.size(); i++) {
      if (events.get(i).operation() == Operation.SNAPSHOT) {
        last = i;
      }
    }
    return last;
  }

  private static void sql(String statement) throws Exception {
    try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
      s.execute(statement);
    }
  }
}
