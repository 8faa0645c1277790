package dev.freshet.api.source;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Runs a source's reconcile backstop on a virtual thread: first when the previous run is one interval old
 * (at once when there was none, so the first start reads the whole source), then every interval. A failed
 * run is logged and tried again at the next one. For connectors whose {@link SourceConnector#reconcile}
 * records when it last ran in their position, so a restart does not read the whole source again.
 */
public final class ReconcileSchedule {

  /** The JDK's logger, so the SPI needs no logging library; Spring Boot routes it to the application's log. */
  private static final System.Logger log = System.getLogger(ReconcileSchedule.class.getName());

  private ReconcileSchedule() {}

  /**
   * Starts the schedule; interrupt the returned thread to stop it.
   *
   * @param connector whose {@link SourceConnector#reconcile} runs
   * @param interval the time between runs; must be positive
   * @param lastRun when the previous run finished, empty when there was none
   */
  public static Thread start(SourceConnector connector, Duration interval, Optional<Instant> lastRun) {
    return Thread.ofVirtual().name("freshet-reconcile-" + connector.sourceId()).start(() -> {
      if (lastRun.isPresent()) {
        Duration wait = Duration.between(Instant.now(), lastRun.get().plus(interval));
        log.log(System.Logger.Level.INFO, "Source {0}: last reconciled at {1}, next run in {2}", connector.sourceId(),
            lastRun.get(), wait.isNegative() ? Duration.ZERO : wait);
        if (!sleep(wait)) {
          return;
        }
      }
      while (!Thread.currentThread().isInterrupted()) {
        try {
          connector.reconcile();
        } catch (RuntimeException e) {
          log.log(System.Logger.Level.WARNING, "Source {0}: the reconcile run failed, trying again in {1}: {2}",
              connector.sourceId(), interval, e.toString());
        }
        if (!sleep(interval)) {
          return;
        }
      }
    });
  }

  private static boolean sleep(Duration duration) {
    try {
      if (!duration.isNegative()) {
        Thread.sleep(duration);
      }
      return true;
    } catch (InterruptedException e) {
      return false;
    }
  }
}
