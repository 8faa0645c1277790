package dev.freshet.core.deadletter;

import dev.freshet.core.log.EventRows;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/** Reads the dead-letter queue. Thread-safe; blocking. */
public class DeadLetters {

  private final JdbcTemplate jdbc;

  public DeadLetters(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Dead letters with the given status, newest first, one page. */
  public List<DeadLetter> list(String status, int offset, int limit) {
    return jdbc.query("""
        select dl.id as dead_letter_id, dl.agent, dl.stage, dl.error_type, dl.error_message, dl.attempts,
               dl.first_attempt_at, dl.last_attempt_at, dl.status, %s,
               array(select c.id from event_log c where c.seq = any(dl.coalesced_seqs) order by c.seq) as coalesced_ids
        from dead_letter dl join event_log e on e.seq = dl.event_seq
        where dl.status = ?
        order by dl.id desc offset ? limit ?""".formatted(EventRows.COLUMNS),
        (rs, n) -> read(rs), status, offset, limit);
  }

  /** How many dead letters have the given status. */
  public long count(String status) {
    Long count = jdbc.queryForObject("select count(*) from dead_letter where status = ?", Long.class, status);
    return count == null ? 0 : count;
  }

  private static DeadLetter read(ResultSet rs) throws SQLException {
    Array coalesced = rs.getArray("coalesced_ids");
    return new DeadLetter(rs.getLong("dead_letter_id"), EventRows.read(rs), rs.getString("agent"), rs.getString("stage"),
        rs.getString("error_type"), rs.getString("error_message"), rs.getInt("attempts"),
        rs.getTimestamp("first_attempt_at").toInstant(), rs.getTimestamp("last_attempt_at").toInstant(),
        List.of((String[]) coalesced.getArray()), rs.getString("status"));
  }
}
