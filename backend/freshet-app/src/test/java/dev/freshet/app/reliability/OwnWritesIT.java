package dev.freshet.app.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The first half of the loop guard (the second, the hop limit, is {@code DispatcherIT}): Freshet's own writes
 * never become events, even when its state lives in the very database it captures. Every event log row,
 * delivery, trace step and watermark Freshet writes there is a change in the WAL beside the captured table's.
 */
class OwnWritesIT {

  @TempDir
  Path dir;

  @Test
  void withItsStateInTheCapturedDatabaseFreshetCapturesOnlyTheMappedTable() throws Exception {
    try (ReliabilityRig rig = ReliabilityRig.sharingOneDatabase(dir, "own-writes");
        SourceWriter writer = new SourceWriter(rig::sourceUrl, 11, 40)) {
      rig.start(); // ready: the slot exists, so each change the writer commits from now on is streamed on its own
      writer.start();
      FreshetProcess.sleep(6_000);
      writer.stop();
      rig.awaitCaughtUp();
      rig.freshet().stop();

      assertThat(rig.check(writer.liveSequences())).as("differences between the index and the source").isEmpty();
      assertThat(rig.source("select count(*) from pg_tables where schemaname = 'freshet' and tablename in "
          + "('event_log', 'delivery', 'trace_step', 'document_state')")).as("Freshet's tables beside the source's")
          .isEqualTo(4);
      assertThat(rig.state("select count(*) from trace_step")).as("Freshet's own writes to the source database")
          .isGreaterThan(writer.committed());
      assertThat(writer.inDoubt()).isZero();
      assertThat(rig.stateRows("select schemaname || '.' || tablename from pg_publication_tables order by 1"))
          .as("the publication: the mapped table and the signal table").containsExactly("public.articles",
              "public.freshet_signal");
      assertThat(rig.stateRows("select distinct type || ' of ' || substring(subject from '[a-z_]+\\.[a-z_]+') "
          + "from event_log where source = 'demo' order by 1")).as("what the source's events are about")
          .containsExactly("document.changed of public.articles", "source.schema-changed of public.articles");
      assertThat(rig.state("select count(*) from event_log where source = 'demo' and operation = 'SNAPSHOT'"))
          .as("rows read by the initial snapshot (the table was empty when Freshet became ready)").isZero();
      assertThat(rig.state("select count(*) from event_log where source = 'demo' and type = 'document.changed'"))
          .as("changes from the source: one per committed change, and the sentinel").isEqualTo(writer.committed() + 1);
    }
  }
}
