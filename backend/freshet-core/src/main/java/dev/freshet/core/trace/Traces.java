package dev.freshet.core.trace;

import dev.freshet.api.event.ChangeEvent;
import dev.freshet.core.json.Json;
import dev.freshet.core.log.EventRows;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;

/** Writes and reads trace steps. Thread-safe; blocking. */
public class Traces {

  /** The text columns of {@link #ROWS}, in its order (times as ISO-8601 instants, detail as JSON). */
  private static final List<Function<TraceStep, @Nullable String>> TEXT_COLUMNS = List.of(
      TraceStep::correlationId, TraceStep::eventId, TraceStep::subject, TraceStep::agent, TraceStep::step,
      TraceStep::outcome, s -> s.startedAt().toString(), s -> s.endedAt().toString(), TraceStep::errorType,
      TraceStep::errorMessage, s -> Json.write(s.detail()));

  /** The columns of trace_step that {@link #ROWS} fills, in its order. */
  public static final String COLUMNS =
      "correlation_id, event_id, subject, agent, step, outcome, started_at, ended_at, error_type, error_message, detail, attempt";

  /**
   * The rows of steps, in {@link #COLUMNS}' order, from arrays that {@link #bind} binds (the columns travel as arrays
   * and {@code unnest} turns them into rows): for a statement that writes steps, alone or with other rows. The event
   * id's column is {@code e}.
   */
  public static final String ROWS = """
      select c, e, s, a, st, o, sa::timestamptz, ea::timestamptz, et, em, d::jsonb, at
      from unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],
                  ?::text[], ?::text[], ?::text[], ?::int[]) as t(c, e, s, a, st, o, sa, ea, et, em, d, at)""";

  private final JdbcTemplate jdbc;

  public Traces(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Binds the steps to {@link #ROWS}' parameters, the first at {@code index}.
   *
   * @return the index of the parameter after them
   */
  public static int bind(PreparedStatement ps, int index, List<TraceStep> steps) throws SQLException {
    Connection connection = ps.getConnection();
    int i = index;
    for (Function<TraceStep, @Nullable String> column : TEXT_COLUMNS) {
      ps.setArray(i++, connection.createArrayOf("text", steps.stream().map(column).toArray(String[]::new)));
    }
    ps.setArray(i++, connection.createArrayOf("int4", steps.stream().map(TraceStep::attempt).toArray(Integer[]::new)));
    return i;
  }

  /**
   * Writes the steps (in the caller's transaction, if there is one) in one statement (a JDBC batch executes an
   * insert once per step, and a delivery writes six or more).
   */
  public void write(List<TraceStep> steps) {
    if (steps.isEmpty()) {
      return;
    }
    jdbc.update(connection -> {
      PreparedStatement ps = connection.prepareStatement("insert into trace_step (" + COLUMNS + ")\n" + ROWS);
      bind(ps, 1, steps);
      return ps;
    });
  }

  /**
   * Traces that match the query, the most recent first, one page. A trace is found through its events in the log;
   * an event rejected by its schema has no log entry (find it among the dead letters, or by its correlation id).
   */
  public List<TraceSummary> search(TraceQuery query, int offset, int limit) {
    List<Object> args = new ArrayList<>();
    String sql = summaries(query, args) + " order by last_seq desc offset ? limit ?";
    args.add(offset);
    args.add(limit);
    return jdbc.query(sql, (rs, n) -> new TraceSummary(rs.getString("correlation_id"), rs.getString("source"),
        rs.getString("type"), rs.getString("subject"), rs.getInt("subjects"), rs.getInt("events"),
        rs.getTimestamp("started").toInstant(), rs.getTimestamp("last_at").toInstant(), rs.getString("outcome")),
        args.toArray());
  }

  /** How many traces match the query. */
  public long count(TraceQuery query) {
    List<Object> args = new ArrayList<>();
    String sql = query.outcome() == null || query.outcome().isBlank()
        ? "select count(*) from (" + matched(query, args) + ") m"
        : "select count(*) from (" + summaries(query, args) + ") s";
    Long count = jdbc.queryForObject(sql, Long.class, args.toArray());
    return count == null ? 0 : count;
  }

  private static String matched(TraceQuery q, List<Object> args) {
    List<String> conditions = new ArrayList<>();
    if (q.correlationId() != null && !q.correlationId().isBlank()) {
      conditions.add("e.correlation_id like ? escape '\\'");
      args.add(escape(q.correlationId().strip()) + "%");
    }
    if (q.subject() != null && !q.subject().isBlank()) {
      conditions.add("e.subject ilike ? escape '\\'");
      args.add("%" + escape(q.subject().strip()) + "%");
    }
    if (q.source() != null && !q.source().isBlank()) {
      conditions.add("e.source = ?");
      args.add(q.source());
    }
    if (q.type() != null && !q.type().isBlank()) {
      conditions.add("e.type = ?");
      args.add(q.type());
    }
    if (q.from() != null) {
      conditions.add("e.appended_at >= ?");
      args.add(Timestamp.from(q.from()));
    }
    if (q.to() != null) {
      conditions.add("e.appended_at < ?");
      args.add(Timestamp.from(q.to()));
    }
    return "select e.correlation_id, max(e.seq) as last_seq from event_log e"
        + (conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions)) + " group by e.correlation_id";
  }

  private static String summaries(TraceQuery q, List<Object> args) {
    String sql = """
        select * from (
          select m.correlation_id, m.last_seq, a.*, case
                   when st.dead > 0 then 'DEAD' when st.open > 0 then 'IN_PROGRESS'
                   when a.indexed > 0 then 'INDEXED' when a.removed > 0 then 'REMOVED'
                   when st.skipped > 0 and st.done = 0 then 'SKIPPED' else 'DONE' end as outcome
          from (%s) m
          cross join lateral (
            select min(e.time) as started, max(e.appended_at) as last_at, count(*) as events,
                   (array_agg(e.source order by e.seq))[1] as source, (array_agg(e.type order by e.seq))[1] as type,
                   (array_agg(e.subject order by e.seq))[1] as subject, count(distinct e.subject) as subjects,
                   count(*) filter (where e.type = 'document.indexed') as indexed,
                   count(*) filter (where e.type = 'document.removed') as removed
            from event_log e where e.correlation_id = m.correlation_id) a
          cross join lateral (
            select count(*) filter (where d.status = 'DEAD') as dead,
                   count(*) filter (where d.status in ('PENDING', 'RUNNING')) as open,
                   count(*) filter (where d.status = 'SKIPPED') as skipped,
                   count(*) filter (where d.status = 'DONE') as done
            from event_log e join delivery d on d.event_seq = e.seq where e.correlation_id = m.correlation_id) st
        ) s""".formatted(matched(q, args));
    if (q.outcome() != null && !q.outcome().isBlank()) {
      sql += " where outcome = ?";
      args.add(q.outcome());
    }
    return sql;
  }

  private static String escape(String like) {
    return like.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }

  /** The events of one change as the log holds them, in log order (for the payloads and their causal links). */
  public List<ChangeEvent> events(String correlationId) {
    return jdbc.query("select " + EventRows.COLUMNS + " from event_log e where e.correlation_id = ? order by e.seq",
        (rs, n) -> EventRows.read(rs), correlationId);
  }

  /** Every step of one change, in the order they were recorded. */
  public List<TraceStep> find(String correlationId) {
    return jdbc.query("""
        select id, correlation_id, event_id, subject, agent, step, attempt, outcome, started_at, ended_at,
               error_type, error_message, detail::text as detail
        from trace_step where correlation_id = ? order by id""",
        (rs, n) -> new TraceStep(rs.getLong("id"), rs.getString("correlation_id"), rs.getString("event_id"),
            rs.getString("subject"), rs.getString("agent"), rs.getString("step"),
            (Integer) rs.getObject("attempt"), rs.getString("outcome"), rs.getTimestamp("started_at").toInstant(),
            rs.getTimestamp("ended_at").toInstant(), rs.getString("error_type"), rs.getString("error_message"),
            Json.readMap(rs.getString("detail"))),
        correlationId);
  }
}
