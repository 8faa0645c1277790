package dev.freshet.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * ALTER TABLE on a captured table: a new schema version is recorded when a change shows the new columns; a
 * mapped text column that disappears makes the source unhealthy and is never indexed as empty text.
 */
class SourceSchemaHistoryIT {

  private static final Duration TIMEOUT = Duration.ofSeconds(90);

  @TempDir
  Path dataDir;

  @Test
  void anAddedColumnIsANewVersionAndADroppedTextColumnIsALoudProblem() throws Exception {
    try (StandaloneFreshet freshet = StandaloneFreshet.start(dataDir)) {
      TestClient api = freshet.api();
      await().atMost(TIMEOUT).until(() -> versions(api).size() == 1 && freshet.chunkTexts(2).contains("\n"));
      JsonNode first = versions(api).get(0);
      assertThat(first.get("table").asString()).isEqualTo("public.articles");
      assertThat(first.get("columns").toString()).contains("\"name\":\"body\"");
      assertThat(first.get("keyColumns").toString()).contains("id");
      String before = freshet.chunkTexts(2);

      freshet.demo("alter table articles add column summary text");
      freshet.demo("update articles set views = views + 1 where id = 1");

      await().atMost(TIMEOUT).until(() -> versions(api).size() == 2);
      JsonNode second = versions(api).get(1);
      assertThat(second.get("version").asInt()).isEqualTo(2);
      assertThat(second.get("columns").toString()).contains("\"name\":\"summary\"");
      assertThat(second.get("problems")).isEmpty();
      assertThat(api.get("/api/sources").json().get("demo").get("state").asString()).isEqualTo("RUNNING");

      freshet.demo("alter table articles drop column body");
      freshet.demo("update articles set title = 'Retitled after the drop' where id = 2");

      await().atMost(TIMEOUT).until(() -> versions(api).size() == 3);
      JsonNode third = versions(api).get(2);
      assertThat(third.get("problems").toString())
          .contains("collection articles maps the text column body, which public.articles no longer has");
      JsonNode demo = api.get("/api/sources").json().get("demo");
      assertThat(demo.get("state").asString()).isEqualTo("FAILED");
      assertThat(demo.get("message").asString()).contains("text column body");
      assertThat(api.getAnonymously("/actuator/health").body()).contains("DOWN");
      String trace = api.get("/api/traces/" + freshet.state.queryForObject(
          "select correlation_id from event_log where type = 'source.schema-changed' order by seq desc limit 1",
          String.class)).body();
      assertThat(trace).contains("source.schema-changed", "no longer has");

      await().atMost(TIMEOUT).until(() -> freshet.count("select count(*) from dead_letter where stage = 'load' "
          + "and error_message like '%text column body%'") == 1);
      assertThat(freshet.chunkTexts(2)).as("never indexed with empty text").isEqualTo(before)
          .doesNotContain("Retitled after the drop");
    }
  }

  private static java.util.List<JsonNode> versions(TestClient api) {
    java.util.List<JsonNode> list = new java.util.ArrayList<>();
    api.get("/api/sources/demo/schema-history").json().forEach(list::add);
    return list;
  }
}
