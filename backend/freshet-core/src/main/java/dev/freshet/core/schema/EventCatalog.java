package dev.freshet.core.schema;

import dev.freshet.api.event.EventSchema;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The catalogue as the API, the console and the docs show it: every type and version with its contract, its
 * compatibility status, its consumers, and what the event log holds of it — counted from the log and the
 * deliveries, not from metrics.
 */
public class EventCatalog {

  /**
   * One version of a type.
   *
   * @param type the logical name
   * @param version the version
   * @param description what an event of it means
   * @param compatibility its compatibility rule
   * @param status how it relates to the registered history
   * @param consumers the agents that receive it
   * @param events how many events of it the log holds
   * @param firstSeen when the first was appended
   * @param lastSeen when the last was appended
   * @param producers the sources (and {@code agent:<name>}) that produced them
   * @param processedBy per agent version ({@code indexer@1}), how many deliveries of these events it finished
   * @param schema the JSON Schema, as JSON text
   */
  public record TypeVersion(String type, int version, String description, String compatibility, String status,
      List<String> consumers, long events, @Nullable Instant firstSeen, @Nullable Instant lastSeen,
      List<String> producers, Map<String, Long> processedBy, String schema) {}

  private record Usage(long events, Instant firstSeen, Instant lastSeen, List<String> producers) {}

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final SchemaCatalogue catalogue;
  private final JdbcTemplate jdbc;

  public EventCatalog(SchemaCatalogue catalogue, JdbcTemplate jdbc) {
    this.catalogue = catalogue;
    this.jdbc = jdbc;
  }

  public List<TypeVersion> list() {
    Map<String, Usage> usage = new LinkedHashMap<>();
    jdbc.query("""
        select type, version, count(*), min(appended_at), max(appended_at), array_agg(distinct source order by source)
        from event_log group by type, version""", rs -> {
          usage.put(rs.getString(1) + "/" + rs.getInt(2), new Usage(rs.getLong(3), rs.getTimestamp(4).toInstant(),
              rs.getTimestamp(5).toInstant(), List.of((String[]) rs.getArray(6).getArray())));
        });
    Map<String, Map<String, Long>> processed = new LinkedHashMap<>();
    jdbc.query("""
        select e.type, e.version, d.agent || '@' || d.agent_version, count(*)
        from delivery d join event_log e on e.seq = d.event_seq
        where d.status in ('DONE', 'SKIPPED', 'COALESCED') group by 1, 2, 3""", rs -> {
          processed.computeIfAbsent(rs.getString(1) + "/" + rs.getInt(2), k -> new TreeMap<>())
              .put(rs.getString(3), rs.getLong(4));
        });
    return catalogue.entries().stream().map(entry -> {
      String key = entry.schema().type().toString();
      Usage used = usage.get(key);
      return new TypeVersion(entry.schema().type().name(), entry.schema().type().version(),
          entry.schema().description(), entry.schema().compatibility().name(), entry.status(), entry.consumers(),
          used == null ? 0 : used.events(), used == null ? null : used.firstSeen(), used == null ? null : used.lastSeen(),
          used == null ? List.of() : used.producers(), processed.getOrDefault(key, Map.of()), entry.schema().jsonSchema());
    }).toList();
  }

  /**
   * The differences from {@code older} to {@code newer} that break the newer version's compatibility rule; empty
   * when the newer version keeps it.
   *
   * @throws IllegalArgumentException when either version is not in the catalogue
   */
  public List<String> compare(String type, int older, int newer) {
    TypeVersion from = get(type, older).orElseThrow(() -> new IllegalArgumentException("no " + type + "/" + older));
    TypeVersion to = get(type, newer).orElseThrow(() -> new IllegalArgumentException("no " + type + "/" + newer));
    return SchemaCompatibility.violations(EventSchema.Compatibility.valueOf(to.compatibility()),
        JSON.readTree(from.schema()), JSON.readTree(to.schema()));
  }

  public Optional<TypeVersion> get(String type, int version) {
    return list().stream().filter(t -> t.type().equals(type) && t.version() == version).findFirst();
  }
}
