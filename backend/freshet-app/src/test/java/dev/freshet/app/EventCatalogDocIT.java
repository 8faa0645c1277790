package dev.freshet.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.freshet.core.schema.EventCatalog;
import dev.freshet.core.schema.EventCatalogDocument;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * The catalogue of a Freshet started as the command line starts it (its own agents only): served by the API,
 * and written to docs/event-catalog.md by the build, which fails when the committed file was out of date.
 */
class EventCatalogDocIT {

  private static final Path DOC = Path.of("../../docs/event-catalog.md");

  @TempDir
  Path dataDir;

  @Test
  void theApiListsEveryTypeWithItsUsageAndTheDocsAreGeneratedFromTheCatalogue() throws Exception {
    try (StandaloneFreshet freshet = StandaloneFreshet.start(dataDir)) {
      TestClient api = freshet.api();
      await().atMost(Duration.ofSeconds(90)).until(() -> processedByIndexer(api.get("/api/schemas").json()));

      JsonNode changed = api.get("/api/schemas/document.changed/1").json();
      assertThat(changed.get("status").asString()).isEqualTo("registered");
      assertThat(changed.get("consumers").toString()).contains("indexer");
      assertThat(changed.get("producers").toString()).contains("demo");
      assertThat(changed.get("events").asLong()).isPositive();
      assertThat(changed.get("firstSeen").isNull()).isFalse();
      assertThat(changed.get("schema").asString()).contains("\"operation\"");
      assertThat(api.get("/api/schemas/document.changed/7").status()).isEqualTo(404);
      assertThat(api.get("/api/schemas/Not%20A%20Type/1").status()).isEqualTo(404);

      String generated = EventCatalogDocument.markdown(freshet.context.getBean(EventCatalog.class).list());
      String committed = Files.exists(DOC) ? Files.readString(DOC, StandardCharsets.UTF_8) : "";
      Files.writeString(DOC, generated, StandardCharsets.UTF_8);
      assertThat(committed).as("docs/event-catalog.md was out of date; the build rewrote it: commit it")
          .isEqualTo(generated);
      assertThat(generated).contains("## document.changed/1", "| [`collection.changed`](#collectionchanged1) | 1 | "
          + "BACKWARD | sync |");
    }
  }

  private static boolean processedByIndexer(JsonNode types) {
    for (JsonNode type : types) {
      if (type.get("type").asString().equals("document.changed")
          && type.get("processedBy").has("indexer@1")) {
        return true;
      }
    }
    return false;
  }
}
