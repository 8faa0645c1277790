package dev.freshet.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Freshet stopped and started on the same data directory resumes where it left off. */
class RestartIT {

  private static final Duration TIMEOUT = Duration.ofSeconds(90);
  private static final String SNAPSHOT_EVENTS = "select count(*) from event_log where operation = 'SNAPSHOT'";

  @TempDir
  Path dataDir;

  @Test
  void aRestartResumesFromTheStoredOffsetWithoutASnapshotOrDuplicateChunks() throws Exception {
    long snapshotEvents;
    try (StandaloneFreshet first = StandaloneFreshet.start(dataDir)) {
      await().atMost(TIMEOUT).until(() -> first.indexed() == 220);
      first.demo("update articles set body = body || ' The cafeteria serves soup on Thursdays.' where id = 3");
      await().atMost(TIMEOUT).until(() -> first.chunkTexts(3).contains("soup on Thursdays")
          && first.count("select count(*) from source_position where source_id = 'demo'") == 1);
      await().atMost(TIMEOUT).until(first::settled);
      snapshotEvents = first.count(SNAPSHOT_EVENTS);
      assertThat(snapshotEvents).isEqualTo(220);
      assertThat(first.store.count()).isEqualTo(first.expectedChunks());
    }

    try (StandaloneFreshet second = StandaloneFreshet.start(dataDir)) {
      second.demo("update articles set body = body || ' Bicycles may be parked in the courtyard racks.' where id = 4");
      await().atMost(TIMEOUT).until(() -> second.chunkTexts(4).contains("courtyard racks"));
      await().atMost(TIMEOUT).until(second::settled);

      assertThat(second.count(SNAPSHOT_EVENTS)).as("no re-snapshot after a restart").isEqualTo(snapshotEvents);
      assertThat(second.store.count()).as("exactly one copy of each chunk").isEqualTo(second.expectedChunks());
      assertThat(second.store.chunksOf("kb:public.articles:3")).extracting(c -> c.index()).doesNotHaveDuplicates();
      assertThat(second.chunkTexts(3)).contains("soup on Thursdays");
      assertThat(second.indexed()).isEqualTo(220);
    }
  }
}
