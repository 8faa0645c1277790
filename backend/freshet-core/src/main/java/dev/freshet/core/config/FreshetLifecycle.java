package dev.freshet.core.config;

import dev.freshet.core.dispatch.Dispatcher;
import dev.freshet.core.index.Indexing;
import dev.freshet.core.source.SourceManager;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Registers the event schemas (a violated compatibility rule stops start-up here), opens the index
 * generations, starts the dispatcher, then the sources (so nothing is captured before it
 * can be delivered), then a pending generation build; stops the build, then the dispatcher (letting running
 * deliveries finish while the sources can still load their documents), then the sources (their last
 * batches still reach the log, and are delivered after the next start).
 */
class FreshetLifecycle implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(FreshetLifecycle.class);

  private final Runnable open;
  private final Indexing indexing;
  private final Dispatcher dispatcher;
  private final SourceManager sources;
  private volatile boolean running;

  FreshetLifecycle(Runnable open, Indexing indexing, Dispatcher dispatcher, SourceManager sources) {
    this.open = open;
    this.indexing = indexing;
    this.dispatcher = dispatcher;
    this.sources = sources;
  }

  @Override
  public void start() {
    open.run();
    dispatcher.start();
    sources.start();
    indexing.startBuilding();
    running = true;
  }

  @Override
  public void stop() {
    long start = System.nanoTime();
    indexing.stopBuilding();
    dispatcher.stop(Duration.ofSeconds(10));
    log.info("Dispatcher stopped after {} ms; stopping the sources", (System.nanoTime() - start) / 1_000_000);
    sources.close();
    log.info("Freshet stopped in {} ms", (System.nanoTime() - start) / 1_000_000);
    running = false;
  }

  @Override
  public boolean isRunning() {
    return running;
  }
}
