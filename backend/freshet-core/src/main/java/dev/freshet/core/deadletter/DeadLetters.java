package dev.freshet.core.deadletter;

import dev.freshet.core.log.EventLog;
import dev.freshet.core.log.EventRows;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;

/** The dead-letter queue. Thread-safe; blocking. */
public class DeadLetters {

  /** The agent name recorded for webhook deliveries that were rejected before they became events. */
  public static final String WEBHOOK = "webhook";

  private final JdbcTemplate jdbc;

  public DeadLetters(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Dead letters with the given status, newest first, one page. */
  public List<DeadLetter> list(String status, int offset, int limit) {
    return jdbc.query("""
        select dl.id as dead_letter_id, coalesce(dl.source, e.source) as dead_letter_source, dl.agent, dl.stage,
               dl.error_type, dl.error_message, dl.attempts, dl.first_attempt_at, dl.last_attempt_at, dl.status,
               dl.external_id, dl.payload, %s,
               array(select c.id from event_log c where c.seq = any(dl.coalesced_seqs) order by c.seq) as coalesced_ids
        from dead_letter dl left join event_log e on e.seq = dl.event_seq
        where dl.status = ?
        order by dl.id desc offset ? limit ?""".formatted(EventRows.COLUMNS),
        (rs, n) -> read(rs), status, offset, limit);
  }

  /** How many dead letters have the given status. */
  public long count(String status) {
    Long count = jdbc.queryForObject("select count(*) from dead_letter where status = ?", Long.class, status);
    return count == null ? 0 : count;
  }

  /**
   * Retries a dead letter: its deliveries (the handled event's and those folded into it) go back to the queue
   * as new, and the dead letter is marked RETRIED. Events reach the agent in the version it asks for, upcast if
   * they are older. A dead letter without a delivery (a rejected webhook or event) cannot be retried here.
   *
   * @return whether it was retried: false when it is not OPEN or has no delivery
   */
  public boolean retry(long id) {
    List<Long> retried = jdbc.queryForList("""
        with letter as (
          update dead_letter set status = 'RETRIED' where id = ? and status = 'OPEN' and delivery_id is not null
          returning delivery_id, event_seq, coalesced_seqs, agent)
        update delivery d set status = 'PENDING', attempts = 0, next_attempt_at = clock_timestamp(),
                              first_attempt_at = null, last_error = null, updated_at = clock_timestamp()
        from letter where d.id = letter.delivery_id
           or (d.agent = letter.agent and d.event_seq = any(letter.coalesced_seqs) and d.status = 'DEAD')
        returning d.id""", Long.class, id);
    if (retried.isEmpty()) {
      return false;
    }
    jdbc.queryForList("select pg_notify(?, '')", EventLog.CHANNEL);
    return true;
  }

  /**
   * Files a webhook delivery that was signed but could not be understood, with its raw payload (kept
   * here to inspect and replay; never written to the logs).
   */
  public long rejectedDelivery(String source, @Nullable String deliveryId, String reason, byte[] payload) {
    Long id = jdbc.queryForObject("""
        insert into dead_letter (source, external_id, payload, agent, stage, error_type, error_message, attempts,
                                 first_attempt_at, last_attempt_at)
        values (?, ?, ?, ?, 'ingest', 'dev.freshet.api.webhook.WebhookRejectedException', ?, 1, clock_timestamp(),
                clock_timestamp())
        returning id""", Long.class, source, deliveryId, payload, WEBHOOK, reason);
    return id == null ? 0 : id;
  }

  private static DeadLetter read(ResultSet rs) throws SQLException {
    Array coalesced = rs.getArray("coalesced_ids");
    byte[] payload = rs.getBytes("payload");
    return new DeadLetter(rs.getLong("dead_letter_id"), rs.getString("dead_letter_source"),
        rs.getString("id") == null ? null : EventRows.read(rs), rs.getString("agent"), rs.getString("stage"),
        rs.getString("error_type"), rs.getString("error_message"), rs.getInt("attempts"),
        rs.getTimestamp("first_attempt_at").toInstant(), rs.getTimestamp("last_attempt_at").toInstant(),
        List.of((String[]) coalesced.getArray()), rs.getString("status"), rs.getString("external_id"),
        payload == null ? null : new String(payload, StandardCharsets.UTF_8));
  }
}
