package dev.freshet.api.webhook;

/**
 * A source that receives deliveries at {@code POST /webhooks/<source id>}. Implemented by a {@link
 * dev.freshet.api.source.SourceConnector} beside its other duties.
 *
 * <p>The platform reads the raw body (refusing one over the configured limit before it is fully read)
 * and calls {@link #receive}; it answers 2xx only after the returned events are durable in the event
 * log, 401 or 400 when this method rejects the delivery. Event ids should derive from the provider's
 * delivery id, so a redelivery adds nothing.
 */
public interface WebhookReceiver {

  /**
   * Verifies the delivery's signature over the raw bytes, before any parsing, then maps it.
   *
   * @throws WebhookRejectedException when the signature is missing or wrong (401) or the signed body
   *     cannot be understood (400)
   */
  WebhookOutcome receive(WebhookDelivery delivery);
}
