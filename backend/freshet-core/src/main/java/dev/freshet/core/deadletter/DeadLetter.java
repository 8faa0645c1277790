package dev.freshet.core.deadletter;

import dev.freshet.api.event.ChangeEvent;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A delivery that failed for good, with its event and why; or a webhook delivery that was signed but
 * could not be understood, with its raw payload.
 *
 * @param id dead-letter id
 * @param source the source of the event or of the delivery
 * @param event the event that could not be handled; null for a rejected webhook delivery
 * @param agent the agent that failed ({@code webhook} for a rejected delivery)
 * @param stage the stage that failed, e.g. {@code embed}, or {@code ingest} for a rejected delivery
 * @param errorType the failure's type
 * @param errorMessage the failure's message
 * @param attempts how many attempts were made
 * @param firstAttemptAt when the first attempt started
 * @param lastAttemptAt when the last attempt ended
 * @param coalescedEventIds older events of the same subject folded into the failed delivery
 * @param status OPEN, RETRIED or DISCARDED
 * @param externalId the provider's delivery id of a rejected webhook delivery
 * @param payload the raw body of a rejected webhook delivery (UTF-8)
 */
public record DeadLetter(
    long id,
    String source,
    @Nullable ChangeEvent event,
    String agent,
    String stage,
    String errorType,
    String errorMessage,
    int attempts,
    Instant firstAttemptAt,
    Instant lastAttemptAt,
    List<String> coalescedEventIds,
    String status,
    @Nullable String externalId,
    @Nullable String payload) {}
