package dev.freshet.connector.github;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import dev.freshet.api.error.RetryableException;
import dev.freshet.api.source.SourceDocument;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The contents API as a local HTTP server plays it: raw content, 404, and rate limits. */
class ContentsClientTest {

  private HttpServer server;
  private final List<String> requests = new CopyOnWriteArrayList<>();
  private GitHubConnector connector;

  @BeforeEach
  void startFakeGitHub() throws Exception {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/repos/acme/docs/contents/", exchange -> {
      requests.add(exchange.getRequestURI() + " " + exchange.getRequestHeaders().getFirst("Accept") + " "
          + exchange.getRequestHeaders().getFirst("Authorization"));
      String path = exchange.getRequestURI().getPath();
      byte[] body;
      int status;
      if (path.endsWith("/guide/intro.md")) {
        status = 200;
        body = "# Intro\n\nWelcome to the guide.".getBytes(StandardCharsets.UTF_8);
      } else if (path.endsWith("/busy.md")) {
        status = 429;
        exchange.getResponseHeaders().add("Retry-After", "7");
        body = new byte[0];
      } else if (path.endsWith("/exhausted.md")) {
        status = 403;
        exchange.getResponseHeaders().add("X-RateLimit-Remaining", "0");
        exchange.getResponseHeaders().add("X-RateLimit-Reset",
            Long.toString(java.time.Instant.now().plusSeconds(60).getEpochSecond()));
        body = new byte[0];
      } else {
        status = 404;
        body = "{\"message\": \"Not Found\"}".getBytes(StandardCharsets.UTF_8);
      }
      exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
      if (body.length > 0) {
        exchange.getResponseBody().write(body);
      }
      exchange.close();
    });
    server.start();
    connector = (GitHubConnector) new GitHubConnectorProvider().create(new dev.freshet.api.source.SourceConfig("docs",
        Map.of("repository", "acme/docs", "webhook-secret", "s", "token", "t0ken",
            "api-url", "http://127.0.0.1:" + server.getAddress().getPort())));
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  @Test
  void aFileIsReadRawFromTheIndexedBranchWithTheToken() {
    SourceDocument document = connector.load("github:acme/docs:guide/intro.md").orElseThrow();

    assertThat(document.text()).contains("Welcome to the guide.");
    assertThat(document.metadata()).containsEntry("title", "Intro").containsEntry("path", "guide/intro.md");
    assertThat(requests).singleElement().asString()
        .startsWith("/repos/acme/docs/contents/guide/intro.md?ref=main application/vnd.github.raw Bearer t0ken");
  }

  @Test
  void aMissingFileLoadsAsGoneAndOtherSubjectsAreNotFetched() {
    assertThat(connector.load("github:acme/docs:gone.md")).isEmpty();
    assertThat(connector.load("github:acme/docs:picture.png")).isEmpty();
    assertThat(connector.load("github:other/repo:README.md")).isEmpty();
    assertThat(requests).hasSize(1);
  }

  @Test
  void rateLimitsAreRetriedAfterTheTimeGitHubGives() {
    assertThatThrownBy(() -> connector.load("github:acme/docs:busy.md"))
        .isInstanceOfSatisfying(RetryableException.class,
            e -> assertThat(e.retryAfter()).contains(Duration.ofSeconds(7)));
    assertThatThrownBy(() -> connector.load("github:acme/docs:exhausted.md"))
        .isInstanceOfSatisfying(RetryableException.class,
            e -> assertThat(e.retryAfter()).get().satisfies(d -> assertThat(d).isBetween(Duration.ofSeconds(50),
                Duration.ofSeconds(61))));
  }

  @Test
  void theSecretsNeverAppearInTheSettingsToString() {
    assertThat(GitHubSettings.from(new dev.freshet.api.source.SourceConfig("docs", Map.of("repository", "acme/docs",
        "webhook-secret", "hush-1", "token", "hush-2"))).toString()).doesNotContain("hush");
  }
}
