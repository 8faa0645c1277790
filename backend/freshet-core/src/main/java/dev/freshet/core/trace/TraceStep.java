package dev.freshet.core.trace;

import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One step of a change's journey: an event appended, an agent attempt, a stage of that attempt.
 *
 * @param id order of recording; 0 for a step not yet written
 * @param correlationId the change the step belongs to
 * @param eventId the event the step is about
 * @param subject the document the step is about
 * @param agent the agent that ran the step, null for platform steps
 * @param step what happened, e.g. {@code event.appended}, {@code agent.attempt}, {@code stage.embed}
 * @param attempt the delivery attempt, for agent steps
 * @param outcome how it ended, e.g. {@code APPENDED}, {@code DONE}, {@code RETRY}, {@code DEAD}
 * @param startedAt when it started (for {@code event.appended}: the change's time at the origin)
 * @param endedAt when it ended
 * @param errorType the failure's type, if it failed
 * @param errorMessage the failure's message, if it failed
 * @param detail counters and context, e.g. {@code embeddings}, {@code chunksAdded}
 */
public record TraceStep(
    long id,
    String correlationId,
    @Nullable String eventId,
    @Nullable String subject,
    @Nullable String agent,
    String step,
    @Nullable Integer attempt,
    String outcome,
    Instant startedAt,
    Instant endedAt,
    @Nullable String errorType,
    @Nullable String errorMessage,
    Map<String, @Nullable Object> detail) {

  public TraceStep {
    detail = Collections.unmodifiableMap(new LinkedHashMap<>(detail));
  }

  public Duration duration() {
    return Duration.between(startedAt, endedAt);
  }
}
