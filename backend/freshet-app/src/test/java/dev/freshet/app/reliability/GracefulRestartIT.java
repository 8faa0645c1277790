package dev.freshet.app.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Freshet stopped gracefully (SIGTERM) and started again in the middle of a steady stream, three times:
 * no gaps, and no work done twice: no delivery ran twice, no chunk was embedded twice, no re-snapshot.
 */
class GracefulRestartIT {

  @TempDir
  Path dir;

  @Test
  void stoppedAndStartedMidStreamItLeavesNoGapAndDoesNoWorkTwice() throws Exception {
    try (ReliabilityRig rig = ReliabilityRig.create(dir, "graceful-restart");
        SourceWriter writer = new SourceWriter(rig::sourceUrl, 3, 50)) {
      rig.start();
      writer.start();
      for (int restart = 0; restart < 3; restart++) {
        FreshetProcess.sleep(3_000);
        System.out.println("GracefulRestartIT stop " + restart + ": " + rig.inFlight(writer));
        rig.freshet().stop();
        rig.start();
      }
      FreshetProcess.sleep(2_000);
      writer.stop();
      rig.awaitCaughtUp();
      rig.freshet().stop();

      assertThat(rig.check(writer.liveSequences())).as("differences between the index and the source").isEmpty();
      assertThat(rig.stateRows("""
          select d.id, d.agent, e.subject, e.type, d.status, d.attempts, d.last_error, d.created_at, d.updated_at
          from delivery d join event_log e on e.seq = d.event_seq where d.attempts > 1""")).as("deliveries run twice").isEmpty();
      long embeddings = rig.state("""
          select coalesce(sum((detail ->> 'embeddings')::int), 0) from trace_step
          where step = 'agent.attempt' and outcome = 'DONE'""");
      assertThat(embeddings).as("embeddings computed, one per distinct chunk text")
          .isEqualTo(rig.state("select count(*) from embedding_cache"));
      assertThat(rig.state("select count(*) - count(distinct subject) from event_log where operation = 'SNAPSHOT'"))
          .as("rows snapshotted more than once (one snapshot, not one per start)").isZero();
      assertThat(rig.state("select count(*) from dead_letter")).as("dead letters").isZero();
    }
  }
}
