package dev.freshet.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.freshet.core.index.Chunker;
import dev.freshet.core.store.TextAnalyzer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * Changing the embedding model builds a new index generation while the old one serves; switch, rollback, drop; an
 * upgrade that reads documents differently rebuilds, its unchanged chunks' vectors from the embedding cache.
 */
class GenerationsIT {

  private static final Duration TIMEOUT = Duration.ofSeconds(120);
  /** A generation's settings as this version records them. */
  private static final String SETTINGS = String.join(" ", "structured:800:0", Chunker.OUTLINE, TextAnalyzer.ANALYSIS);
  private static final String FULL_PRECISION = "--freshet.embedding.model=all-minilm-l6-v2";

  @TempDir
  Path dataDir;

  @Test
  void aModelChangeIsBuiltInTheBackgroundSwitchedToAtomicallyAndCanBeRolledBack() throws Exception {
    try (StandaloneFreshet first = StandaloneFreshet.start(dataDir)) {
      await().atMost(TIMEOUT).until(() -> first.indexed() == 220);
      assertThat(status(first.api(), 1)).isEqualTo("ACTIVE");
    }

    // Stopped in the middle of the build: the next start resumes it.
    int doneAtStop;
    long cached;
    try (StandaloneFreshet building = StandaloneFreshet.start(dataDir, FULL_PRECISION,
        "--freshet.embedding.price-per-million-tokens=0.02")) {
      TestClient api = building.api();
      assertThat(servingGeneration(api)).as("search answers from the old generation during the build").isEqualTo(1);
      JsonNode second = generation(api, 2);
      assertThat(second.get("status").asString()).isEqualTo("BUILDING");
      assertThat(second.get("model").asString()).startsWith("all-minilm-l6-v2@");
      assertThat(second.get("estimate").get("documents").asInt()).isEqualTo(220);
      assertThat(second.get("estimate").get("tokens").asLong()).isPositive();
      assertThat(second.get("estimate").get("chunks").asLong()).isGreaterThanOrEqualTo(220);
      assertThat(second.get("estimate").get("cost").asDouble()).isPositive();
      await().atMost(TIMEOUT).until(() -> generation(api, 2).get("done").asInt() >= 50);
      JsonNode atStop = generation(api, 2);
      doneAtStop = atStop.get("done").asInt();
      assertThat(atStop.get("status").asString()).as("stopped mid-build").isEqualTo("BUILDING");
    }

    try (StandaloneFreshet freshet = StandaloneFreshet.start(dataDir, FULL_PRECISION)) {
      TestClient api = freshet.api();
      assertThat(generation(api, 2).get("done").asInt()).as("resumed, not restarted").isGreaterThanOrEqualTo(doneAtStop);
      freshet.demo("update articles set body = body || ' Herons fish at the weir at dawn.' where id = 3");
      await().atMost(TIMEOUT).until(() -> "ACTIVE".equals(status(api, 2)));
      assertThat(status(api, 1)).isEqualTo("RETIRED");
      assertThat(servingGeneration(api)).isEqualTo(2);
      await().atMost(TIMEOUT).until(() -> freshet.chunkTexts(3).contains("Herons fish at the weir"));
      await().atMost(TIMEOUT).until(freshet::settled);
      assertThat(freshet.store.count()).isEqualTo(freshet.expectedChunks());
      assertThat(topSubjects(api, "where do herons fish at dawn")).contains("kb:public.articles:3");

      // Rollback: the retired generation was kept current, so it serves the latest text at once.
      assertThat(api.post("/api/generations/1/activate").status()).isEqualTo(200);
      assertThat(servingGeneration(api)).isEqualTo(1);
      assertThat(freshet.chunkTexts(3)).contains("Herons fish at the weir");
      assertThat(topSubjects(api, "where do herons fish at dawn")).contains("kb:public.articles:3");

      // Forward again, then drop the old one: no rollback after that.
      assertThat(api.post("/api/generations/2/activate").status()).isEqualTo(200);
      assertThat(api.delete("/api/generations/1").status()).isEqualTo(204);
      assertThat(status(api, 1)).isEqualTo("DROPPED");
      assertThat(Files.exists(dataDir.resolve("index").resolve("g1"))).isFalse();
      assertThat(api.post("/api/generations/1/activate").status()).isEqualTo(400);
      assertThat(api.delete("/api/generations/2").status()).as("the active one cannot be dropped").isEqualTo(400);
      assertThat(generation(api, 2).get("splitter").asString()).isEqualTo(SETTINGS);
      // As an earlier version, which read outlines and keywords differently, recorded it.
      freshet.state.update("update index_generation set splitter = 'structured:800:0' where id = 2");
      cached = freshet.count("select count(*) from embedding_cache");
    }

    try (StandaloneFreshet upgraded = StandaloneFreshet.start(dataDir, FULL_PRECISION)) {
      TestClient api = upgraded.api();
      assertThat(generation(api, 3).get("splitter").asString()).as("an upgrade: a new generation")
          .isEqualTo(SETTINGS);
      assertThat(status(api, 2)).isIn("ACTIVE", "RETIRED");
      await().atMost(TIMEOUT).until(() -> "ACTIVE".equals(status(api, 3)));
      assertThat(upgraded.count("select count(*) from embedding_cache")).as("vectors came from the cache")
          .isEqualTo(cached);
      assertThat(api.search("herons weir dawn", 3, "keyword").get(0).get("subject").asString())
          .isEqualTo("kb:public.articles:3");
    }

    try (StandaloneFreshet again = StandaloneFreshet.start(dataDir, FULL_PRECISION)) {
      assertThat(StreamSupport.stream(again.api().get("/api/generations").json().spliterator(), false)
          .map(g -> g.get("id").asInt() + " " + g.get("status").asString()).toList()).as("no new build")
          .containsExactlyInAnyOrder("1 DROPPED", "2 RETIRED", "3 ACTIVE");
    }
  }

  private static JsonNode generation(TestClient api, int id) {
    return StreamSupport.stream(api.get("/api/generations").json().spliterator(), false)
        .filter(g -> g.get("id").asInt() == id).findFirst().orElseThrow();
  }

  private static String status(TestClient api, int id) {
    return generation(api, id).get("status").asString();
  }

  private static int servingGeneration(TestClient api) {
    return api.search("replication slots", 1).get(0).get("generation").asInt();
  }

  /** The subjects of the five best hits: the two models rank close neighbours differently. */
  private static java.util.List<String> topSubjects(TestClient api, String query) {
    return StreamSupport.stream(api.search(query, 5).spliterator(), false).map(h -> h.get("subject").asString())
        .toList();
  }
}
