package dev.freshet.connector.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.freshet.api.error.ConfigurationException;
import dev.freshet.api.source.SourceConfig;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
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
      assertThat(c.table()).isEqualTo("public.articles");
      assertThat(c.keyColumns()).containsExactly("id");
      assertThat(c.textColumns()).containsExactly("title", "body");
    });
  }

  @Test
  void aQueryCollectionReadsItsTableLinks() {
    Map<String, String> v = new HashMap<>(Map.of("database", "demo",
        "collections.posts.query", "select p.id, p.title, a.name from posts p join authors a on a.id = p.author_id",
        "collections.posts.text-columns", "title",
        "collections.posts.tables.public.posts", "id",
        "collections.posts.tables.public.authors", "select id from posts where author_id = :id"));

    Collection posts = PostgresSettings.from(new SourceConfig("demo", v)).collections().get(0);

    assertThat(posts.subjectName()).isEqualTo("posts");
    assertThat(posts.links().get("public.posts")).isEqualTo(new TableLink.Direct(List.of("id")));
    assertThat(posts.links().get("public.authors")).isInstanceOfSatisfying(TableLink.Lookup.class, l -> {
      assertThat(l.sql()).isEqualTo("select id from posts where author_id = ?");
      assertThat(l.parameters()).containsExactly("id");
    });
    assertThat(posts.selectByKey()).startsWith("select \"title\" from (select p.id").endsWith("where \"id\" = ?");
  }

  @Test
  void aQueryCollectionWithoutTableLinksOrWithATableTooIsRefused() {
    Map<String, String> noLinks = new HashMap<>(Map.of("database", "demo", "collections.posts.query", "select 1 as id",
        "collections.posts.text-columns", "id"));
    assertThatThrownBy(() -> PostgresSettings.from(new SourceConfig("demo", noLinks)))
        .hasMessageContaining("freshet.sources.demo.collections.posts.tables: no tables given for the query");
    Map<String, String> both = new HashMap<>(noLinks);
    both.put("collections.posts.table", "public.posts");
    assertThatThrownBy(() -> PostgresSettings.from(new SourceConfig("demo", both)))
        .hasMessageContaining("set together with collections.posts.query");
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
