package dev.freshet.app.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The databases Freshet depends on go away under load and come back, the state database twice, then the
 * source database twice: Freshet rides it out without a restart of its own, and afterwards the index is
 * exactly what the source holds.
 */
class DatabaseRestartIT {

  @TempDir
  Path dir;

  @Test
  void theStateAndTheSourceDatabaseRestartedUnderLoad() throws Exception {
    try (ReliabilityRig rig = ReliabilityRig.create(dir, "database-restart");
        SourceWriter writer = new SourceWriter(rig::sourceUrl, 7, 40)) {
      rig.start();
      writer.start();
      for (int restart = 0; restart < 4; restart++) {
        FreshetProcess.sleep(3_000);
        boolean state = restart < 2;
        System.out.println("DatabaseRestartIT " + (state ? "state" : "source") + " database restart: " + rig.inFlight(writer));
        if (state) {
          rig.restartStateDatabase(Duration.ofSeconds(3));
        } else {
          rig.restartSourceDatabase(Duration.ofSeconds(3));
        }
      }
      FreshetProcess.sleep(3_000);
      writer.stop();
      rig.awaitCaughtUp();
      assertThat(rig.freshet().isAlive()).isTrue();
      assertThat(rig.starts()).as("Freshet was not restarted").isEqualTo(1);
      rig.freshet().stop();
      assertThat(writer.inDoubt()).as("the writer saw the source go away").isPositive();
      assertThat(rig.check(writer.liveSequences())).as("differences between the index and the source").isEmpty();
      assertThat(rig.state("select count(*) from dead_letter")).as("dead letters").isZero();
    }
  }
}
