package dev.freshet.api.webhook;

import dev.freshet.api.event.ChangeEvent;
import java.util.List;

/** What a verified delivery amounts to. */
public sealed interface WebhookOutcome {

  /** The provider's id of the delivery (GitHub's {@code X-GitHub-Delivery}), for traces and dedupe. */
  String deliveryId();

  /**
   * Events to append; the provider is answered once they are durable.
   *
   * @param deliveryId the provider's delivery id
   * @param events the events, with ids derived from the delivery (empty when nothing matched)
   */
  record Accepted(String deliveryId, List<ChangeEvent> events) implements WebhookOutcome {
    public Accepted {
      events = List.copyOf(events);
    }
  }

  /**
   * A delivery with nothing to do (a ping, an event kind the source does not handle, the bot's own edit).
   *
   * @param deliveryId the provider's delivery id
   * @param reason why, for the answer and the logs
   */
  record Ignored(String deliveryId, String reason) implements WebhookOutcome {}
}
