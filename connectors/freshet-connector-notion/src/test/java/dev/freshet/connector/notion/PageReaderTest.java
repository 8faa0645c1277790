package dev.freshet.connector.notion;

import static dev.freshet.connector.notion.FakeNotion.block;
import static dev.freshet.connector.notion.FakeNotion.code;
import static dev.freshet.connector.notion.FakeNotion.paragraph;
import static dev.freshet.connector.notion.FakeNotion.table;
import static dev.freshet.connector.notion.FakeNotion.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.freshet.api.error.RetryableException;
import dev.freshet.api.source.SourceConfig;
import dev.freshet.api.source.SourceDocument;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Reading pages from a local server playing the Notion API: rendering, pagination, nesting, trash, limits. */
class PageReaderTest {

  private static final String PAGE = "153104cd-477e-809d-8dc4-ff2d96ae3090";

  private FakeNotion notion;
  private NotionConnector connector;

  @BeforeEach
  void start() throws Exception {
    notion = new FakeNotion();
    connector = connector(Map.of());
  }

  private NotionConnector connector(Map<String, String> extra) {
    Map<String, String> values = new HashMap<>(Map.of("token", "ntn_reader_" + extra.hashCode(), "api-url", notion.apiUrl(),
        "verification-token", "v", "reconcile-interval", "0", "bot-user-id", FakeNotion.BOT_USER));
    values.putAll(extra);
    return (NotionConnector) new NotionConnectorProvider().create(new SourceConfig("wiki", values));
  }

  @AfterEach
  void stop() {
    notion.close();
  }

  @Test
  @SuppressWarnings("unchecked")
  void headingsListsCodeTablesAndNestedBlocksRenderAsText() {
    notion.page(PAGE, "Runbook", List.of(
        text("heading_1", "Deploying"),
        paragraph("Read this first."),
        text("bulleted_list_item", "Build the jar", text("bulleted_list_item", "with the wrapper")),
        text("bulleted_list_item", "Ship it"),
        text("numbered_list_item", "Stop"),
        text("numbered_list_item", "Start"),
        block("to_do", Map.of("rich_text", FakeNotion.richText("Tell the team"), "checked", true)),
        text("toggle", "Details", paragraph("Hidden until opened.")),
        text("quote", "Measure twice."),
        code("bash", "./mvnw verify"),
        table(true, List.of("Setting", "Value"), List.of("poll", "10ms")),
        block("child_page", Map.of("title", "Appendix")),
        block("divider", Map.of()),
        text("heading_3", "Done")));

    SourceDocument document = connector.load("notion:" + PAGE).orElseThrow();

    assertThat(document.text()).isEqualTo("""
        # Runbook

        # Deploying

        Read this first.

        - Build the jar
          - with the wrapper
        - Ship it
        1. Stop
        2. Start
        - [x] Tell the team

        Details
          Hidden until opened.

        > Measure twice.

        ```bash
        ./mvnw verify
        ```

        | Setting | Value |
        | --- | --- |
        | poll | 10ms |

        [page: Appendix]

        ---

        ### Done""");
    assertThat(document.metadata()).containsEntry("title", "Runbook").containsEntry("parent", "workspace")
        .doesNotContainKey("lastEditedTime").containsKey("url");
    assertThat(document.format()).isEqualTo(dev.freshet.api.source.TextFormat.MARKDOWN);
  }

  @Test
  void blockChildrenAreReadAcrossEveryPageOfTheListWithTheHeadersOnEveryRequest() {
    List<java.util.Map<String, Object>> blocks = new ArrayList<>();
    for (int i = 1; i <= 7; i++) {
      blocks.add(paragraph("Paragraph " + i + "."));
    }
    notion.page(PAGE, "Long", blocks);
    notion.maxPageSize(3);

    String text = connector.load("notion:" + PAGE).orElseThrow().text();

    assertThat(text).contains("Paragraph 1.", "Paragraph 4.", "Paragraph 7.");
    assertThat(notion.requests()).extracting(FakeNotion.Request::path).contains(
        "/v1/blocks/" + PAGE + "/children?page_size=100",
        "/v1/blocks/" + PAGE + "/children?page_size=100&start_cursor=3",
        "/v1/blocks/" + PAGE + "/children?page_size=100&start_cursor=6");
    assertThat(notion.requests()).allSatisfy(r -> {
      assertThat(r.notionVersion()).isEqualTo("2025-09-03");
      assertThat(r.authorization()).startsWith("Bearer ntn_reader_");
    });
  }

  @Test
  void aTrashedOrUnsharedPageLoadsAsGone() {
    notion.page(PAGE, "Old", List.of(paragraph("Soon in the trash.")));
    notion.trash(PAGE, true);

    assertThat(connector.load("notion:" + PAGE)).isEmpty();
    assertThat(connector.load("notion:0f0f0f0f-0000-4000-8000-000000000000")).isEmpty();
    assertThat(connector.load("notion:ds:0f0f0f0f-0000-4000-8000-000000000000")).as("not a page subject").isEmpty();
  }

  @Test
  void a429OrA529IsRetriedAfterItsRetryAfter() {
    notion.page(PAGE, "Busy", List.of(paragraph("Worth the wait.")));
    notion.refuseNext(2, 429, 1);

    assertThat(connector.load("notion:" + PAGE).orElseThrow().text()).contains("Worth the wait.");

    notion.refuseNext(1, 529, 1);
    assertThat(connector.load("notion:" + PAGE).orElseThrow().text()).contains("Worth the wait.");
    List<FakeNotion.Request> requests = notion.requests();
    assertThat(Duration.between(requests.get(0).at(), requests.get(2).at()))
        .as("two refusals, each waited out for its Retry-After").isGreaterThanOrEqualTo(Duration.ofMillis(1900));
  }

  @Test
  void aLongRetryAfterIsHandedToTheDispatcher() {
    notion.page(PAGE, "Busy", List.of(paragraph("Later.")));
    notion.refuseNext(1, 429, 120);

    assertThatThrownBy(() -> connector.load("notion:" + PAGE)).isInstanceOfSatisfying(RetryableException.class,
        e -> assertThat(e.retryAfter()).contains(Duration.ofSeconds(120)));
    assertThat(notion.requests()).as("not retried in place").hasSize(1);
  }

  @Test
  void theRequestBudgetIsKeptAcrossAllCallsOfTheIntegration() {
    NotionConnector slow = connector(Map.of("requests-per-second", "2"));
    List<Map<String, Object>> blocks = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      blocks.add(text("toggle", "Toggle " + i, paragraph("Inside " + i)));
    }
    notion.page(PAGE, "Many requests", blocks);

    assertThat(slow.load("notion:" + PAGE).orElseThrow().text()).contains("Inside 3");

    List<FakeNotion.Request> requests = notion.requests();
    assertThat(requests).hasSize(6); // the page, its children, four toggles' children
    // permits come 2 per one-second cycle, so any 5 consecutive requests span three cycles: over a second
    for (int i = 4; i < requests.size(); i++) {
      assertThat(Duration.between(requests.get(i - 4).at(), requests.get(i).at()))
          .as("no more than 2 requests per second").isGreaterThanOrEqualTo(Duration.ofMillis(1000));
    }
  }
}
