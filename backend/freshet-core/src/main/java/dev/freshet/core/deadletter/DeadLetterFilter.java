package dev.freshet.core.deadletter;

import java.time.Instant;
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
}
