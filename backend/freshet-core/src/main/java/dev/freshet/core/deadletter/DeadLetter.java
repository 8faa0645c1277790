package dev.freshet.core.deadletter;

import dev.freshet.api.event.ChangeEvent;
import java.time.Instant;
import java.util.List;

/**
 * A delivery that failed for good, with its event and why.
 *
 * @param id dead-letter id
 * @param event the event that could not be handled
 * @param agent the agent that failed
 * @param stage the stage of the agent's work that failed, e.g. {@code embed}
 * @param errorType the failure's type
 * @param errorMessage the failure's message
 * @param attempts how many attempts were made
 * @param firstAttemptAt when the first attempt started
 * @param lastAttemptAt when the last attempt ended
 * @param coalescedEventIds older events of the same subject folded into the failed delivery
 * @param status OPEN, RETRIED or DISCARDED
 */
public record DeadLetter(
    long id,
    ChangeEvent event,
    String agent,
    String stage,
    String errorType,
    String errorMessage,
    int attempts,
    Instant firstAttemptAt,
    Instant lastAttemptAt,
    List<String> coalescedEventIds,
    String status) {}
