package dev.freshet.connector.postgres;

import dev.freshet.api.event.ChangeEvent;
import dev.freshet.api.source.SourceContext;
import java.util.List;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Maps a batch and hands it to the sink until both work. While the source (lookup queries) or the event
 * log is unavailable the connector must neither drop the batch nor commit past it, and stopping the
 * Debezium engine would only replay it later, so it waits (backing off to 10 s) and tries again: the
 * replication slot holds the WAL meanwhile. Returns only after the batch is durable; throws only when
 * interrupted (shutdown).
 */
final class SinkRetry {

  private static final Logger log = LoggerFactory.getLogger(SinkRetry.class);

  private SinkRetry() {}

  static void deliver(SourceContext context, Supplier<List<ChangeEvent>> mapping) throws InterruptedException {
    long wait = 100;
    while (true) {
      try {
        context.sink().accept(mapping.get());
        return;
      } catch (RuntimeException e) {
        log.warn("Source {} could not map or store a batch, retrying in {} ms: {}", context.sourceId(), wait,
            e.toString());
        Thread.sleep(wait);
        wait = Math.min(wait * 2, 10_000);
      }
    }
  }
}
