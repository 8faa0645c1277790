package dev.freshet.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A directory of Markdown files as a second source beside the demo database. */
class FilesSourceIT {

  private static final Duration TIMEOUT = Duration.ofSeconds(90);

  @TempDir
  Path dataDir;
  @TempDir
  Path handbook;

  @Test
  void aMarkdownFileWrittenToTheWatchedDirectoryBecomesSearchableAndItsDeletionRemovesIt() throws Exception {
    Files.writeString(handbook.resolve("existing.md"), "# Parking\n\nVisitors park in the north lot.");
    try (StandaloneFreshet freshet = StandaloneFreshet.start(dataDir, "--freshet.sources.handbook.type=files",
        "--freshet.sources.handbook.directory=" + handbook)) {
      TestClient api = freshet.api();
      await().atMost(TIMEOUT).until(() -> topSubject(api, "where do visitors park").equals("files:existing.md"));

      Files.createDirectories(handbook.resolve("kitchen"));
      Files.writeString(handbook.resolve("kitchen/coffee.md"), "# Coffee\n\nThe espresso machine is descaled on Fridays.");
      await().atMost(TIMEOUT).until(() -> topSubject(api, "when is the espresso machine descaled")
          .equals("files:kitchen/coffee.md"));
      assertThat(freshet.store.chunksOf("files:kitchen/coffee.md").get(0).metadata())
          .containsEntry("title", "Coffee").containsEntry("source", "handbook");

      Files.delete(handbook.resolve("kitchen/coffee.md"));
      await().atMost(TIMEOUT).until(() -> freshet.store.chunksOf("files:kitchen/coffee.md").isEmpty());
      assertThat(api.get("/api/sources").json().get("handbook").get("state").asString()).isEqualTo("RUNNING");
    }
  }

  private static String topSubject(TestClient api, String query) {
    var hits = api.search(query, 1);
    return hits.isEmpty() ? "" : hits.get(0).get("subject").asString();
  }
}
