package dev.freshet.connector.github;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.freshet.api.event.ChangeEvent;
import dev.freshet.api.source.SourceConfig;
import dev.freshet.testkit.RecordingSourceContext;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The reconcile run against a local server playing the git trees API. */
class ReconcilerTest {

  private HttpServer server;
  private final AtomicReference<String> tree = new AtomicReference<>();
  private GitHubConnector connector;

  @BeforeEach
  void start() throws Exception {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/repos/acme/docs/git/trees/main", exchange -> {
      byte[] body = tree.get().getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(200, body.length);
      exchange.getResponseBody().write(body);
      exchange.close();
    });
    server.start();
    connector = (GitHubConnector) new GitHubConnectorProvider().create(new SourceConfig("docs", Map.of(
        "repository", "acme/docs", "webhook-secret", "s", "reconcile-interval", "0",
        "api-url", "http://127.0.0.1:" + server.getAddress().getPort())));
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private static String tree(String... pathsAndShas) {
    StringBuilder entries = new StringBuilder();
    for (int i = 0; i < pathsAndShas.length; i += 2) {
      entries.append(entries.isEmpty() ? "" : ",").append("{\"path\": \"").append(pathsAndShas[i])
          .append("\", \"type\": \"blob\", \"sha\": \"").append(pathsAndShas[i + 1]).append("\"}");
    }
    return "{\"sha\": \"t\", \"truncated\": false, \"tree\": [{\"path\": \"docs\", \"type\": \"tree\", \"sha\": \"d\"},"
        + entries + "]}";
  }

  @Test
  void theFirstRunSendsEveryIndexedFileAndLaterRunsOnlyWhatChangedOrVanished() {
    RecordingSourceContext context = new RecordingSourceContext("docs", null);
    connector.start(context);
    tree.set(tree("README.md", "a1", "docs/guide.md", "b1", "logo.png", "c1", "docs/old.md", "d1"));

    connector.reconcile();

    assertThat(context.events()).extracting(e -> e.subject() + " " + e.operation()).containsExactlyInAnyOrder(
        "github:acme/docs:README.md CREATE", "github:acme/docs:docs/guide.md CREATE", "github:acme/docs:docs/old.md CREATE");

    tree.set(tree("README.md", "a1", "docs/guide.md", "b2", "logo.png", "c2"));
    int before = context.events().size();
    connector.reconcile();

    assertThat(context.events().subList(before, context.events().size()))
        .extracting(e -> e.subject() + " " + e.operation())
        .containsExactlyInAnyOrder("github:acme/docs:docs/guide.md UPDATE", "github:acme/docs:docs/old.md DELETE");

    before = context.events().size();
    connector.reconcile();
    assertThat(context.events()).as("nothing changed, nothing sent").hasSize(before);
  }

  @Test
  void aRepeatedRunAfterACrashSendsTheSameEvents() {
    tree.set(tree("README.md", "a1"));
    RecordingSourceContext first = new RecordingSourceContext("docs", null);
    connector.start(first);
    connector.reconcile();
    RecordingSourceContext again = new RecordingSourceContext("docs", null); // the position was never committed
    connector.start(again);
    connector.reconcile();

    assertThat(again.events()).extracting(ChangeEvent::id)
        .isEqualTo(first.events().stream().map(ChangeEvent::id).toList());
  }
}
