package dev.freshet.app.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.freshet.app.embedded.EmbeddedPostgresServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Freshet killed with SIGKILL at random moments of a steady stream of changes, then started again,
 * many times over: afterwards nothing is missing from the index, no chunk is there twice, and every
 * delivery reached a terminal state. The number of kills is {@code freshet.reliability.kills} (12 by
 * default, 100 in the soak profile); the seed of the random moments is printed, and
 * {@code -Dfreshet.reliability.seed=...} replays a run.
 */
class CrashRecoveryIT {

  @TempDir
  Path dir;

  @Test
  void killedAtRandomMomentsOfASteadyStreamItLosesNothingAndDuplicatesNothing() throws Exception {
    int kills = Integer.getInteger("freshet.reliability.kills", 12);
    long seed = Long.getLong("freshet.reliability.seed", System.nanoTime());
    System.out.println("CrashRecoveryIT: " + kills + " kills, seed " + seed);
    Random random = new Random(seed);
    List<String> moments = new ArrayList<>();
    try (ReliabilityRig rig = ReliabilityRig.create(dir, "crash-recovery");
        SourceWriter writer = new SourceWriter(rig::sourceUrl, seed, 50)) {
      rig.start();
      writer.start();
      for (int kill = 1; kill <= kills; kill++) {
        boolean duringStartUp = kill % 5 == 0;
        FreshetProcess.sleep(duringStartUp ? 0 : 300 + random.nextInt(2_500));
        String inFlight = duringStartUp ? "during start-up" : rig.inFlight(writer);
        rig.freshet().kill();
        moments.add("kill " + kill + ": " + inFlight);
        if (duringStartUp) {
          rig.launch(); // killed again before it answers: recovery itself is interrupted
          FreshetProcess.sleep(1_500 + random.nextInt(3_000));
          rig.freshet().kill();
        }
        rig.start();
      }
      writer.stop();
      rig.awaitCaughtUp();
      rig.freshet().stop();
      moments.forEach(m -> System.out.println("CrashRecoveryIT " + m));
      System.out.println("CrashRecoveryIT: " + writer.committed() + " changes committed at the source, "
          + rig.state("select count(*) from event_log") + " events logged, " + rig.starts() + " starts");

      assertThat(writer.committed()).as("the stream ran").isGreaterThan(kills * 10L);
      assertThat(rig.check(writer.liveSequences())).as("differences between the index and the source").isEmpty();
      assertThat(rig.state("select count(*) from dead_letter")).as("dead letters").isZero();
    }
  }

  /**
   * In the embedded default PostgreSQL is a child process that outlives a killed JVM. The next start finds
   * it (its postmaster.pid, while the data directory's lock is free), stops it and starts afresh. A SIGTERM while
   * it indexes is a graceful stop: the deliveries under way finish and the sources stop before PostgreSQL does.
   */
  @Test
  void killedInTheEmbeddedDefaultItStartsAgainOnItsDataDirectoryAndStopsGracefully() throws Exception {
    Path data = dir.resolve("embedded");
    List<String> args = List.of("--freshet.data-dir=" + data, "--freshet.embedded-postgres.port=0");
    Path logs = Path.of("target", "reliability", "embedded-kill").toAbsolutePath();
    try (FreshetProcess first = FreshetProcess.launch(logs.resolve("freshet-1.log"), List.of(), args)) {
      first.awaitReady(ReliabilityRig.START_TIMEOUT);
      first.kill();
    }
    ProcessHandle orphan = EmbeddedPostgresServer.runningServer(data.resolve("postgres"))
        .orElseThrow(() -> new AssertionError("the embedded PostgreSQL did not outlive the killed JVM"));
    try (FreshetProcess second = FreshetProcess.launch(logs.resolve("freshet-2.log"), List.of(), args)) {
      second.awaitReady(ReliabilityRig.START_TIMEOUT);
      assertThat(orphan.isAlive()).as("the orphaned server was stopped").isFalse();
      assertThat(Files.readString(second.log())).contains("that a previous Freshet left running");

      String server = "jdbc:postgresql://localhost:" + Files.readAllLines(data.resolve("postgres")
          .resolve("postmaster.pid")).get(3).trim() + "/";
      try (Connection demo = DriverManager.getConnection(server + "demo", EmbeddedPostgresServer.USER, "");
          Connection state = DriverManager.getConnection(server + "freshet", EmbeddedPostgresServer.USER, "");
          Statement s = state.createStatement()) {
        demo.createStatement().execute("update articles set body = body || ' Revised just before a stop.'");
        await().atMost(ReliabilityRig.START_TIMEOUT).until(() -> {
          try (ResultSet open = s.executeQuery("select count(*) from delivery where status = 'RUNNING'")) {
            return open.next() && open.getLong(1) > 0;
          }
        });
      }
      second.stop();
      assertThat(Files.readString(second.log())).as("a graceful stop, PostgreSQL last")
          .contains("Freshet stopped in").doesNotContain("SQLSTATE(57P01)").doesNotContain("Could not record the outcome");
    } finally {
      EmbeddedPostgresServer.runningServer(data.resolve("postgres")).ifPresent(ProcessHandle::destroy);
    }
  }
}
