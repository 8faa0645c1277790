package dev.freshet.connector.notion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.freshet.api.event.ChangeEvent;
import dev.freshet.api.event.Operation;
import dev.freshet.api.source.SourceConfig;
import dev.freshet.api.webhook.HmacSignatures;
import dev.freshet.api.webhook.WebhookDelivery;
import dev.freshet.api.webhook.WebhookOutcome;
import dev.freshet.api.webhook.WebhookRejectedException;
import dev.freshet.testkit.RecordingSourceContext;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Notion's verification request and signed events, in Notion's documented shapes (test resources). */
class NotionWebhookTest {

  static final String TOKEN = "secret_tMrlL1qK5vuQAh1b6cZGhFChZTSYJlce98V0pYn7yBl";
  private static final String PAGE = "153104cd-477e-809d-8dc4-ff2d96ae3090";

  private final RecordingSourceContext context = new RecordingSourceContext("wiki", null);
  private final NotionConnector connector = started(Map.of());

  private NotionConnector started(Map<String, String> extra) {
    Map<String, String> values = new HashMap<>(Map.of("token", "ntn_test", "api-url", "http://127.0.0.1:9",
        "reconcile-interval", "0", "bot-user-id", FakeNotion.BOT_USER));
    values.putAll(extra);
    NotionConnector created = (NotionConnector) new NotionConnectorProvider().create(new SourceConfig("wiki", values));
    created.start(context);
    return created;
  }

  @AfterEach
  void stop() {
    connector.close();
  }

  static byte[] fixture(String name) throws IOException {
    try (InputStream in = NotionWebhookTest.class.getResourceAsStream("/notion/" + name)) {
      return in.readAllBytes();
    }
  }

  static WebhookDelivery signed(byte[] body) {
    return new WebhookDelivery(Map.of("X-Notion-Signature", HmacSignatures.sign(TOKEN, body)), body);
  }

  private void verify() throws IOException {
    assertThat(connector.receive(new WebhookDelivery(Map.of(), fixture("verification.json"))))
        .isInstanceOf(WebhookOutcome.Ignored.class);
  }

  @Test
  void theVerificationRequestStoresTheTokenOnceAndLaterEventsMustBeSignedWithIt() throws Exception {
    assertThat(connector.status().message()).contains("waiting for Notion's verification request");

    WebhookOutcome outcome = connector.receive(new WebhookDelivery(Map.of(), fixture("verification.json")));

    assertThat(outcome).isInstanceOfSatisfying(WebhookOutcome.Ignored.class,
        i -> assertThat(i.reason()).contains("reveals it once").doesNotContain(TOKEN));
    assertThat(context.secrets().get("verification-token")).contains(TOKEN);
    assertThat(connector.status().details()).containsEntry("verification", "learned from Notion's verification request");
    assertRejected(new WebhookDelivery(Map.of(), "{\"verification_token\":\"secret_attacker\"}"
        .getBytes(StandardCharsets.UTF_8)), 401);
    assertThat(context.secrets().get("verification-token")).as("a second request cannot replace it").contains(TOKEN);
    assertThat(connector.receive(signed(fixture("page-content-updated.json"))))
        .isInstanceOf(WebhookOutcome.Accepted.class);
  }

  @Test
  void beforeVerificationOnlyAVerificationRequestIsAccepted() throws Exception {
    assertRejected(signed(fixture("page-content-updated.json")), 401);
    assertRejected(new WebhookDelivery(Map.of(), fixture("page-content-updated.json")), 401);
    assertRejected(new WebhookDelivery(Map.of(), "not json".getBytes(StandardCharsets.UTF_8)), 401);
    assertThat(context.secrets().get("verification-token")).isEmpty();
  }

  @Test
  void missingTamperedWronglyKeyedAndSha1SignaturesAreUnauthorized() throws Exception {
    verify();
    byte[] body = fixture("page-content-updated.json");
    byte[] flipped = body.clone();
    flipped[40] ^= 1;

    assertRejected(new WebhookDelivery(Map.of(), body), 401);
    assertRejected(new WebhookDelivery(signed(body).headers(), flipped), 401);
    assertRejected(new WebhookDelivery(Map.of("X-Notion-Signature", HmacSignatures.sign("another", body)), body), 401);
    assertRejected(new WebhookDelivery(Map.of("X-Notion-Signature", "sha1=0123"), body), 401);
    assertRejected(new WebhookDelivery(Map.of("X-Notion-Signature", HmacSignatures.sign(TOKEN, body)
        .substring(0, 20)), body), 401);
  }

  @Test
  void pageEventsBecomeOneChangeOfThePageWithIdsFromTheNotionEvent() throws Exception {
    verify();
    ChangeEvent updated = single(connector.receive(signed(fixture("page-content-updated.json"))));
    ChangeEvent again = single(connector.receive(signed(fixture("page-content-updated.json"))));
    ChangeEvent deleted = single(connector.receive(signed(fixture("page-deleted.json"))));

    assertThat(updated.type()).isEqualTo("document.changed");
    assertThat(updated.subject()).isEqualTo("notion:" + PAGE);
    assertThat(updated.operation()).isEqualTo(Operation.UPDATE);
    assertThat(updated.correlationId()).isEqualTo("notion:56c2d3ba-3f19-4f28-8d4a-b52ad4b6d2a1");
    assertThat(updated.data()).containsEntry("updatedBlocks", 2).containsEntry("notionType", "page.content_updated");
    assertThat(updated.time()).hasToString("2024-12-05T20:46:44Z");
    assertThat(again.id()).as("a redelivery has the same id").isEqualTo(updated.id());
    assertThat(deleted.operation()).isEqualTo(Operation.DELETE);
    assertThat(deleted.subject()).isEqualTo(updated.subject());
  }

  @Test
  void dataSourceEventsBecomeACollectionChange() throws Exception {
    verify();
    ChangeEvent event = single(connector.receive(signed(fixture("data-source-content-updated.json"))));

    assertThat(event.type()).isEqualTo("collection.changed");
    assertThat(event.subject()).isEqualTo("notion:ds:1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d");
    assertThat(event.data()).containsEntry("kind", "ds").containsEntry("deleted", false).containsEntry("attempt", 2);
  }

  @Test
  void commentsTheBotsOwnEditsAndOtherKindsAreIgnored() throws Exception {
    verify();
    assertThat(connector.receive(signed(fixture("comment-created.json"))))
        .isInstanceOfSatisfying(WebhookOutcome.Ignored.class, i -> assertThat(i.reason()).contains("comment.created"));
    byte[] byTheBot = FakeNotion.event("page.content_updated", "page", PAGE, java.time.Instant.now(), "bot",
        FakeNotion.BOT_USER);
    assertThat(connector.receive(signed(byTheBot)))
        .isInstanceOfSatisfying(WebhookOutcome.Ignored.class, i -> assertThat(i.reason()).contains("bot's own edit"));
    byte[] byAnotherBot = FakeNotion.event("page.content_updated", "page", PAGE, java.time.Instant.now(), "bot",
        "0f0f0f0f-0000-4000-8000-000000000000");
    assertThat(connector.receive(signed(byAnotherBot))).isInstanceOf(WebhookOutcome.Accepted.class);
  }

  @Test
  void aSignedBodyThatIsNotJsonNamesAnotherWorkspaceOrHasNoEntityIsMalformed() throws Exception {
    connector.close();
    NotionConnector pinned = started(Map.of("workspace-id", "ffffffff-c203-4f3b-b97d-93ec06319565"));
    assertThat(pinned.receive(new WebhookDelivery(Map.of(), fixture("verification.json"))))
        .isInstanceOf(WebhookOutcome.Ignored.class);

    assertRejectedBy(pinned, signed("{not json".getBytes(StandardCharsets.UTF_8)), 400);
    assertRejectedBy(pinned, signed(fixture("page-content-updated.json")), 400);
    assertRejectedBy(pinned, signed("{\"id\": \"e\", \"type\": \"page.created\", \"entity\": {\"id\": \"x\"}}"
        .getBytes(StandardCharsets.UTF_8)), 400);
    pinned.close();
  }

  private static ChangeEvent single(WebhookOutcome outcome) {
    assertThat(outcome).isInstanceOf(WebhookOutcome.Accepted.class);
    List<ChangeEvent> events = ((WebhookOutcome.Accepted) outcome).events();
    assertThat(events).hasSize(1);
    return events.getFirst();
  }

  private void assertRejected(WebhookDelivery delivery, int status) {
    assertRejectedBy(connector, delivery, status);
  }

  private static void assertRejectedBy(NotionConnector connector, WebhookDelivery delivery, int status) {
    assertThatThrownBy(() -> connector.receive(delivery)).isInstanceOfSatisfying(WebhookRejectedException.class,
        e -> assertThat(e.status()).isEqualTo(status));
  }
}
