package dev.freshet.core.deadletter;

import dev.freshet.api.event.ChangeEvent;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A delivery that failed for good, with its event and why; or a webhook delivery that was signed but
 * could not be understood, with its raw payload; or an event that broke its schema, with the event.
 *
 * @param id dead-letter id
 * @param source the source of the event or of the delivery
 * @param event the event that could not be handled; null for a rejected webhook delivery or event
 * @param agent the agent that failed ({@code webhook} for a rejected delivery, {@code schema-validator} for a
 *     rejected event)
 * @param stage the stage that failed, e.g. {@code embed}; {@code ingest} for a rejected delivery, {@code
 *     validate} for a rejected event
 * @param errorType the failure's type
 * @param errorMessage the failure's message
 * @param attempts how many attempts were made
 * @param firstAttemptAt when the first attempt started
 * @param lastAttemptAt when the last attempt ended
 * @param coalescedEventIds older events of the same subject folded into the failed delivery
 * @param status OPEN, RETRIED or DISCARDED
 * @param externalId the provider's delivery id of a rejected webhook delivery; the event id of a rejected event
 * @param payload the raw body of a rejected webhook delivery, or the rejected event as JSON (UTF-8)
 * @param replayOf the dead letter this one is a failed replay of, if it is one
 * @param replays how many replays came before this dead letter (the loop guard's count)
 * @param discardReason why an operator discarded it
 * @param supersededBy the id of a later event of the same subject that the same agent handled successfully,
 *     for agents that read the latest state (such as the indexer): retrying this one would change nothing
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
    @Nullable String payload,
    @Nullable Long replayOf,
    int replays,
    @Nullable String discardReason,
    @Nullable String supersededBy) {

  /** The subject it is about, when it is known. */
  public @Nullable String subject() {
    return event == null ? null : event.subject();
  }

  /** Whether it is a failed agent delivery, which retry puts back in the agent's queue. */
  public boolean hasDelivery() {
    return event != null;
  }
}
