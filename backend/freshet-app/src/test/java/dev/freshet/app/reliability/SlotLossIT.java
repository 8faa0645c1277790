package dev.freshet.app.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.freshet.app.TestClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * The replication slot lost while Freshet was down, as a steady stream goes on: dropped (the default policy
 * re-snapshots), then invalidated by PostgreSQL for exceeding {@code max_slot_wal_keep_size} (with
 * {@code slot-loss=fail} the source stays FAILED and health says why; back on the default it re-snapshots).
 * Each time, rows inserted, edited and deleted while no slot held their changes end up exactly right.
 */
class SlotLossIT {

  private static final String SLOT = "freshet_demo";

  @TempDir
  Path dir;

  private static String state(FreshetProcess freshet) {
    return freshet.api().get("/api/sources/demo/overview").json().get("state").asString();
  }

  @Test
  void aDroppedOrInvalidatedSlotIsReportedAndTheSourceReSnapshotsPerItsPolicy() throws Exception {
    try (ReliabilityRig rig = ReliabilityRig.create(dir, "slot-loss");
        SourceWriter writer = new SourceWriter(rig::sourceUrl, 5, 40)) {
      rig.start();
      writer.start();
      FreshetProcess.sleep(3_000);
      rig.freshet().stop();

      // dropped while Freshet is down; the stream goes on
      rig.sourceUpdate("select pg_drop_replication_slot('" + SLOT + "')");
      FreshetProcess.sleep(2_000);
      FreshetProcess freshet = rig.start();
      await().atMost(Duration.ofSeconds(60)).until(() -> state(freshet).equals("RUNNING"));
      JsonNode overview = freshet.api().get("/api/sources/demo/overview").json();
      assertThat(overview.get("message").asString()).contains("re-snapshotted at start because the replication "
          + "slot freshet_demo was dropped");
      JsonNode health = freshet.api().get("/actuator/health").json().at("/components/sources/details/demo/slotLoss");
      assertThat(health.get("policy").asString()).isEqualTo("resnapshot");
      assertThat(health.get("reason").asString()).contains("was dropped");
      FreshetProcess.sleep(3_000);
      rig.awaitCaughtUp(); // the writer is still going: this checks the snapshot and the stream after it

      // dropped under the running source: Debezium fails ("offset is no longer available"), Freshet re-snapshots
      rig.sourceUpdate("select pg_terminate_backend(active_pid) from pg_replication_slots where slot_name = '"
          + SLOT + "'");
      rig.sourceUpdate("select pg_drop_replication_slot('" + SLOT + "')");
      await().atMost(Duration.ofSeconds(60)).until(() -> rig.state("select count(*) from event_log "
          + "where type = 'collection.truncated' and data ->> 'reason' like '%was dropped%'") == 2);
      await().atMost(Duration.ofSeconds(60)).until(() -> state(freshet).equals("RUNNING"));
      rig.awaitCaughtUp();
      freshet.stop();

      // invalidated while Freshet is down: its WAL is removed past max_slot_wal_keep_size
      rig.sourceUpdate("alter system set max_slot_wal_keep_size = '1MB'");
      rig.sourceUpdate("select pg_reload_conf()");
      long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
      while (rig.source("select count(*) from pg_replication_slots where slot_name = '" + SLOT
          + "' and wal_status = 'lost'") == 0) {
        assertThat(System.nanoTime()).as("slot invalidated within 60 s").isLessThan(deadline);
        rig.sourceUpdate("insert into freshet_signal (id, type, data) select md5(random()::text), 'padding', "
            + "repeat('x', 2000) from generate_series(1, 500)"); // WAL to remove
        rig.sourceUpdate("delete from freshet_signal where type = 'padding'");
        rig.sourceUpdate("select pg_switch_wal()");
        rig.sourceUpdate("checkpoint");
      }
      rig.sourceUpdate("alter system reset max_slot_wal_keep_size");
      rig.sourceUpdate("select pg_reload_conf()");

      FreshetProcess failing = rig.launchWith(List.of("--freshet.sources.demo.slot-loss=fail"))
          .awaitAnswering(ReliabilityRig.START_TIMEOUT);
      TestClient api = failing.api();
      // the web server answers a moment before the sources start
      await().atMost(Duration.ofSeconds(30)).until(() -> !state(failing).equals("STOPPED"));
      overview = api.get("/api/sources/demo/overview").json();
      assertThat(overview.get("state").asString()).as(overview.toString()).isEqualTo("FAILED");
      assertThat(overview.get("message").asString()).contains("was invalidated")
          .contains("freshet.sources.demo.slot-loss=resnapshot");
      assertThat(api.get("/actuator/health").json().at("/components/sources/status").asString()).isEqualTo("DOWN");
      TestClient.Reply readiness = api.get("/actuator/health/readiness");
      assertThat(readiness.status()).as("not ready while a source cannot capture").isEqualTo(503);
      assertThat(readiness.json().at("/components/startup/details/sources/demo").asString()).startsWith("FAILED: ")
          .contains("was invalidated");
      failing.stop();

      FreshetProcess again = rig.start();
      await().atMost(Duration.ofSeconds(60)).until(() -> state(again).equals("RUNNING"));
      assertThat(again.api().get("/api/sources/demo/overview").json().get("message").asString())
          .contains("was invalidated");
      FreshetProcess.sleep(2_000);
      writer.stop();
      rig.awaitCaughtUp();
      again.stop();

      assertThat(rig.source("select count(*) from pg_replication_slots where slot_name = '" + SLOT
          + "' and wal_status <> 'lost'")).as("a new, healthy slot").isEqualTo(1);
      assertThat(rig.check(writer.liveSequences())).as("differences between the index and the source").isEmpty();
      assertThat(rig.state("select count(*) from dead_letter")).as("dead letters").isZero();
    }
  }
}
