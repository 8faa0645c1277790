package dev.freshet.core.index;

import dev.freshet.core.json.Json;
import java.sql.Timestamp;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
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
                                    event_id, correlation_id, report, text_chars)
        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?)
        on conflict (subject) do update set
          source = excluded.source, status = excluded.status, chunk_count = excluded.chunk_count,
          source_position = excluded.source_position, source_time = excluded.source_time,
          indexed_at = excluded.indexed_at, event_id = excluded.event_id, correlation_id = excluded.correlation_id,
          report = excluded.report, text_chars = excluded.text_chars
        where document_state.source_time <= excluded.source_time""",
        s.subject(), s.source(), s.status(), s.chunkCount(), s.sourcePosition(), Timestamp.from(s.sourceTime()),
        Timestamp.from(s.indexedAt()), s.eventId(), s.correlationId(), Json.write(s.report()), s.textChars());
  }

  public Optional<DocumentState> find(String subject) {
    return Optional.ofNullable(findAll(List.of(subject)).get(subject));
  }

  /** The states of the given documents, by subject, in one query; documents never indexed are absent. */
  public Map<String, DocumentState> findAll(Collection<String> subjects) {
    Map<String, DocumentState> found = new HashMap<>();
    if (subjects.isEmpty()) {
      return found;
    }
    jdbc.query("""
        select subject, source, status, chunk_count, source_position, source_time, indexed_at, event_id, correlation_id,
               report::text, text_chars
        from document_state where subject = any(?)""",
        rs -> {
          found.put(rs.getString(1), new DocumentState(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4),
              rs.getString(5), rs.getTimestamp(6).toInstant(), rs.getTimestamp(7).toInstant(), rs.getString(8),
              rs.getString(9), Json.readMap(rs.getString(10)), rs.getInt(11)));
        }, (Object) subjects.toArray(String[]::new));
    return found;
  }

  /**
   * The work of indexing every document again with chunks of at most {@code maxChars}: documents, chunks
   * and tokens (about four characters a token, the rule of thumb for English with BERT-style tokenizers),
   * and the cost when a price per million tokens is known.
   */
  public Map<String, @Nullable Object> estimate(int maxChars, @Nullable Double pricePerMillionTokens) {
    Map<String, @Nullable Object> estimate = new LinkedHashMap<>();
    jdbc.query("""
        select count(*), coalesce(sum(text_chars), 0), coalesce(sum(ceil(text_chars::numeric / ?)), 0)
        from document_state where status = 'INDEXED'""", rs -> {
          long chars = rs.getLong(2);
          estimate.put("documents", rs.getLong(1));
          estimate.put("characters", chars);
          estimate.put("chunks", rs.getLong(3));
          estimate.put("tokens", chars / 4);
          if (pricePerMillionTokens != null) {
            estimate.put("cost", Math.round(chars / 4.0 / 1_000_000 * pricePerMillionTokens * 10_000) / 10_000.0);
          }
        }, maxChars);
    return estimate;
  }

  /** The source and subject of every indexed document after {@code cursor} (exclusive), in subject order. */
  List<Map.Entry<String, String>> indexedAfter(@Nullable String cursor, int limit) {
    return jdbc.query("""
        select source, subject from document_state where status = 'INDEXED' and subject > ? order by subject limit ?""",
        (rs, n) -> Map.entry(rs.getString(1), rs.getString(2)), cursor == null ? "" : cursor, limit);
  }

  int indexedCount() {
    Integer n = jdbc.queryForObject("select count(*) from document_state where status = 'INDEXED'", Integer.class);
    return n == null ? 0 : n;
  }

  /** Subjects of a source's indexed documents that start with {@code prefix}, in order. */
  public List<String> indexedSubjects(String source, String prefix) {
    return jdbc.queryForList("""
        select subject from document_state
        where source = ? and status = 'INDEXED' and starts_with(subject, ?) order by subject""",
        String.class, source, prefix);
  }
}
