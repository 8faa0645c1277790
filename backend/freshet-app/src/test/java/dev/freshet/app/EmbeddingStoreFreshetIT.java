package dev.freshet.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.store.embedding.EmbeddingStore;
import dev.langchain4j.store.embedding.inmemory.InMemoryEmbeddingStore;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.JsonNode;

/**
 * Freshet with {@code freshet.store.type=embedding-store} and the application's own langchain4j EmbeddingStore bean
 * (langchain4j's in-memory store here; any other is configured the same way): the demo is indexed into it and a
 * change is searched from it.
 */
class EmbeddingStoreFreshetIT {

  private static final Duration TIMEOUT = Duration.ofSeconds(120);

  @TempDir
  Path dataDir;

  /** The application's store, as an embedding application declares it. */
  @Configuration(proxyBeanMethods = false)
  static class ApplicationStore {
    @Bean
    EmbeddingStore<TextSegment> embeddingStore() {
      return new InMemoryEmbeddingStore<>();
    }
  }

  @Test
  void changesAreIndexedIntoTheApplicationsEmbeddingStoreAndSearchedFromIt() throws Exception {
    try (StandaloneFreshet freshet = StandaloneFreshet.start(dataDir, new Class<?>[] {ApplicationStore.class},
        "--freshet.store.type=embedding-store")) {
      await().atMost(TIMEOUT).until(() -> freshet.indexed() == 220);
      freshet.demo("update articles set body = body || ' The rooftop beehives give twelve jars of honey a year.' "
          + "where id = 5");
      await().atMost(TIMEOUT).until(() -> freshet.chunkTexts(5).contains("rooftop beehives"));
      await().atMost(TIMEOUT).until(freshet::settled);

      assertThat(freshet.store.count()).as("the inventory holds what the watermarks record")
          .isEqualTo(freshet.expectedChunks());
      JsonNode hits = freshet.api().search("how much honey do the rooftop beehives give", 3);
      assertThat(hits.get(0).get("subject").asString()).isEqualTo("kb:public.articles:5");
      assertThat(hits.get(0).get("text").asString()).contains("rooftop beehives");
    }
  }
}
