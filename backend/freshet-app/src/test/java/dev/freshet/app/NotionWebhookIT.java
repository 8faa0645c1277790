package dev.freshet.app;

import static dev.freshet.connector.notion.FakeNotion.paragraph;
import static dev.freshet.connector.notion.FakeNotion.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.freshet.api.store.StoredChunk;
import dev.freshet.api.webhook.HmacSignatures;
import dev.freshet.connector.notion.FakeNotion;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

/**
 * Notion's subscription handshake and signed events POSTed to the running application, with a local server
 * playing the Notion API: the token is kept encrypted and revealed once, pages are indexed from their blocks,
 * redeliveries and out-of-order events end in Notion's current state, and data-source events sync their pages.
 */
class NotionWebhookIT {

  private static final Duration TIMEOUT = Duration.ofSeconds(90);
  private static final String PAGE = "153104cd-477e-809d-8dc4-ff2d96ae3090";
  private static final String ROW = "2b3c4d5e-477e-809d-8dc4-ff2d96ae3091";
  private static final String DATABASE = "15b104cd-477e-80fe-8e7f-c4da5f2ec0b7";
  private static final String DATA_SOURCE = "1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d";
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @TempDir
  Path dataDir;

  private FakeNotion notion;

  @BeforeEach
  void startFakeNotion() throws Exception {
    notion = new FakeNotion();
    notion.database(DATABASE, DATA_SOURCE);
    notion.page(PAGE, "Onboarding", List.of(text("heading_2", "First day"), paragraph("Badge at the front desk.")));
  }

  @AfterEach
  void stopFakeNotion() {
    notion.close();
  }

  @Test
  void theHandshakeSignedEventsRedeliveriesOutOfOrderEventsAndDataSources() throws Exception {
    String s = "--freshet.sources.wiki.";
    try (StandaloneFreshet freshet = StandaloneFreshet.start(dataDir, s + "type=notion", s + "token=ntn_app_test",
        s + "api-url=" + notion.apiUrl(), s + "reconcile-interval=0")) {
      int port = freshet.api().port();
      byte[] verification = resource("/notion/verification.json");
      String token = JSON.readTree(verification).get("verification_token").asString();

      // the handshake: unsigned, stored encrypted, revealed once
      HttpResponse<String> handshake = post(port, verification, null);
      assertThat(handshake.statusCode()).isEqualTo(200);
      assertThat(handshake.body()).doesNotContain(token);
      TestClient.Reply listed = freshet.api().get("/api/sources/wiki/secrets");
      assertThat(listed.body()).contains("verification-token").doesNotContain(token);
      assertThat(freshet.count("select count(*) from source_secret where position(convert_to(?, 'UTF8') in ciphertext) > 0",
          token)).as("encrypted at rest").isZero();
      assertThat(post(port, "{\"verification_token\":\"secret_attacker\"}".getBytes(StandardCharsets.UTF_8), null)
          .statusCode()).as("a second handshake cannot replace it").isEqualTo(401);
      TestClient.Reply revealed = freshet.api().post("/api/sources/wiki/secrets/verification-token/reveal");
      assertThat(revealed.status()).isEqualTo(200);
      assertThat(revealed.json().get("value").asString()).isEqualTo(token);
      assertThat(freshet.api().post("/api/sources/wiki/secrets/verification-token/reveal").status())
          .as("shown once").isEqualTo(410);
      assertThat(freshet.api().get("/api/sources").body()).contains("learned from Notion's verification request");

      // a signed event: the page is read from its blocks
      byte[] updated = FakeNotion.event("page.content_updated", "page", PAGE, Instant.now());
      assertThat(post(port, updated, token).statusCode()).isEqualTo(202);
      await().atMost(TIMEOUT).until(() -> texts(freshet, PAGE)
          .contains("Onboarding › First day\n\nBadge at the front desk.")); // split as Markdown: title › section
      assertThat(notion.requests()).as("an aggregated event (several edited blocks): one read of the page")
          .filteredOn(r -> r.path().equals("/v1/pages/" + PAGE)).hasSize(1);

      HttpResponse<String> again = post(port, updated, token);
      assertThat(again.statusCode()).isEqualTo(200);
      assertThat(again.body()).contains("\"duplicate\":true");
      assertThat(post(port, updated, null).statusCode()).as("unsigned").isEqualTo(401);
      assertThat(post(port, FakeNotion.event("page.content_updated", "page", PAGE, Instant.now()), "wrong-token")
          .statusCode()).as("signed with another key").isEqualTo(401);

      // out of order: the page is trashed; the deletion arrives, then an older edit
      notion.trash(PAGE, true);
      assertThat(post(port, FakeNotion.event("page.deleted", "page", PAGE, Instant.now()), token).statusCode())
          .isEqualTo(202);
      await().atMost(TIMEOUT).until(() -> freshet.store.chunksOf("notion:" + PAGE).isEmpty());
      byte[] late = FakeNotion.event("page.content_updated", "page", PAGE, Instant.now().minusSeconds(60));
      assertThat(post(port, late, token).statusCode()).isEqualTo(202);
      String lateCorrelation = "notion:" + JSON.readTree(late).get("id").asString();
      await().atMost(TIMEOUT).until(() -> freshet.count("select count(*) from trace_step where correlation_id = ? "
          + "and step = 'agent.attempt' and outcome in ('DONE', 'SKIPPED')", lateCorrelation) > 0);
      assertThat(freshet.store.chunksOf("notion:" + PAGE)).as("the older edit does not bring it back").isEmpty();

      // a data source's content changed: its recently edited pages are synced
      notion.page(ROW, "Holiday policy", DATA_SOURCE, List.of(paragraph("Twenty-five days a year.")));
      assertThat(post(port, FakeNotion.event("data_source.content_updated", "data_source", DATA_SOURCE,
          Instant.now()), token).statusCode()).isEqualTo(202);
      await().atMost(TIMEOUT).until(() -> texts(freshet, ROW).contains("Twenty-five days a year."));

      assertThat(freshet.count("select count(*) from trace_step where detail::text like ?", "%" + token + "%")
          + freshet.count("select count(*) from dead_letter where convert_from(coalesce(payload, ''), 'UTF8') like ?",
          "%" + token + "%")).as("the token is in no trace and no dead letter").isZero();
      assertThat(notion.requests()).allSatisfy(r -> assertThat(r.notionVersion()).isEqualTo("2025-09-03"));
    }
  }

  private static String texts(StandaloneFreshet freshet, String page) {
    return String.join("\n", freshet.store.chunksOf("notion:" + page).stream().map(StoredChunk::text).toList());
  }

  private static byte[] resource(String name) throws Exception {
    try (InputStream in = NotionWebhookIT.class.getResourceAsStream(name)) {
      return in.readAllBytes();
    }
  }

  private static HttpResponse<String> post(int port, byte[] body, @Nullable String token) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/webhooks/wiki"))
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(body));
    if (token != null) {
      request.header("X-Notion-Signature", HmacSignatures.sign(token, body));
    }
    return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
