package dev.freshet.core.audit;

import dev.freshet.core.json.Json;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The audit log: every state change an operator makes (retry, edit, discard, pause, resume, re-snapshot,
 * reconcile), with who made it. Append-only; written in the caller's transaction when there is one, so an
 * action and its record land together. Thread-safe; blocking.
 */
public class AuditLog {

  /**
   * One recorded action.
   *
   * @param id order of recording
   * @param at when
   * @param actor the signed-in user
   * @param action what, e.g. {@code dead-letter.retry}
   * @param target what it was done to, e.g. {@code dead-letter:42} or {@code source:demo}
   * @param detail the action's parameters and result, e.g. a discard's reason
   */
  public record Entry(long id, Instant at, String actor, String action, String target, Map<String, @Nullable Object> detail) {}

  private final JdbcTemplate jdbc;

  public AuditLog(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public void record(String actor, String action, String target, Map<String, @Nullable Object> detail) {
    jdbc.update("insert into audit_log (actor, action, target, detail) values (?, ?, ?, ?::jsonb)", actor, action,
        target, Json.write(detail));
  }

  /** The newest entries first, one page; {@code targetPrefix} narrows to e.g. {@code dead-letter:}. */
  public List<Entry> list(String targetPrefix, int offset, int limit) {
    return jdbc.query("""
        select id, at, actor, action, target, detail::text from audit_log where target like ? || '%'
        order by id desc offset ? limit ?""",
        (rs, n) -> new Entry(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3), rs.getString(4),
            rs.getString(5), Json.readMap(rs.getString(6))),
        targetPrefix.replace("%", "\\%").replace("_", "\\_"), offset, limit);
  }

  public long count(String targetPrefix) {
    Long count = jdbc.queryForObject("select count(*) from audit_log where target like ? || '%'", Long.class,
        targetPrefix.replace("%", "\\%").replace("_", "\\_"));
    return count == null ? 0 : count;
  }

  /** Every entry about exactly one target, oldest first. */
  public List<Entry> of(String target) {
    return jdbc.query("""
        select id, at, actor, action, target, detail::text from audit_log where target = ? order by id""",
        (rs, n) -> new Entry(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3), rs.getString(4),
            rs.getString(5), Json.readMap(rs.getString(6))), target);
  }
}
