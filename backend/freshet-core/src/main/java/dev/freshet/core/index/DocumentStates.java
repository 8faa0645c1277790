package dev.freshet.core.index;

import dev.freshet.core.json.Json;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;

/** Reads and writes documents' watermarks in the state database. Thread-safe; blocking. */
public class DocumentStates {

  private final JdbcTemplate jdbc;

  public DocumentStates(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Records the new state unless a newer source change was already recorded (events may be handled out
   * of order across retries; the watermark never moves back).
   */
  public void record(DocumentState s) {
    jdbc.update("""
        insert into document_state (subject, source, status, chunk_count, source_position, source_time, indexed_at,
                                    event_id, correlation_id, report)
        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb)
        on conflict (subject) do update set
          source = excluded.source, status = excluded.status, chunk_count = excluded.chunk_count,
          source_position = excluded.source_position, source_time = excluded.source_time,
          indexed_at = excluded.indexed_at, event_id = excluded.event_id, correlation_id = excluded.correlation_id,
          report = excluded.report
        where document_state.source_time <= excluded.source_time""",
        s.subject(), s.source(), s.status(), s.chunkCount(), s.sourcePosition(), Timestamp.from(s.sourceTime()),
        Timestamp.from(s.indexedAt()), s.eventId(), s.correlationId(), Json.write(s.report()));
  }

  public Optional<DocumentState> find(String subject) {
    List<DocumentState> found = jdbc.query("""
        select subject, source, status, chunk_count, source_position, source_time, indexed_at, event_id, correlation_id,
               report::text
        from document_state where subject = ?""",
        (rs, n) -> new DocumentState(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getString(5),
            rs.getTimestamp(6).toInstant(), rs.getTimestamp(7).toInstant(), rs.getString(8), rs.getString(9),
            Json.readMap(rs.getString(10))),
        subject);
    return found.stream().findFirst();
  }

  /** Subjects of a source's indexed documents that start with {@code prefix}, in order. */
  public List<String> indexedSubjects(String source, String prefix) {
    return jdbc.queryForList("""
        select subject from document_state
        where source = ? and status = 'INDEXED' and starts_with(subject, ?) order by subject""",
        String.class, source, prefix);
  }
}
