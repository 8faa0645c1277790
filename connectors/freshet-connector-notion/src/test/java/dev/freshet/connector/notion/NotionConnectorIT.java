package dev.freshet.connector.notion;

import static dev.freshet.connector.notion.FakeNotion.paragraph;
import static org.assertj.core.api.Assertions.assertThat;

import dev.freshet.api.event.ChangeEvent;
import dev.freshet.api.event.Operation;
import dev.freshet.api.source.SourceConfig;
import dev.freshet.api.source.SourceConnector;
import dev.freshet.api.webhook.HmacSignatures;
import dev.freshet.api.webhook.WebhookDelivery;
import dev.freshet.api.webhook.WebhookOutcome;
import dev.freshet.testkit.RecordingSourceContext;
import dev.freshet.testkit.SourceConnectorContract;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Notion connector keeps the connector contract, with a local server playing the Notion API. */
class NotionConnectorIT extends SourceConnectorContract {

  private static final String TOKEN = "secret_contract_verification_token";
  private static final String DATABASE = "15b104cd-477e-80fe-8e7f-c4da5f2ec0b7";
  private static final String DATA_SOURCE = "1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d";

  private FakeNotion notion;

  @BeforeEach
  void startNotion() throws Exception {
    notion = new FakeNotion();
    notion.database(DATABASE, DATA_SOURCE);
  }

  @AfterEach
  void stopNotion() {
    notion.close();
  }

  @Override
  protected SourceConnector newConnector() {
    return new NotionConnectorProvider().create(new SourceConfig("contract", Map.of("token", "ntn_contract",
        "verification-token", TOKEN, "api-url", notion.apiUrl(), "reconcile-interval", "60m")));
  }

  private static String pageId(String key) {
    return UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8)).toString();
  }

  @Override
  protected String write(String key, String text) throws Exception {
    notion.page(pageId(key), key, List.of(paragraph(text)));
    deliver(signed(FakeNotion.event("page.content_updated", "page", pageId(key), Instant.now())));
    return "notion:" + pageId(key);
  }

  @Override
  protected void delete(String key) throws Exception {
    notion.trash(pageId(key), true);
    deliver(signed(FakeNotion.event("page.deleted", "page", pageId(key), Instant.now())));
  }

  private static WebhookDelivery signed(byte[] body) {
    return new WebhookDelivery(Map.of("X-Notion-Signature", HmacSignatures.sign(TOKEN, body)), body);
  }

  @Test
  void eventsArrivingOutOfOrderEndInTheStateNotionHasNow() throws Exception {
    RecordingSourceContext context = new RecordingSourceContext("contract", null);
    SourceConnector source = start(context);
    String page = pageId("shuffled");
    notion.page(page, "Shuffled", List.of(paragraph("Edited, then trashed.")));
    notion.trash(page, true);
    Instant edited = Instant.now().minusSeconds(30);

    // the deletion is delivered first, the older edit after it
    deliver(signed(FakeNotion.event("page.deleted", "page", page, Instant.now())));
    deliver(signed(FakeNotion.event("page.content_updated", "page", page, edited)));

    assertThat(eventsFor(context, "notion:" + page)).hasSize(2);
    assertThat(source.load("notion:" + page)).as("the page is in the trash, whatever came last").isEmpty();

    notion.trash(page, false); // restored; its page.undeleted event is still on its way
    deliver(signed(FakeNotion.event("page.content_updated", "page", page, edited)));
    assertThat(source.load("notion:" + page)).get().extracting(d -> d.text()).asString().contains("Edited, then trashed.");
  }

  @Test
  void aDataSourceEventSyncsThePagesEditedSinceShortlyBeforeIt() throws Exception {
    RecordingSourceContext context = new RecordingSourceContext("contract", null);
    SourceConnector source = start(context);
    notion.page(pageId("row-old"), "Old row", DATA_SOURCE, List.of(paragraph("Untouched for a while.")));
    Thread.sleep(50);
    Instant cut = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS); // Notion's precision
    notion.page(pageId("row-new"), "New row", DATA_SOURCE, List.of(paragraph("Just added.")));
    notion.page(pageId("elsewhere"), "Elsewhere", List.of(paragraph("Not in the data source.")));

    WebhookOutcome outcome = deliver(signed(FakeNotion.event("data_source.content_updated", "data_source",
        DATA_SOURCE, cut.plus(Reconciler.LOOK_BACK))));
    ChangeEvent request = ((WebhookOutcome.Accepted) outcome).events().getFirst();
    List<ChangeEvent> synced = source.sync(request);

    assertThat(synced).extracting(ChangeEvent::subject).containsExactly("notion:" + pageId("row-new"));
    assertThat(synced.getFirst().causationId()).isEqualTo(request.id());
    assertThat(synced.getFirst().correlationId()).isEqualTo(request.correlationId());
    assertThat(source.sync(request)).as("a retry yields the same ids").extracting(ChangeEvent::id)
        .isEqualTo(synced.stream().map(ChangeEvent::id).toList());

    ChangeEvent created = ((WebhookOutcome.Accepted) deliver(signed(FakeNotion.event("database.created", "database",
        DATABASE, Instant.now())))).events().getFirst();
    assertThat(source.sync(created)).as("a new database: all its pages").extracting(ChangeEvent::subject)
        .containsExactlyInAnyOrder("notion:" + pageId("row-old"), "notion:" + pageId("row-new"));
  }

  @Test
  void theReconcileRunCatchesWhatNoEventAnnouncedAndADeletedDataSourceRemovesItsPages() throws Exception {
    RecordingSourceContext context = new RecordingSourceContext("contract", null);
    SourceConnector source = start(context);
    notion.page(pageId("row"), "Row", DATA_SOURCE, List.of(paragraph("In the data source.")));
    notion.page(pageId("quiet"), "Quiet", List.of(paragraph("Its event never came.")));

    source.reconcile();

    assertThat(eventsFor(context, "notion:" + pageId("quiet"))).extracting(ChangeEvent::operation)
        .containsExactly(Operation.CREATE);
    notion.page(pageId("quiet"), "Quiet", List.of(paragraph("Edited, and that event was lost too.")));
    notion.remove(pageId("row"));
    int before = context.events().size();
    source.reconcile();
    assertThat(context.events().subList(before, context.events().size()))
        .extracting(e -> e.subject() + " " + e.operation())
        .containsExactlyInAnyOrder("notion:" + pageId("quiet") + " UPDATE", "notion:" + pageId("row") + " DELETE");

    notion.page(pageId("row-2"), "Row 2", DATA_SOURCE, List.of(paragraph("Also in it.")));
    source.reconcile();
    ChangeEvent deleted = ((WebhookOutcome.Accepted) deliver(signed(FakeNotion.event("data_source.deleted",
        "data_source", DATA_SOURCE, Instant.now())))).events().getFirst();
    assertThat(source.sync(deleted)).extracting(e -> e.subject() + " " + e.operation())
        .containsExactly("notion:" + pageId("row-2") + " DELETE");
  }
}
