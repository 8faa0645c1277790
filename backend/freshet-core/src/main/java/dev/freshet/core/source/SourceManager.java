package dev.freshet.core.source;

import dev.freshet.api.error.ConfigurationException;
import dev.freshet.api.source.SourceConnector;
import dev.freshet.api.webhook.WebhookReceiver;
import dev.freshet.core.lease.Leases;
import dev.freshet.core.log.EventLog;
import dev.freshet.core.secret.SecretStore;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Runs the configured source connectors: gives each a context whose sink is the event log and whose
 * positions and secrets live in the state database.
 *
 * <p>Several Freshet instances may share one state database; a capture source then runs on one of them at a time
 * ({@link Leases}), and the others keep it on STANDBY and check every {@code leaseCheck} whether its lease is
 * free: when the instance that ran it stops or dies, one of them takes it over, from the position it committed.
 * When the session of an instance's lease ends (a restart of the state database), the instance takes the lease
 * again at its next check, or stops the source if another instance took it meanwhile. Webhook sources run on every
 * instance: each delivery is a request to whichever instance receives it.
 */
public class SourceManager implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(SourceManager.class);

  private final SourceRegistry registry;
  private final EventLog eventLog;
  private final JdbcTemplate jdbc;
  private final SecretStore secrets;
  private final SourcePauses pauses;
  private final Leases leases;
  private final Duration leaseCheck;
  /** The capture sources this instance runs now. */
  private final Set<String> running = ConcurrentHashMap.newKeySet();
  /** The capture sources this instance stopped because another took them over: their connectors start only once. */
  private final Set<String> retired = ConcurrentHashMap.newKeySet();
  private @Nullable ScheduledExecutorService checks;

  public SourceManager(SourceRegistry registry, EventLog eventLog, DataSource dataSource, SecretStore secrets,
      SourcePauses pauses, Duration leaseCheck) {
    this.pauses = pauses;
    this.registry = registry;
    this.eventLog = eventLog;
    this.jdbc = new JdbcTemplate(dataSource);
    this.secrets = secrets;
    this.leases = new Leases(dataSource);
    this.leaseCheck = leaseCheck;
  }

  /**
   * Starts every connector this instance may run, and the lease checks. A configuration error fails start-up (it
   * names the property and the fix); any other failure is reported, the source shows as failed, and the others still
   * start.
   */
  public synchronized void start() {
    for (SourceConnector connector : registry.all()) {
      if (connector instanceof WebhookReceiver) {
        startConnector(connector);
      } else {
        takeIfFree(connector);
      }
    }
    checks = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name("freshet-source-leases")
        .factory());
    checks.scheduleWithFixedDelay(this::checkLeases, leaseCheck.toMillis(), leaseCheck.toMillis(),
        TimeUnit.MILLISECONDS);
  }

  /** Stops every connector, waiting for in-flight batches, and gives up its leases. */
  @Override
  public synchronized void close() {
    if (checks != null) {
      checks.shutdownNow();
    }
    pauses.close(); // a paused source's held batch goes through, so it can commit and stop
    for (SourceConnector connector : registry.all()) {
      try {
        connector.close();
      } catch (RuntimeException e) {
        log.warn("Source {} did not stop cleanly: {}", connector.sourceId(), e.toString());
      }
    }
    running.clear();
    leases.close();
  }

  private synchronized void checkLeases() {
    for (SourceConnector connector : registry.all()) {
      String id = connector.sourceId();
      if (connector instanceof WebhookReceiver || retired.contains(id)) {
        continue;
      }
      if (running.contains(id)) {
        if (!leases.stillHeld(lease(id))) {
          keepOrGiveUp(connector);
        }
        continue;
      }
      try {
        if (takeIfFree(connector)) {
          log.info("Source {}: took it over (the instance that ran it stopped)", id);
        }
      } catch (RuntimeException e) { // a configuration error at a takeover: logged, and tried again at each check
        log.error("Source {} could not be taken over: {}", id, e.getMessage(), e);
        running.remove(id);
        leases.release(lease(id));
      }
    }
  }

  /**
   * The lease's session ended (the state database restarted, or the network dropped it). If no other instance took
   * the lease meanwhile, this one takes it again and the source runs on undisturbed; if one did, this one stops the
   * source and leaves it to that one (a connector is started once, so this instance runs it again only after its
   * own restart). While the state database cannot be asked, the source keeps running: it cannot append either.
   */
  private void keepOrGiveUp(SourceConnector connector) {
    String id = connector.sourceId();
    Leases.Outcome outcome = leases.tryAcquire(lease(id));
    if (outcome == Leases.Outcome.HELD) {
      log.info("Source {}: its lease's session ended; this instance holds the lease again", id);
      return;
    }
    if (outcome == Leases.Outcome.UNKNOWN) {
      return;
    }
    log.warn("Source {}: another instance took it over after this one's lease session ended; stopping it here (this "
        + "instance runs it again only after a restart)", id);
    running.remove(id);
    retired.add(id);
    registry.standby(id, true);
    try {
      connector.close();
    } catch (RuntimeException e) {
      log.warn("Source {} did not stop cleanly: {}", id, e.toString());
    }
  }

  /** Starts a capture source if its lease is free; otherwise marks it STANDBY. */
  private boolean takeIfFree(SourceConnector connector) {
    String id = connector.sourceId();
    if (leases.tryAcquire(lease(id)) != Leases.Outcome.HELD) {
      if (registry.standby(id, true)) {
        log.info("Source {} runs on another Freshet instance (or the state database cannot be asked now); this one "
            + "stands by and takes it over if that one stops", id);
      }
      return false;
    }
    registry.standby(id, false);
    running.add(id);
    startConnector(connector);
    return true;
  }

  private void startConnector(SourceConnector connector) {
    try {
      connector.start(new StateDatabaseSourceContext(connector.sourceId(), eventLog, jdbc,
          secrets.forSource(connector.sourceId()), pauses));
    } catch (ConfigurationException e) {
      throw e;
    } catch (RuntimeException e) {
      log.error("Source {} failed to start: {}", connector.sourceId(), e.getMessage(), e);
    }
  }

  /** The name of a source's lease. */
  static String lease(String sourceId) {
    return "freshet.source:" + sourceId;
  }
}
