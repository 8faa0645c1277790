package dev.freshet.connector.github;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.freshet.api.event.ChangeEvent;
import dev.freshet.api.event.Operation;
import dev.freshet.api.source.SourceConfig;
import dev.freshet.api.webhook.HmacSignatures;
import dev.freshet.api.webhook.WebhookDelivery;
import dev.freshet.api.webhook.WebhookOutcome;
import dev.freshet.api.webhook.WebhookRejectedException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Push deliveries in GitHub's real shapes (the octokit/webhooks examples in test resources). */
class GitHubWebhookTest {

  static final String SECRET = "webhook-test-secret";

  private final GitHubConnector connector = connector(Map.of());

  static GitHubConnector connector(Map<String, String> extra) {
    Map<String, String> values = new HashMap<>(Map.of("repository", "Codertocat/Hello-World", "branch", "master",
        "webhook-secret", SECRET));
    values.putAll(extra);
    return (GitHubConnector) new GitHubConnectorProvider().create(new SourceConfig("docs", values));
  }

  static byte[] fixture(String name) throws IOException {
    try (InputStream in = GitHubWebhookTest.class.getResourceAsStream("/github/" + name)) {
      return in.readAllBytes();
    }
  }

  static WebhookDelivery signed(String kind, String deliveryId, byte[] body) {
    return new WebhookDelivery(Map.of("X-GitHub-Event", kind, "X-GitHub-Delivery", deliveryId,
        "X-Hub-Signature-256", HmacSignatures.sign(SECRET, body)), body);
  }

  @Test
  void githubsDocumentedSignatureTestVectorVerifies() {
    byte[] body = "Hello, World!".getBytes(StandardCharsets.UTF_8);
    String expected = "sha256=757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17";

    assertThat(HmacSignatures.sign("It's a Secret to Everybody", body)).isEqualTo(expected);
    assertThat(HmacSignatures.valid("It's a Secret to Everybody", body, expected)).isTrue();
  }

  @Test
  void aPushThatCreatesTheBranchBecomesOneBranchWideChangeBecauseItsCommitListNamesOnlyNewCommits() throws Exception {
    WebhookOutcome outcome = connector.receive(signed("push", "d-1", fixture("push-new-branch-add-readme.json")));

    ChangeEvent event = single(outcome, "d-1");
    assertThat(event.type()).isEqualTo("collection.changed");
    assertThat(event.subject()).isEqualTo("github:Codertocat/Hello-World");
    assertThat(event.correlationId()).isEqualTo("gh:d-1");
    assertThat(event.position()).isEqualTo("commit 6113728f27ae");
    assertThat(event.data()).containsEntry("before", null)
        .containsEntry("after", "6113728f27ae82c7b1a177c8d03f9e96e0adf246").containsEntry("reason", "branch created");
  }

  @Test
  void aPushToTheBranchBecomesOneEventPerIndexedFile() {
    byte[] body = push("\"forced\": false", 1, "{\"added\": [\"README.md\"], \"modified\": [], \"removed\": []}");

    ChangeEvent event = single(connector.receive(signed("push", "d-11", body)), "d-11");
    assertThat(event.type()).isEqualTo("document.changed");
    assertThat(event.subject()).isEqualTo("github:Codertocat/Hello-World:README.md");
    assertThat(event.operation()).isEqualTo(Operation.CREATE);
    assertThat(event.position()).isEqualTo("commit bbbbbbbbbbbb");
    assertThat(event.data()).containsEntry("path", "README.md");
  }

  @Test
  void aForcedPushComparesTreesUnlessThePolicySaysCommitsOnly() {
    byte[] body = push("\"forced\": true", 1, "{\"added\": [], \"modified\": [\"README.md\"], \"removed\": []}");

    ChangeEvent compared = single(connector.receive(signed("push", "d-12", body)), "d-12");
    assertThat(compared.type()).isEqualTo("collection.changed");
    assertThat(compared.data()).containsEntry("before", "a".repeat(40)).containsEntry("after", "b".repeat(40));

    ChangeEvent listed = single(connector(Map.of("force-push", "commits-only")).receive(signed("push", "d-12", body)), "d-12");
    assertThat(listed.type()).isEqualTo("document.changed");
  }

  @Test
  void aCommitListAsLongAsGitHubEverListsIsTreatedAsTruncated() {
    byte[] body = push("\"forced\": false", PushMapper.MAX_LISTED_COMMITS,
        "{\"added\": [], \"modified\": [\"README.md\"], \"removed\": []}");

    ChangeEvent event = single(connector.receive(signed("push", "d-13", body)), "d-13");
    assertThat(event.type()).isEqualTo("collection.changed");
    assertThat((String) event.data().get("reason")).contains("truncated");
  }

  @Test
  void aDeletedBranchKeepsItsDocumentsUnlessThePolicySaysRemove() {
    byte[] body = push("\"deleted\": true", 0, "").clone();
    body = new String(body, StandardCharsets.UTF_8).replace("b".repeat(40), "0".repeat(40)).getBytes(StandardCharsets.UTF_8);

    assertThat(connector.receive(signed("push", "d-14", body))).isInstanceOfSatisfying(WebhookOutcome.Ignored.class,
        i -> assertThat(i.reason()).contains("branch-deletion: keep"));
    ChangeEvent removal = single(connector(Map.of("branch-deletion", "remove")).receive(signed("push", "d-14", body)), "d-14");
    assertThat(removal.type()).isEqualTo("collection.changed");
    assertThat(removal.data()).containsEntry("before", "a".repeat(40)).containsEntry("after", null);
  }

  @Test
  void theBotsOwnPushesAreIgnored() {
    byte[] body = push("\"forced\": false", 1, "{\"added\": [\"README.md\"], \"modified\": [], \"removed\": []}");

    assertThat(connector(Map.of("bot-logins", "docs-writer[bot], Codertocat")).receive(signed("push", "d-15", body)))
        .isInstanceOfSatisfying(WebhookOutcome.Ignored.class, i -> assertThat(i.reason()).contains("bot's own edit"));
  }

  /** A push to master from aaa… to bbb… by Codertocat, in the shape of GitHub's push payload. */
  private static byte[] push(String flags, int commits, String commit) {
    String list = String.join(",", java.util.Collections.nCopies(commits, commit));
    return ("{\"ref\": \"refs/heads/master\", \"before\": \"" + "a".repeat(40) + "\", \"after\": \"" + "b".repeat(40)
        + "\", " + flags + ", \"repository\": {\"full_name\": \"Codertocat/Hello-World\"}, "
        + "\"sender\": {\"login\": \"Codertocat\", \"type\": \"User\"}, "
        + "\"head_commit\": {\"timestamp\": \"2026-01-02T03:04:05Z\"}, \"commits\": [" + list + "]}")
        .getBytes(StandardCharsets.UTF_8);
  }

  private static ChangeEvent single(WebhookOutcome outcome, String deliveryId) {
    assertThat(outcome).isInstanceOf(WebhookOutcome.Accepted.class);
    WebhookOutcome.Accepted accepted = (WebhookOutcome.Accepted) outcome;
    assertThat(accepted.deliveryId()).isEqualTo(deliveryId);
    assertThat(accepted.events()).hasSize(1);
    return accepted.events().getFirst();
  }

  @Test
  void aRedeliveryMapsToTheSameEventIds() throws Exception {
    byte[] body = fixture("push-new-branch-add-readme.json");
    List<ChangeEvent> first = ((WebhookOutcome.Accepted) connector.receive(signed("push", "d-2", body))).events();
    List<ChangeEvent> again = ((WebhookOutcome.Accepted) connector.receive(signed("push", "d-2", body))).events();

    assertThat(again).extracting(ChangeEvent::id).isEqualTo(first.stream().map(ChangeEvent::id).toList());
  }

  @Test
  void theLastChangeOfAPathWinsAndARenameIsARemovalAndAnAddition() {
    byte[] body = """
        {"ref": "refs/heads/master", "after": "abc", "repository": {"full_name": "Codertocat/Hello-World"},
         "head_commit": {"timestamp": "2026-01-02T03:04:05Z"},
         "commits": [
           {"added": ["docs/new.md"], "modified": ["docs/a.md"], "removed": []},
           {"added": ["docs/b-renamed.md"], "modified": [], "removed": ["docs/b.md", "docs/new.md"]},
           {"added": [], "modified": ["image.png"], "removed": []}]}""".getBytes(StandardCharsets.UTF_8);

    List<ChangeEvent> events = ((WebhookOutcome.Accepted) connector.receive(signed("push", "d-3", body))).events();

    assertThat(events).extracting(e -> e.subject().substring(e.subject().lastIndexOf(':') + 1) + " " + e.operation())
        .containsExactlyInAnyOrder("docs/new.md DELETE", "docs/a.md UPDATE", "docs/b-renamed.md CREATE",
            "docs/b.md DELETE");
  }

  @Test
  void pingsTagDeletionsOtherBranchesAndOtherKindsAreIgnored() throws Exception {
    assertThat(connector.receive(signed("ping", "d-4", fixture("ping.json")))).isInstanceOf(WebhookOutcome.Ignored.class);
    assertThat(connector.receive(signed("push", "d-5", fixture("push-tag-deleted.json"))))
        .isInstanceOfSatisfying(WebhookOutcome.Ignored.class, i -> assertThat(i.reason()).contains("refs/tags/simple-tag"));
    assertThat(connector(Map.of("branch", "main")).receive(signed("push", "d-6", fixture("push-new-branch-add-readme.json"))))
        .isInstanceOf(WebhookOutcome.Ignored.class);
    assertThat(connector.receive(signed("issues", "d-7", "{}".getBytes(StandardCharsets.UTF_8))))
        .isInstanceOfSatisfying(WebhookOutcome.Ignored.class, i -> assertThat(i.reason()).contains("issues"));
  }

  @Test
  void missingTamperedAndSha1OnlySignaturesAreUnauthorized() throws Exception {
    byte[] body = fixture("push-new-branch-add-readme.json");
    WebhookDelivery good = signed("push", "d-8", body);
    byte[] flipped = body.clone();
    flipped[100] ^= 1;

    assertRejected(new WebhookDelivery(Map.of("X-GitHub-Event", "push", "X-GitHub-Delivery", "d-8"), body), 401);
    assertRejected(new WebhookDelivery(good.headers(), flipped), 401);
    assertRejected(new WebhookDelivery(Map.of("X-GitHub-Event", "push", "X-GitHub-Delivery", "d-8",
        "X-Hub-Signature", "sha1=0000"), body), 401);
    assertRejected(new WebhookDelivery(Map.of("X-GitHub-Event", "push", "X-GitHub-Delivery", "d-8",
        "X-Hub-Signature-256", HmacSignatures.sign("another secret", body)), body), 401);
  }

  @Test
  void aSignedBodyThatIsNotJsonOrNamesAnotherRepositoryIsMalformed() {
    assertRejected(signed("push", "d-9", "{not json".getBytes(StandardCharsets.UTF_8)), 400);
    assertRejected(signed("push", "d-10", """
        {"ref": "refs/heads/master", "repository": {"full_name": "someone/else"}, "commits": []}"""
        .getBytes(StandardCharsets.UTF_8)), 400);
  }

  private void assertRejected(WebhookDelivery delivery, int status) {
    assertThatThrownBy(() -> connector.receive(delivery)).isInstanceOfSatisfying(WebhookRejectedException.class,
        e -> assertThat(e.status()).isEqualTo(status));
  }
}
