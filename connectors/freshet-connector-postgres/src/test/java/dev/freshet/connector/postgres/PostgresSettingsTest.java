package dev.freshet.connector.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.freshet.api.error.ConfigurationException;
import dev.freshet.api.source.SourceConfig;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PostgresSettingsTest {

  private static Map<String, String> valid() {
    Map<String, String> v = new HashMap<>();
    v.put("database", "demo");
    v.put("password", "s3cret-value");
    v.put("collections.articles.table", "public.articles");
    v.put("collections.articles.text-columns", "title,body");
    v.put("collections.articles.metadata-columns", "author");
    return v;
  }

  @Test
  void defaultsAreTheDocumentedOnes() {
    PostgresSettings s = PostgresSettings.from(new SourceConfig("kb-main", valid()));

    assertThat(s.slotName()).isEqualTo("freshet_kb_main");
    assertThat(s.pollInterval()).isEqualTo(Duration.ofMillis(10));
    assertThat(s.subjectPrefix()).isEqualTo("kb");
    assertThat(s.collections()).singleElement().satisfies(c -> {
      assertThat(c.qualifiedTable()).isEqualTo("public.articles");
      assertThat(c.keyColumns()).containsExactly("id");
      assertThat(c.textColumns()).containsExactly("title", "body");
    });
  }

  @Test
  void thePasswordNeverAppearsInTheSettingsToString() {
    assertThat(PostgresSettings.from(new SourceConfig("demo", valid())).toString()).doesNotContain("s3cret-value");
  }

  @Test
  void aTableWithoutSchemaIsRefusedWithTheFix() {
    Map<String, String> v = valid();
    v.put("collections.articles.table", "articles");
    assertThatThrownBy(() -> PostgresSettings.from(new SourceConfig("demo", v)))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("freshet.sources.demo.collections.articles.table")
        .hasMessageContaining("e.g. public.articles");
  }

  @Test
  void missingTextColumnsAndMissingCollectionsAreRefused() {
    Map<String, String> noText = valid();
    noText.remove("collections.articles.text-columns");
    assertThatThrownBy(() -> PostgresSettings.from(new SourceConfig("demo", noText)))
        .hasMessageContaining("freshet.sources.demo.collections.articles.text-columns: missing");
    assertThatThrownBy(() -> PostgresSettings.from(new SourceConfig("demo", Map.of("database", "demo"))))
        .hasMessageContaining("freshet.sources.demo.collections: no collections configured");
  }
}
