package dev.freshet.core.source;

import dev.freshet.api.agent.Agent;
import dev.freshet.api.agent.AgentContext;
import dev.freshet.api.agent.AgentOutcome;
import dev.freshet.api.event.ChangeEvent;
import dev.freshet.api.event.EventType;
import dev.freshet.core.json.Json;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Keeps each captured table's schema history: a {@code source.schema-changed} whose columns differ from the
 * table's latest version becomes the next version; one that repeats it (a restart) is skipped. Mapping problems
 * the source reported are stored with the version and shown in the trace.
 */
public class SourceSchemaHistory implements Agent {

  /** The agent's logical name. */
  public static final String NAME = "schema-history";

  /**
   * One version of a table's schema.
   *
   * @param table the captured table
   * @param version 1 for the first seen, counting up
   * @param columns the columns: name, type, optional
   * @param keyColumns the key columns
   * @param problems mapped columns the table no longer had
   * @param firstSeen when the change that revealed it happened
   * @param eventId the {@code source.schema-changed} event
   */
  public record Version(String table, int version, List<Map<String, Object>> columns, List<String> keyColumns,
      List<String> problems, Instant firstSeen, String eventId) {}

  private final JdbcTemplate jdbc;

  public SourceSchemaHistory(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Set<String> eventTypes() {
    return Set.of(EventType.SOURCE_SCHEMA_CHANGED.name());
  }

  @Override
  public AgentOutcome handle(ChangeEvent event, AgentContext context) {
    String table = String.valueOf(event.data().get("table"));
    Object columns = event.data().get("columns");
    Object keys = event.data().get("keyColumns");
    Object problems = event.data().get("problems");
    String fingerprint = fingerprint(Json.write(columns) + "|" + Json.write(keys));
    List<Map<String, Object>> latest = jdbc.queryForList("""
        select version, fingerprint from source_schema where source = ? and table_name = ?
        order by version desc limit 1""", event.source(), table);
    if (!latest.isEmpty() && fingerprint.equals(latest.getFirst().get("fingerprint"))) {
      return AgentOutcome.skipped("the columns of " + table + " are those of version " + latest.getFirst().get("version"));
    }
    int version = latest.isEmpty() ? 1 : ((Number) latest.getFirst().get("version")).intValue() + 1;
    jdbc.update("""
        insert into source_schema (source, table_name, version, columns, key_columns, problems, fingerprint,
                                   first_seen_at, event_id)
        values (?, ?, ?, ?::jsonb, ?::jsonb, ?::jsonb, ?, ?, ?) on conflict do nothing""", event.source(), table,
        version, Json.write(columns), Json.write(keys), Json.write(problems), fingerprint, Timestamp.from(event.time()),
        event.id());
    Map<String, Object> stats = new LinkedHashMap<>();
    stats.put("table", table);
    stats.put("version", version);
    stats.put("problems", problems == null ? List.of() : problems);
    return AgentOutcome.completed(List.of(), stats);
  }

  /** A source's schema history, table by table, oldest version first. */
  public List<Version> history(String source) {
    return jdbc.query("""
        select table_name, version, columns::text, key_columns::text, problems::text, first_seen_at, event_id
        from source_schema where source = ? order by table_name, version""", (rs, n) -> new Version(
        rs.getString(1), rs.getInt(2), list(rs.getString(3)), strings(rs.getString(4)), strings(rs.getString(5)),
        rs.getTimestamp(6).toInstant(), rs.getString(7)), source);
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> list(String json) {
    return (List<Map<String, Object>>) (List<?>) Json.readList(json);
  }

  private static List<String> strings(String json) {
    return Json.readList(json).stream().map(String::valueOf).toList();
  }

  private static String fingerprint(@Nullable String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
          .digest(String.valueOf(text).getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
