package dev.freshet.core.deadletter;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Which dead letters to list, count or retry. Every criterion is optional; null matches everything.
 *
 * @param status OPEN, RETRIED or DISCARDED
 * @param source the source of the event or delivery
 * @param agent the agent that failed
 * @param stage the stage that failed
 * @param errorType the failure's type (fully qualified class name)
 * @param subject a part of the subject (case-insensitive)
 * @param from the last attempt at or after
 * @param to the last attempt before
 * @param superseded true: only those a later success superseded; false: only those it did not
 */
public record DeadLetterFilter(
    @Nullable String status,
    @Nullable String source,
    @Nullable String agent,
    @Nullable String stage,
    @Nullable String errorType,
    @Nullable String subject,
    @Nullable Instant from,
    @Nullable Instant to,
    @Nullable Boolean superseded) {

  /** Every dead letter with the given status. */
  public static DeadLetterFilter status(@Nullable String status) {
    return new DeadLetterFilter(status, null, null, null, null, null, null, null, null);
  }

  /** The same filter narrowed to open dead letters. */
  DeadLetterFilter open() {
    return new DeadLetterFilter("OPEN", source, agent, stage, errorType, subject, from, to, superseded);
  }

  /** The SQL {@code where} clause over {@link DeadLetterRows#FROM}; appends its arguments to {@code args}. */
  String where(List<Object> args) {
    List<String> conditions = new ArrayList<>();
    condition(conditions, args, "dl.status = ?", status);
    condition(conditions, args, "coalesce(dl.source, e.source) = ?", source);
    condition(conditions, args, "dl.agent = ?", agent);
    condition(conditions, args, "dl.stage = ?", stage);
    condition(conditions, args, "dl.error_type = ?", errorType);
    if (subject != null && !subject.isBlank()) {
      conditions.add("e.subject ilike ?");
      args.add("%" + subject.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
    }
    condition(conditions, args, "dl.last_attempt_at >= ?", from == null ? null : Timestamp.from(from));
    condition(conditions, args, "dl.last_attempt_at < ?", to == null ? null : Timestamp.from(to));
    if (superseded != null) {
      conditions.add(superseded ? "s.superseded_by is not null" : "s.superseded_by is null");
    }
    return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
  }

  private static void condition(List<String> conditions, List<Object> args, String sql, @Nullable Object value) {
    if (value != null && !(value instanceof String s && s.isBlank())) {
      conditions.add(sql);
      args.add(value);
    }
  }

  /** The criteria that are set, for the audit log. */
  Map<String, Object> describe() {
    Map<String, Object> set = new LinkedHashMap<>();
    String[] names = {"status", "source", "agent", "stage", "errorType", "subject", "from", "to", "superseded"};
    Object[] values = {status, source, agent, stage, errorType, subject, from, to, superseded};
    for (int i = 0; i < names.length; i++) {
      if (values[i] != null) {
        set.put(names[i], values[i] instanceof Instant at ? at.toString() : values[i]);
      }
    }
    return set;
  }
}
