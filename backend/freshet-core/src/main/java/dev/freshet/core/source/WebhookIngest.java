package dev.freshet.core.source;

import dev.freshet.api.event.ChangeEvent;
import dev.freshet.api.webhook.WebhookDelivery;
import dev.freshet.api.webhook.WebhookOutcome;
import dev.freshet.api.webhook.WebhookReceiver;
import dev.freshet.api.webhook.WebhookRejectedException;
import dev.freshet.core.deadletter.DeadLetters;
import dev.freshet.core.log.EventLog;
import dev.freshet.core.trace.TraceStep;
import dev.freshet.core.trace.Traces;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes one webhook delivery for a source: the source verifies and maps it, the events are appended to
 * the event log, and only then is the provider answered. A delivery whose signature fails is refused with
 * nothing recorded but a log line (no payload); a signed delivery that cannot be understood becomes a dead
 * letter; a redelivery (its events already in the log) is acknowledged and marked in the trace.
 */
public class WebhookIngest {

  private static final Logger log = LoggerFactory.getLogger(WebhookIngest.class);

  /**
   * The answer to the provider.
   *
   * @param status the HTTP status
   * @param body a small JSON object saying what happened
   */
  public record Answer(int status, Map<String, @Nullable Object> body) {}

  private final SourceRegistry sources;
  private final EventLog eventLog;
  private final DeadLetters deadLetters;
  private final Traces traces;
  private final SourcePauses pauses;

  public WebhookIngest(SourceRegistry sources, EventLog eventLog, DeadLetters deadLetters, Traces traces,
      SourcePauses pauses) {
    this.pauses = pauses;
    this.sources = sources;
    this.eventLog = eventLog;
    this.deadLetters = deadLetters;
    this.traces = traces;
  }

  /** Blocking: returns after the delivery's events are durable (or the delivery was refused). */
  public Answer ingest(String sourceId, WebhookDelivery delivery) {
    if (!(sources.find(sourceId).orElse(null) instanceof WebhookReceiver receiver)) {
      return answer(404, "error", "no source named " + sourceId + " receives webhooks");
    }
    if (pauses.isPaused(sourceId)) {
      // nothing is verified or stored: the provider keeps the delivery (Notion retries it, GitHub lists it to
      // redeliver), and the reconcile run that follows a resume catches whatever was not redelivered
      Answer answer = answer(503, "error", "source " + sourceId + " is paused by an operator; retry later");
      answer.body().put("retryAfterSeconds", 60);
      return answer;
    }
    WebhookOutcome outcome;
    try {
      outcome = receiver.receive(delivery);
    } catch (WebhookRejectedException e) {
      if (e.status() == WebhookRejectedException.UNAUTHORIZED) {
        log.warn("Source {} refused a delivery: {}", sourceId, e.getMessage());
        return answer(401, "error", e.getMessage());
      }
      long id = deadLetters.rejectedDelivery(sourceId, null, e.getMessage(), delivery.body());
      log.warn("Source {} could not understand a signed delivery (dead letter {}): {}", sourceId, id, e.getMessage());
      Answer answer = answer(400, "error", e.getMessage());
      answer.body().put("deadLetter", id);
      return answer;
    }
    return switch (outcome) {
      case WebhookOutcome.Ignored ignored -> answer(200, "ignored", ignored.reason());
      case WebhookOutcome.Accepted accepted -> append(accepted);
    };
  }

  private Answer append(WebhookOutcome.Accepted accepted) {
    List<ChangeEvent> appended = eventLog.append(accepted.events());
    // nothing new: a redelivery, unless the events broke their schema (then they are dead letters, not in the log)
    boolean duplicate = !accepted.events().isEmpty() && appended.isEmpty()
        && eventLog.contains(accepted.events().getFirst().id());
    if (duplicate) {
      ChangeEvent first = accepted.events().getFirst();
      Instant now = Instant.now();
      traces.write(List.of(new TraceStep(0, first.correlationId(), first.id(), first.subject(), null,
          "webhook.duplicate", null, "DUPLICATE", now, now, null, null,
          Map.of("delivery", accepted.deliveryId(), "events", accepted.events().size()))));
    }
    Answer answer = answer(duplicate ? 200 : 202, "delivery", accepted.deliveryId());
    answer.body().put("events", accepted.events().size());
    answer.body().put("duplicate", duplicate);
    return answer;
  }

  private static Answer answer(int status, String key, String value) {
    Map<String, @Nullable Object> body = new LinkedHashMap<>();
    body.put(key, value);
    return new Answer(status, body);
  }
}
