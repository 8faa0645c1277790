package dev.freshet.core.trace;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Which traces to find. Every criterion is optional; a trace matches when any of its events matches all the
 * event criteria, and its outcome matches {@code outcome}.
 *
 * @param correlationId the correlation id, or its beginning (e.g. {@code gh:} for every GitHub delivery)
 * @param subject a part of an event's subject (case-insensitive)
 * @param source an event's source
 * @param type an event's type, e.g. {@code document.changed}
 * @param outcome the trace's outcome, one of {@link TraceSummary#OUTCOMES}
 * @param from events appended at or after
 * @param to events appended before
 */
public record TraceQuery(
    @Nullable String correlationId,
    @Nullable String subject,
    @Nullable String source,
    @Nullable String type,
    @Nullable String outcome,
    @Nullable Instant from,
    @Nullable Instant to) {

  /** Every trace. */
  public static TraceQuery all() {
    return new TraceQuery(null, null, null, null, null, null, null);
  }
}
