package dev.freshet.api.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.freshet.api.error.ConfigurationException;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SourceConfigTest {

  private final SourceConfig config = new SourceConfig("demo", Map.of(
      "port", "5432", "bad-port", "five", "poll", "10ms", "heartbeat", "5s", "columns", " title, body ,,",
      "collections.articles.table", "public.articles", "collections.notes.table", "public.notes"));

  @Test
  void typedGettersParseValuesAndFallBackToDefaults() {
    assertThat(config.getInt("port", 1)).isEqualTo(5432);
    assertThat(config.getInt("missing", 7)).isEqualTo(7);
    assertThat(config.getDuration("poll", Duration.ZERO)).isEqualTo(Duration.ofMillis(10));
    assertThat(config.getDuration("heartbeat", Duration.ZERO)).isEqualTo(Duration.ofSeconds(5));
    assertThat(config.getList("columns", null)).containsExactly("title", "body");
    assertThat(config.groups("collections")).containsExactly("articles", "notes");
  }

  @Test
  void errorsNameTheFullPropertyAndTheFix() {
    assertThatThrownBy(() -> config.getInt("bad-port", 1))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageStartingWith("freshet.sources.demo.bad-port: not a whole number")
        .hasMessageContaining("Set a whole number");
    assertThatThrownBy(() -> config.require("database", "Set it to the database name"))
        .hasMessage("freshet.sources.demo.database: missing. Set it to the database name");
  }

  enum Policy { KEEP_ALL, REMOVE }

  @Test
  void choicesAreWrittenInLowercaseWithDashes() {
    SourceConfig choices = new SourceConfig("demo", Map.of("a", "keep-all", "b", "Remove", "c", "drop"));

    assertThat(choices.getChoice("a", Policy.REMOVE)).isEqualTo(Policy.KEEP_ALL);
    assertThat(choices.getChoice("b", Policy.KEEP_ALL)).isEqualTo(Policy.REMOVE);
    assertThat(choices.getChoice("missing", Policy.REMOVE)).isEqualTo(Policy.REMOVE);
    assertThatThrownBy(() -> choices.getChoice("c", Policy.REMOVE))
        .hasMessage("freshet.sources.demo.c: 'drop' is not one of the choices. Write one of keep-all, remove");
  }

  @Test
  void sourceIdsAreLogicalNames() {
    assertThatThrownBy(() -> new SourceConfig("Demo DB", Map.of())).hasMessageContaining("invalid source id");
  }
}
