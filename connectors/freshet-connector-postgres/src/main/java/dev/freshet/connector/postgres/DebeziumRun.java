package dev.freshet.connector.postgres;

import io.debezium.embedded.Connect;
import io.debezium.engine.DebeziumEngine;
import io.debezium.engine.RecordChangeEvent;
import io.debezium.engine.format.ChangeEventFormat;
import java.io.IOException;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.connect.source.SourceRecord;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One run of an embedded Debezium engine on a thread of its own, from build to stop: what the connector
 * needs to start capturing and to stop for sure, including when Debezium makes stopping awkward.
 */
final class DebeziumRun {

  private static final Logger log = LoggerFactory.getLogger(DebeziumRun.class);
  private static final long STOP_SECONDS = 30;

  private final String sourceId;
  private final DebeziumEngine<RecordChangeEvent<SourceRecord>> engine;
  private final ExecutorService runner;
  /** The engine's run on the runner: done once the engine stopped (closed or failed). */
  private final Future<?> run;
  private volatile @Nullable Thread thread;

  private DebeziumRun(String sourceId, DebeziumEngine.Builder<RecordChangeEvent<SourceRecord>> builder) {
    this.sourceId = sourceId;
    this.engine = builder.build();
    this.runner = Executors.newSingleThreadExecutor(r -> {
      Thread t = new Thread(r, "freshet-source-" + sourceId);
      thread = t;
      return t;
    });
    this.run = runner.submit(engine);
  }

  /** Builds the engine and starts it on its own thread. */
  static DebeziumRun start(String sourceId, Properties properties,
      DebeziumEngine.ChangeConsumer<RecordChangeEvent<SourceRecord>> consumer,
      DebeziumEngine.ConnectorCallback connectorCallback, DebeziumEngine.CompletionCallback completion) {
    return new DebeziumRun(sourceId, DebeziumEngine.create(ChangeEventFormat.of(Connect.class))
        .using(properties).notifying(consumer).using(connectorCallback).using(completion));
  }

  /**
   * Stops the engine and waits up to 30 s for its thread; if it does not end, logs where the thread is.
   * Debezium refuses to close an engine that is still starting (its connector and task are being set up): the
   * close is asked again until the engine takes it or its run has ended, so a source stopped right after it
   * started does not leave its engine running.
   */
  void stop() {
    try {
      closeEngine();
      runner.shutdown();
      if (!runner.awaitTermination(STOP_SECONDS, TimeUnit.SECONDS)) {
        Throwable where = new Throwable("where the engine's thread is");
        Thread stuck = thread;
        if (stuck != null) {
          where.setStackTrace(stuck.getStackTrace());
        }
        log.warn("Source {} did not stop within {} s", sourceId, STOP_SECONDS, where);
      }
    } catch (IOException e) {
      log.warn("Source {} did not close cleanly: {}", sourceId, e.toString());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void closeEngine() throws IOException, InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(STOP_SECONDS);
    while (true) {
      try {
        engine.close();
        return;
      } catch (IllegalStateException refused) {
        if (run.isDone() || System.nanoTime() > deadline) {
          log.debug("Source {}: the engine did not take the close ({})", sourceId, refused.getMessage());
          return;
        }
        log.debug("Source {}: the engine is not ready to close yet ({}); asking again", sourceId,
            refused.getMessage());
        Thread.sleep(100);
      }
    }
  }
}
