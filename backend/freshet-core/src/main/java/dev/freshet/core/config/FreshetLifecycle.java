package dev.freshet.core.config;

import dev.freshet.core.dispatch.Dispatcher;
import dev.freshet.core.source.SourceManager;
import java.time.Duration;
import org.springframework.context.SmartLifecycle;

/**
 * Starts the dispatcher, then the sources (so nothing is captured before it can be delivered), and
 * stops them in reverse: sources first, so their last batches reach the log, then the dispatcher.
 */
class FreshetLifecycle implements SmartLifecycle {

  private final Dispatcher dispatcher;
  private final SourceManager sources;
  private volatile boolean running;

  FreshetLifecycle(Dispatcher dispatcher, SourceManager sources) {
    this.dispatcher = dispatcher;
    this.sources = sources;
  }

  @Override
  public void start() {
    dispatcher.start();
    sources.start();
    running = true;
  }

  @Override
  public void stop() {
    sources.close();
    dispatcher.stop(Duration.ofSeconds(10));
    running = false;
  }

  @Override
  public boolean isRunning() {
    return running;
  }
}
