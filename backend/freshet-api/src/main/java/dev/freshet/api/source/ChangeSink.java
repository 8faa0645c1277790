package dev.freshet.api.source;

import dev.freshet.api.event.ChangeEvent;
import java.util.List;

/**
 * Where a connector hands its change events. {@link #accept} returns only after the whole batch is
 * durable in the event log (events already there, by id, are ignored), so a connector may commit its
 * source position for every event of the batch as soon as it returns.
 *
 * <p>Blocking; safe to call from any thread.
 */
@FunctionalInterface
public interface ChangeSink {

  /**
   * Stores the batch durably.
   *
   * @throws dev.freshet.api.error.RetryableException when the event log is unavailable: nothing of the
   *     batch may be treated as stored, and the connector must not commit its position
   */
  void accept(List<ChangeEvent> batch) throws InterruptedException;
}
