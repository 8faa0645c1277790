package dev.freshet.connector.postgres;

import dev.freshet.api.event.ChangeEvent;
import dev.freshet.api.source.SourceContext;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands a batch to the sink until it is accepted. While the event log is unavailable the connector
 * must neither drop the batch nor commit past it, and stopping the Debezium engine would only replay
 * it later, so it waits (backing off to 10 s) and tries again: the replication slot holds the WAL
 * meanwhile. Returns only after the batch is durable; throws only when interrupted (shutdown).
 */
final class SinkRetry {

  private static final Logger log = LoggerFactory.getLogger(SinkRetry.class);

  private SinkRetry() {}

  static void accept(SourceContext context, List<ChangeEvent> events) throws InterruptedException {
    long wait = 100;
    while (true) {
      try {
        context.sink().accept(events);
        return;
      } catch (RuntimeException e) {
        log.warn("Source {} could not store {} event(s), retrying in {} ms: {}", context.sourceId(), events.size(),
            wait, e.toString());
        Thread.sleep(wait);
        wait = Math.min(wait * 2, 10_000);
      }
    }
  }
}
