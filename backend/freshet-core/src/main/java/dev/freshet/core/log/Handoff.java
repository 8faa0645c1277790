package dev.freshet.core.log;

/**
 * How an append hands its events on to their agents, in the same statement that appends them (so nothing is
 * appended without being handed on, and nothing handed on that was not appended).
 */
public enum Handoff {

  /** The embedded transport: one delivery row per subscribed agent, claimed by the dispatcher. */
  DELIVERIES("freshet_events"),

  /**
   * An external transport (Kafka): one outbox row per event that has a subscriber, published by a relay and
   * deleted once the broker acknowledged it (the transactional outbox pattern).
   */
  OUTBOX("freshet_outbox");

  private final String channel;

  Handoff(String channel) {
    this.channel = channel;
  }

  /** The PostgreSQL notification channel that wakes whoever takes the handed-on events. */
  public String channel() {
    return channel;
  }
}
