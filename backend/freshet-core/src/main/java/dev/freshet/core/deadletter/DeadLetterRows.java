package dev.freshet.core.deadletter;

import dev.freshet.core.log.EventRows;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * Reads {@code dead_letter} rows, with their event and the event that superseded them, back into {@link
 * DeadLetter}s: {@code SELECT + FROM + filter}. {@code FROM} takes one argument, the names of the agents that
 * read the latest state (only their dead letters can be superseded).
 */
final class DeadLetterRows {

  static final String SELECT = """
      select dl.id as dead_letter_id, coalesce(dl.source, e.source) as dead_letter_source, dl.agent, dl.stage,
             dl.error_type, dl.error_message, dl.attempts, dl.first_attempt_at, dl.last_attempt_at, dl.status,
             dl.external_id, dl.payload, dl.replay_of, dl.replays, dl.discard_reason, s.superseded_by, %s,
             array(select c.id from event_log c where c.seq = any(dl.coalesced_seqs) order by c.seq) as coalesced_ids
      """.formatted(EventRows.COLUMNS);

  /** The joins every query shares; the superseding event is looked up only for latest-state agents. */
  static final String FROM = """
      from dead_letter dl
      left join event_log e on e.seq = dl.event_seq
      left join delivery d on d.id = dl.delivery_id
      left join lateral (
        select e2.id as superseded_by from delivery d2 join event_log e2 on e2.seq = d2.event_seq
        where d2.agent = dl.agent and d2.sequence_key = d.sequence_key and d2.event_seq > dl.event_seq
          and d2.status = 'DONE'
        order by d2.event_seq desc limit 1) s on d.id is not null and dl.agent = any(?)
      """;

  private DeadLetterRows() {}

  static DeadLetter read(ResultSet rs) throws SQLException {
    Array coalesced = rs.getArray("coalesced_ids");
    byte[] payload = rs.getBytes("payload");
    Object replayOf = rs.getObject("replay_of");
    return new DeadLetter(rs.getLong("dead_letter_id"), rs.getString("dead_letter_source"),
        rs.getString("id") == null ? null : EventRows.read(rs), rs.getString("agent"), rs.getString("stage"),
        rs.getString("error_type"), rs.getString("error_message"), rs.getInt("attempts"),
        rs.getTimestamp("first_attempt_at").toInstant(), rs.getTimestamp("last_attempt_at").toInstant(),
        List.of((String[]) coalesced.getArray()), rs.getString("status"), rs.getString("external_id"),
        payload == null ? null : new String(payload, StandardCharsets.UTF_8),
        replayOf == null ? null : ((Number) replayOf).longValue(), rs.getInt("replays"), rs.getString("discard_reason"),
        rs.getString("superseded_by"));
  }
}
