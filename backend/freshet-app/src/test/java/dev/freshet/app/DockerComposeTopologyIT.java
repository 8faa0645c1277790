package dev.freshet.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.File;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.testcontainers.containers.ComposeContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import tools.jackson.databind.JsonNode;

/**
 * The repository's docker-compose.yml as a user starts it ({@code docker compose up --build}): PostgreSQL with
 * pgvector, Kafka, a sources-and-console instance and two workers. The demo is indexed through Kafka into pgvector,
 * and a change is searchable. Runs on hosts with Docker only (it builds the image: several minutes); skipped where
 * there is none, as on this project's machines, whose suites cover the same topology in processes ({@code
 * KafkaWorkersIT}).
 */
@Testcontainers(disabledWithoutDocker = true)
class DockerComposeTopologyIT {

  private static final Duration START = Duration.ofMinutes(20);

  @Container
  static final ComposeContainer topology = new ComposeContainer(new File("../../docker-compose.yml"))
      .withBuild(true)
      .withEnv("FRESHET_ADMIN_PASSWORD", "compose-admin-secret")
      .withExposedService("freshet", 8080, Wait.forHttp("/actuator/health").forStatusCode(200)
          .withStartupTimeout(START))
      .withExposedService("postgres", 5432)
      .withStartupTimeout(START);

  @Test
  void theDemoIsIndexedThroughKafkaIntoPgvectorAndAChangeIsSearchable() throws Exception {
    TestClient api = new TestClient(topology.getServicePort("freshet", 8080), "admin", "compose-admin-secret");
    await().atMost(Duration.ofMinutes(5)).until(() -> api.search("honey bees on the roof", 3).size() == 3);

    String demo = "jdbc:postgresql://" + topology.getServiceHost("postgres", 5432) + ":"
        + topology.getServicePort("postgres", 5432) + "/demo";
    try (Connection c = DriverManager.getConnection(demo, "postgres", "freshet"); Statement s = c.createStatement()) {
      s.execute("update articles set body = body || ' The compose topology keeps this sentence fresh.' where id = 7");
    }

    await().atMost(Duration.ofMinutes(2)).until(() -> {
      JsonNode hits = api.search("the compose topology keeps this sentence fresh", 1);
      return hits.size() == 1 && hits.get(0).get("subject").asString().equals("kb:public.articles:7");
    });
    assertThat(api.get("/actuator/health").body()).contains("\"transport\":\"kafka\"");
  }
}
