package dev.freshet.core.schema;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.freshet.api.agent.Agent;
import dev.freshet.api.event.ChangeEvent;
import dev.freshet.api.event.EventSchema;
import dev.freshet.api.event.EventSchemaProvider;
import dev.freshet.api.event.EventType;
import dev.freshet.api.event.Upcaster;
import dev.freshet.core.dispatch.AgentRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every event type Freshet knows — built in, introduced by an agent ({@link Agent#eventSchemas()}) or by a
 * module's {@link EventSchemaProvider} — with
 * a JSON Schema per version. The event log validates every event against its schema (networknt's
 * json-schema-validator, draft 2020-12) before it is appended. At start-up each schema is checked against the
 * one registered before for the same version (a change must keep the type's compatibility rule: otherwise a
 * new version is due) and against the previous version of its type, and then registered in {@code
 * event_schema}; a violation stops start-up with the differences.
 */
public class SchemaCatalogue {

  /** The built-in types, in the order the docs list them. */
  static final List<EventType> BUILT_IN = List.of(EventType.DOCUMENT_CHANGED, EventType.COLLECTION_CHANGED,
      EventType.COLLECTION_TRUNCATED, EventType.DOCUMENT_INDEXED, EventType.DOCUMENT_REMOVED,
      EventType.SOURCE_SCHEMA_CHANGED);
  private static final Map<EventType, String> DESCRIPTIONS = Map.of(
      EventType.DOCUMENT_CHANGED, "A source saw a document change (or read it in a snapshot); the indexing agent "
          + "loads the document's current state and brings its chunks up to date.",
      EventType.COLLECTION_CHANGED, "A source saw a set of documents change without naming them (a Notion data "
          + "source, a rewritten GitHub branch); the sync agent has the source list the changed documents.",
      EventType.COLLECTION_TRUNCATED, "A source emptied a whole collection (TRUNCATE); the indexing agent re-checks "
          + "every document of it.",
      EventType.DOCUMENT_INDEXED, "The indexing agent made a document's current state searchable.",
      EventType.DOCUMENT_REMOVED, "The indexing agent removed every chunk of a document gone from its source.",
      EventType.SOURCE_SCHEMA_CHANGED, "A source saw a captured table's columns change (or saw the table first since "
          + "it started), with the mapping problems that causes; the schema-history agent records a new version "
          + "when the columns differ from the last one.");
  private static final JsonMapper JSON = JsonMapper.builder().build();

  /**
   * One registered version of a type.
   *
   * @param schema the contract
   * @param status how it relates to the registered history, e.g. {@code compatible with version 1 (BACKWARD)}
   * @param consumers the agents that receive it
   */
  public record Entry(EventSchema schema, String status, List<String> consumers) {}

  private final Map<EventType, Entry> entries = new TreeMap<>(
      Comparator.comparing(EventType::name).thenComparing(EventType::version));
  private final Map<EventType, Schema> compiled = new LinkedHashMap<>();
  private final Map<EventType, Upcaster> upcasters = new LinkedHashMap<>();

  public SchemaCatalogue(List<EventSchema> schemas, AgentRegistry agents) {
    this(schemas, List.of(), agents);
  }

  public SchemaCatalogue(List<EventSchema> schemas, List<Upcaster> upcasters, AgentRegistry agents) {
    for (Upcaster upcaster : upcasters) {
      if (this.upcasters.putIfAbsent(upcaster.from(), upcaster) != null) {
        throw new IncompatibleSchemaException("two upcasters are declared from " + upcaster.from());
      }
    }
    SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    for (EventSchema schema : schemas) {
      Entry existing = entries.get(schema.type());
      if (existing != null && !tree(existing.schema()).equals(tree(schema))) {
        throw new IncompatibleSchemaException("two different schemas are declared for " + schema.type()
            + "; a new schema needs a new version");
      }
      try {
        compiled.put(schema.type(), registry.getSchema(schema.jsonSchema()));
      } catch (RuntimeException e) {
        throw new IncompatibleSchemaException("the schema of " + schema.type() + " is not a JSON Schema: "
            + e.getMessage());
      }
      entries.put(schema.type(), new Entry(schema, "declared", agents.subscribersOf(schema.type().name()).stream()
          .map(Agent::name).sorted().toList()));
    }
  }

  /** The upcasters every agent and every {@link EventSchemaProvider} on the class path declare. */
  public static List<Upcaster> upcasters(List<? extends Agent> agents) {
    List<Upcaster> upcasters = new ArrayList<>();
    agents.forEach(agent -> upcasters.addAll(agent.upcasters()));
    ServiceLoader.load(EventSchemaProvider.class).forEach(provider -> upcasters.addAll(provider.upcasters()));
    return upcasters;
  }

  /** The built-in schemas and those every agent and every {@link EventSchemaProvider} on the class path declare. */
  public static List<EventSchema> declared(List<? extends Agent> agents) {
    List<EventSchema> schemas = new ArrayList<>();
    for (EventType type : BUILT_IN) {
      schemas.add(new EventSchema(type, DESCRIPTIONS.get(type), builtIn(type), EventSchema.Compatibility.BACKWARD));
    }
    agents.forEach(agent -> schemas.addAll(agent.eventSchemas()));
    ServiceLoader.load(EventSchemaProvider.class).forEach(provider -> schemas.addAll(provider.eventSchemas()));
    return schemas;
  }

  private static String builtIn(EventType type) {
    String resource = "/freshet/schemas/" + type.name() + "-" + type.version() + ".json";
    try (InputStream in = SchemaCatalogue.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Checks every schema against what was registered before and against the previous version of its type, then
   * registers it. Runs once at start-up, before any event is appended.
   *
   * @throws IncompatibleSchemaException naming every difference that breaks a rule
   */
  public void register(JdbcTemplate jdbc) {
    Map<EventType, JsonNode> stored = new LinkedHashMap<>();
    jdbc.query("select type, version, schema from event_schema", rs -> {
      stored.put(new EventType(rs.getString(1), rs.getInt(2)), JSON.readTree(rs.getString(3)));
    });
    List<String> problems = new ArrayList<>();
    Map<EventType, String> statuses = new LinkedHashMap<>();
    entries.forEach((type, entry) -> {
      JsonNode schema = tree(entry.schema());
      List<String> status = new ArrayList<>();
      JsonNode before = stored.get(type);
      if (before != null && !before.equals(schema)) {
        List<String> broken = SchemaCompatibility.violations(entry.schema().compatibility(), before, schema);
        broken.forEach(p -> problems.add(type + " changed without a new version, breaking its "
            + entry.schema().compatibility() + " rule: " + p));
        status.add("changed compatibly since first registered");
      }
      if (type.version() > 1) {
        EventType previous = new EventType(type.name(), type.version() - 1);
        JsonNode older = entries.containsKey(previous) ? tree(entries.get(previous).schema()) : stored.get(previous);
        if (older == null) {
          problems.add(type + " has no version " + previous.version() + " to evolve from");
        } else {
          List<String> broken = SchemaCompatibility.violations(entry.schema().compatibility(), older, schema);
          broken.forEach(p -> problems.add(type + " is not " + entry.schema().compatibility()
              + " compatible with version " + previous.version() + ": " + p));
          status.add(0, (broken.isEmpty() ? "compatible" : "incompatible") + " with version " + previous.version()
              + " (" + entry.schema().compatibility() + ")");
        }
      }
      statuses.put(type, status.isEmpty() ? "registered" : String.join("; ", status));
    });
    if (!problems.isEmpty()) {
      throw new IncompatibleSchemaException("Freshet cannot start: " + problems.size() + " event schema change(s) "
          + "break a compatibility rule. Give the changed type a new version (with an upcaster for its old events), "
          + "or undo the change.\n  - " + String.join("\n  - ", problems));
    }
    entries.forEach((type, entry) -> {
      jdbc.update("""
          insert into event_schema (type, version, schema, fingerprint, compatibility, description)
          values (?, ?, ?::jsonb, ?, ?, ?)
          on conflict (type, version) do update set schema = excluded.schema, fingerprint = excluded.fingerprint,
            compatibility = excluded.compatibility, description = excluded.description, updated_at = clock_timestamp()
          where event_schema.fingerprint <> excluded.fingerprint""", type.name(), type.version(),
          entry.schema().jsonSchema(), fingerprint(entry.schema()), entry.schema().compatibility().name(),
          entry.schema().description());
      entries.put(type, new Entry(entry.schema(), statuses.get(type), entry.consumers()));
    });
  }

  /**
   * The reasons an event breaks its contract; empty when it keeps it.
   */
  public List<String> validate(ChangeEvent event) {
    Schema schema = compiled.get(event.eventType());
    if (schema == null) {
      return List.of("no schema is registered for " + event.eventType() + " (known: " + entries.keySet()
          + "); an agent that emits a new type declares its schema in Agent.eventSchemas()");
    }
    ObjectNode instance = JSON.createObjectNode();
    instance.put("subject", event.subject());
    instance.put("operation", event.operation().name());
    instance.set("data", JSON.valueToTree(event.data()));
    return schema.validate(instance).stream().map(e -> e.toString()).toList();
  }

  /**
   * The event as the agent asks for it ({@link Agent#eventVersions()}): an older version is upcast step by step
   * and the result checked against the wanted version's schema; any other event is returned as it is.
   *
   * @throws SchemaViolationException when an upcaster is missing or its result breaks the schema
   */
  public ChangeEvent forAgent(ChangeEvent event, Agent agent) {
    Integer wanted = agent.eventVersions().get(event.type());
    if (wanted == null || event.version() >= wanted) {
      return event;
    }
    Map<String, @Nullable Object> data = event.data();
    for (int version = event.version(); version < wanted; version++) {
      Upcaster upcaster = upcasters.get(new EventType(event.type(), version));
      if (upcaster == null) {
        throw new SchemaViolationException("agent " + agent.name() + " asks for " + event.type() + "/" + wanted
            + " but no upcaster from " + event.type() + "/" + version + " is registered");
      }
      data = upcaster.upcast(data);
    }
    ChangeEvent upcast = new ChangeEvent(event.id(), event.source(), event.type(), wanted, event.subject(),
        event.operation(), event.time(), event.correlationId(), event.causationId(), event.position(), data);
    List<String> problems = validate(upcast);
    if (!problems.isEmpty()) {
      throw new SchemaViolationException("upcasting " + event.eventType() + " to version " + wanted + " broke its "
          + "schema: " + String.join("; ", problems));
    }
    return upcast;
  }

  public List<Entry> entries() {
    return List.copyOf(entries.values());
  }

  public Optional<Entry> entry(String type, int version) {
    try {
      return Optional.ofNullable(entries.get(new EventType(type, version)));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static JsonNode tree(EventSchema schema) {
    return JSON.readTree(schema.jsonSchema());
  }

  private static String fingerprint(EventSchema schema) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
          .digest(JSON.writeValueAsBytes(tree(schema))));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
