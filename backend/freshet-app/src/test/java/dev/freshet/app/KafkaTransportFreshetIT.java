package dev.freshet.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.freshet.testkit.KafkaBroker;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * Freshet with {@code freshet.transport.type=kafka} against a broker in this JVM: the demo's snapshot and a change go
 * through the outbox, the topic and the agents' consumer groups into the index; an instance without the console role
 * serves the API but not the console.
 */
class KafkaTransportFreshetIT {

  private static final Duration TIMEOUT = Duration.ofSeconds(120);
  private static KafkaBroker broker;

  @TempDir
  Path dataDir;

  @BeforeAll
  static void startBroker() {
    broker = KafkaBroker.start();
  }

  @AfterAll
  static void stopBroker() {
    broker.close();
  }

  @Test
  void changesReachTheIndexThroughKafka() throws Exception {
    try (StandaloneFreshet freshet = StandaloneFreshet.start(dataDir, "--freshet.transport.type=kafka",
        "--freshet.transport.kafka.bootstrap-servers=" + broker.bootstrapServers(),
        "--freshet.transport.kafka.partitions=4", "--freshet.roles=sources,workers")) {
      await().atMost(TIMEOUT).until(() -> freshet.indexed() == 220);
      freshet.demo("update articles set body = body || ' The rooftop beehives give twelve jars of honey a year.' "
          + "where id = 5");
      await().atMost(TIMEOUT).until(() -> freshet.chunkTexts(5).contains("rooftop beehives"));
      await().atMost(TIMEOUT).until(() -> freshet.settled()
          && freshet.count("select count(*) from event_outbox") == 0);

      assertThat(freshet.count("select count(*) from delivery where agent = 'indexer' and status = 'DONE'"))
          .as("one finished delivery per event, none run twice").isEqualTo(
              freshet.count("select count(*) from event_log where type = 'document.changed'"));
      assertThat(freshet.store.count()).isEqualTo(freshet.expectedChunks());
      JsonNode hits = freshet.api().search("how much honey do the rooftop beehives give", 3);
      assertThat(hits.get(0).get("subject").asString()).isEqualTo("kb:public.articles:5");
      assertThat(freshet.api().get("/actuator/health").body()).contains("\"transport\":\"kafka\"");

      TestClient.Reply console = freshet.api().getAnonymously("/");
      assertThat(console.status()).isEqualTo(404);
      assertThat(console.body()).contains("[sources, workers]").contains("console role");
    }
  }
}
