package dev.freshet.api.event;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Turns the data of one version of an event type into the data of the next version, so events written
 * before an upgrade — still in the log, or dead letters retried later — reach an agent that asks for the new
 * version ({@link dev.freshet.api.agent.Agent#eventVersions()}). Chains: 1→2 and 2→3 take a version 1 event
 * to version 3. Must be a pure function of the data.
 */
public interface Upcaster {

  /** The type and version this upcaster reads; it writes version {@code from().version() + 1}. */
  EventType from();

  /** The next version's data for this version's data. */
  Map<String, @Nullable Object> upcast(Map<String, @Nullable Object> data);
}
