package dev.freshet.api.event;

/** What happened to an event's subject at the origin. */
public enum Operation {
  /** The subject was created. */
  CREATE,
  /** The subject was changed. */
  UPDATE,
  /** The subject was deleted. */
  DELETE,
  /** The subject was read by an initial or on-demand snapshot: its current state, not a change. */
  SNAPSHOT,
  /** Derived events (for example {@code document.indexed}) that report on work rather than a change. */
  NOTIFY
}
