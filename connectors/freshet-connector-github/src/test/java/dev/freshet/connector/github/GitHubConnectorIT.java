package dev.freshet.connector.github;

import static org.assertj.core.api.Assertions.assertThat;

import dev.freshet.api.event.ChangeEvent;
import dev.freshet.api.source.SourceConfig;
import dev.freshet.api.source.SourceConnector;
import dev.freshet.api.webhook.HmacSignatures;
import dev.freshet.api.webhook.WebhookDelivery;
import dev.freshet.api.webhook.WebhookOutcome;
import dev.freshet.testkit.RecordingSourceContext;
import dev.freshet.testkit.SourceConnectorContract;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The GitHub connector keeps the connector contract, with a local server playing the repository. */
class GitHubConnectorIT extends SourceConnectorContract {

  private static final String SECRET = "contract-secret";

  private FakeGitHub github;

  @BeforeEach
  void startGitHub() throws Exception {
    github = new FakeGitHub("acme/docs", "main");
  }

  @AfterEach
  void stopGitHub() {
    github.close();
  }

  @Override
  protected SourceConnector newConnector() {
    return new GitHubConnectorProvider().create(new SourceConfig("contract", Map.of("repository", "acme/docs",
        "webhook-secret", SECRET, "paths", "docs/**.md", "api-url", github.apiUrl(), "reconcile-interval", "60m")));
  }

  @Override
  protected String write(String key, String text) throws Exception {
    deliver(push(github.commit(Map.of("docs/" + key + ".md", text))));
    return "github:acme/docs:docs/" + key + ".md";
  }

  @Override
  protected void delete(String key) throws Exception {
    Map<String, @Nullable String> removal = new HashMap<>();
    removal.put("docs/" + key + ".md", null);
    deliver(push(github.commit(removal)));
  }

  private static WebhookDelivery push(byte[] body) {
    return new WebhookDelivery(Map.of("X-GitHub-Event", "push", "X-GitHub-Delivery", UUID.randomUUID().toString(),
        "X-Hub-Signature-256", HmacSignatures.sign(SECRET, body)), body);
  }

  @Test
  void aPushWithAnAddAModifyARemoveAndARenameChangesExactlyThoseFiles() throws Exception {
    RecordingSourceContext context = new RecordingSourceContext("contract", null);
    SourceConnector source = start(context);
    write("kept", "Kept.");
    write("edited", "Edited, first version.");
    write("gone", "Gone soon.");
    write("old-name", "Renamed soon.");

    Map<String, @Nullable String> changes = new HashMap<>();
    changes.put("docs/added.md", "Added.");
    changes.put("docs/edited.md", "Edited, second version.");
    changes.put("docs/gone.md", null);
    changes.put("docs/old-name.md", null);
    changes.put("docs/new-name.md", "Renamed soon.");
    changes.put("image.png", "not indexed");
    WebhookOutcome outcome = deliver(push(github.commit(changes)));

    assertThat(((WebhookOutcome.Accepted) outcome).events()).extracting(e -> e.subject() + " " + e.operation())
        .containsExactlyInAnyOrder("github:acme/docs:docs/added.md CREATE", "github:acme/docs:docs/edited.md UPDATE",
            "github:acme/docs:docs/gone.md DELETE", "github:acme/docs:docs/old-name.md DELETE",
            "github:acme/docs:docs/new-name.md CREATE");
    assertThat(source.load("github:acme/docs:docs/edited.md").orElseThrow().text()).isEqualTo("Edited, second version.");
    assertThat(source.load("github:acme/docs:docs/new-name.md").orElseThrow().metadata()).containsEntry("path", "docs/new-name.md");
    assertThat(source.load("github:acme/docs:docs/old-name.md")).isEmpty();
  }

  @Test
  void aForcedPushIsSyncedByComparingTheTreesBeforeAndAfterIt() throws Exception {
    RecordingSourceContext context = new RecordingSourceContext("contract", null);
    SourceConnector source = start(context);
    String base = github.head();
    write("a", "A, first.");
    write("b", "B, soon dropped from history.");

    Map<String, @Nullable String> rewritten = new HashMap<>();
    rewritten.put("docs/a.md", "A, rewritten.");
    rewritten.put("docs/c.md", "C, only in the new history.");
    WebhookOutcome outcome = deliver(push(github.forcePush(base, rewritten)));
    ChangeEvent request = ((WebhookOutcome.Accepted) outcome).events().getFirst();
    assertThat(request.type()).isEqualTo("collection.changed");

    List<ChangeEvent> synced = source.sync(request);

    assertThat(synced).extracting(e -> e.subject() + " " + e.operation()).containsExactlyInAnyOrder(
        "github:acme/docs:docs/a.md UPDATE", "github:acme/docs:docs/b.md DELETE", "github:acme/docs:docs/c.md CREATE");
    assertThat(synced).allSatisfy(e -> {
      assertThat(e.correlationId()).isEqualTo(request.correlationId());
      assertThat(e.causationId()).isEqualTo(request.id());
    });
    assertThat(source.sync(request)).as("a retry yields the same ids").extracting(ChangeEvent::id)
        .isEqualTo(synced.stream().map(ChangeEvent::id).toList());
  }
}
