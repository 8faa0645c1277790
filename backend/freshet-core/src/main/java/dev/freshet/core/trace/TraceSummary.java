package dev.freshet.core.trace;

import java.time.Instant;
import java.util.List;

/**
 * One change's trace at a glance, as trace search lists it.
 *
 * @param correlationId the change
 * @param source the source of its first event
 * @param type the type of its first event
 * @param subject the subject of its first event
 * @param subjects how many subjects its events touch
 * @param events how many events it holds
 * @param startedAt when the change happened at its origin (the first event's time)
 * @param lastAppendedAt when its last event was appended
 * @param outcome where it stands now: {@code DEAD} (a delivery is dead-lettered), {@code IN_PROGRESS} (deliveries
 *     pending, e.g. retrying), {@code INDEXED}, {@code REMOVED}, {@code SKIPPED} (no agent had work), or {@code
 *     DONE} (handled, nothing indexed or removed)
 */
public record TraceSummary(String correlationId, String source, String type, String subject, int subjects, int events,
    Instant startedAt, Instant lastAppendedAt, String outcome) {

  /** The outcomes a trace can have, for search filters. */
  public static final List<String> OUTCOMES = List.of("INDEXED", "REMOVED", "SKIPPED", "DONE", "IN_PROGRESS", "DEAD");
}
