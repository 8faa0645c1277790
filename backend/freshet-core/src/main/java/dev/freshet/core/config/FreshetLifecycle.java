package dev.freshet.core.config;

import dev.freshet.core.dispatch.Transport;
import dev.freshet.core.index.Indexing;
import dev.freshet.core.source.SourceManager;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Registers the event schemas (a violated compatibility rule stops start-up here), opens the index
 * generations, starts the transport (running the agents with the {@code workers} role), then the sources with the
 * {@code sources} role (so nothing is captured before it can be delivered), then a pending generation build; stops
 * the build, then the transport (letting running deliveries finish while the sources can still load their
 * documents), then the sources (their last batches still reach the log, and are delivered after the next start).
 */
class FreshetLifecycle implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(FreshetLifecycle.class);

  private final Runnable open;
  private final Indexing indexing;
  private final Transport transport;
  private final SourceManager sources;
  private final RoleProperties roles;
  private volatile boolean running;

  FreshetLifecycle(Runnable open, Indexing indexing, Transport transport, SourceManager sources,
      RoleProperties roles) {
    this.open = open;
    this.indexing = indexing;
    this.transport = transport;
    this.sources = sources;
    this.roles = roles;
  }

  @Override
  public void start() {
    open.run();
    transport.start(roles.has(RoleProperties.WORKERS));
    if (roles.has(RoleProperties.SOURCES)) {
      sources.start();
    }
    indexing.startBuilding();
    log.info("Freshet runs the roles {} on the {} transport", roles.roles(), transport.name());
    running = true;
  }

  @Override
  public void stop() {
    long start = System.nanoTime();
    indexing.stopBuilding();
    transport.stop(Duration.ofSeconds(10));
    log.info("Transport stopped after {} ms; stopping the sources", (System.nanoTime() - start) / 1_000_000);
    sources.close();
    log.info("Freshet stopped in {} ms", (System.nanoTime() - start) / 1_000_000);
    running = false;
  }

  @Override
  public boolean isRunning() {
    return running;
  }
}
