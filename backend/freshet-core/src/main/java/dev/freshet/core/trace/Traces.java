package dev.freshet.core.trace;

import dev.freshet.core.json.Json;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/** Writes and reads trace steps. Thread-safe; blocking. */
public class Traces {

  private final JdbcTemplate jdbc;

  public Traces(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Writes the steps (in the caller's transaction, if there is one). */
  public void write(List<TraceStep> steps) {
    if (steps.isEmpty()) {
      return;
    }
    jdbc.batchUpdate("""
        insert into trace_step (correlation_id, event_id, subject, agent, step, attempt, outcome, started_at,
                                ended_at, error_type, error_message, detail)
        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb)""", steps, steps.size(), (ps, s) -> {
          ps.setString(1, s.correlationId());
          ps.setString(2, s.eventId());
          ps.setString(3, s.subject());
          ps.setString(4, s.agent());
          ps.setString(5, s.step());
          ps.setObject(6, s.attempt(), Types.INTEGER);
          ps.setString(7, s.outcome());
          ps.setTimestamp(8, Timestamp.from(s.startedAt()));
          ps.setTimestamp(9, Timestamp.from(s.endedAt()));
          ps.setString(10, s.errorType());
          ps.setString(11, s.errorMessage());
          ps.setString(12, Json.write(s.detail()));
        });
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
