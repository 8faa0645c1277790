package dev.freshet.core.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.freshet.api.agent.Agent;
import dev.freshet.api.agent.AgentContext;
import dev.freshet.api.agent.AgentOutcome;
import dev.freshet.api.event.ChangeEvent;
import dev.freshet.api.event.EventSchema;
import dev.freshet.api.event.EventSchemaProvider;
import dev.freshet.api.event.EventType;
import dev.freshet.core.StateDatabase;
import dev.freshet.core.dispatch.AgentRegistry;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.jdbc.core.JdbcTemplate;

/** Registering schemas across starts: compatible changes pass, incompatible ones stop start-up with the difference. */
class SchemaCatalogueIT {

  @RegisterExtension
  static final StateDatabase database = new StateDatabase();
  private JdbcTemplate jdbc;

  private static final String V1 = """
      {"type": "object", "properties": {"data": {"type": "object", "required": ["title"],
        "properties": {"title": {"type": "string"}, "pages": {"type": "integer"}}}}}""";

  @BeforeEach
  void clean() {
    jdbc = new JdbcTemplate(database.dataSource());
    jdbc.execute("truncate event_schema");
  }

  private SchemaCatalogue start(EventSchema... schemas) {
    Agent agent = new BookAgent(List.of(schemas));
    SchemaCatalogue catalogue = new SchemaCatalogue(SchemaCatalogue.declared(List.of(agent)),
        new AgentRegistry(List.of(agent)));
    catalogue.register(jdbc);
    return catalogue;
  }

  private static EventSchema book(int version, String schema) {
    return new EventSchema(new EventType("book.published", version), "A book was published.", schema,
        EventSchema.Compatibility.BACKWARD);
  }

  @Test
  void anIncompatibleChangeWithoutANewVersionStopsTheNextStartWithTheDifference() {
    start(book(1, V1));

    assertThatThrownBy(() -> start(book(1, V1.replace("[\"title\"]", "[\"title\", \"isbn\"]")
        .replace("\"pages\": {\"type\": \"integer\"}", "\"pages\": {\"type\": \"integer\"}, \"isbn\": {\"type\": \"string\"}")
        .replace("\"title\": {\"type\": \"string\"}", "\"title\": {\"type\": \"string\", \"maxLength\": 80}"))))
        .isInstanceOf(IncompatibleSchemaException.class)
        .hasMessageContaining("book.published/1 changed without a new version, breaking its BACKWARD rule")
        .hasMessageContaining("data: the new schema requires 'isbn', which was optional")
        .hasMessageContaining("data.title: the new schema tightens maxLength to 80")
        .hasMessageContaining("Give the changed type a new version");
    assertThat(jdbc.queryForObject("select schema::text from event_schema where type = 'book.published'",
        String.class)).as("the registered schema is kept").doesNotContain("isbn");
  }

  @Test
  void aCompatibleChangeIsRegisteredAndANewVersionIsCheckedAgainstThePreviousOne() {
    start(book(1, V1));
    String widened = V1.replace("\"pages\": {\"type\": \"integer\"}", "\"pages\": {\"type\": [\"integer\", \"null\"]}, "
        + "\"subtitle\": {\"type\": \"string\"}");

    SchemaCatalogue catalogue = start(book(1, widened), book(2, widened.replace("\"required\": [\"title\"]",
        "\"required\": []")));

    assertThat(catalogue.entry("book.published", 1)).get().extracting(SchemaCatalogue.Entry::status)
        .isEqualTo("changed compatibly since first registered");
    assertThat(catalogue.entry("book.published", 2)).get().satisfies(entry -> {
      assertThat(entry.status()).isEqualTo("compatible with version 1 (BACKWARD)");
      assertThat(entry.consumers()).containsExactly("books");
    });
    assertThatThrownBy(() -> start(book(1, widened), book(2, widened), book(3, widened.replace("\"subtitle\": {\"type\": \"string\"}",
        "\"subtitle\": {\"enum\": [\"none\"]}"))))
        .hasMessageContaining("book.published/3 is not BACKWARD compatible with version 2: data.subtitle: the new "
            + "schema restricts the values to [\"none\"]");
    assertThat(catalogue.entry("document.changed", 1)).as("built-in types are in the catalogue").isPresent();
  }

  @Test
  void aModuleContributesSchemasThroughTheServiceLoader() {
    SchemaCatalogue catalogue = start();

    assertThat(catalogue.entry("shelf.moved", 1)).get().satisfies(entry -> {
      assertThat(entry.schema().description()).isEqualTo("A shelf moved.");
      assertThat(entry.consumers()).isEmpty();
    });
  }

  /** Listed in this module's test META-INF/services, as a connector jar would list its provider. */
  public static final class ShelfSchemas implements EventSchemaProvider {
    @Override
    public List<EventSchema> eventSchemas() {
      return List.of(new EventSchema(new EventType("shelf.moved", 1), "A shelf moved.", "{\"type\": \"object\"}",
          EventSchema.Compatibility.BACKWARD));
    }
  }

  private record BookAgent(List<EventSchema> eventSchemas) implements Agent {
    public String name() {
      return "books";
    }

    public Set<String> eventTypes() {
      return Set.of("book.published");
    }

    public AgentOutcome handle(ChangeEvent event, AgentContext context) {
      return AgentOutcome.skipped("a test agent");
    }
  }
}
