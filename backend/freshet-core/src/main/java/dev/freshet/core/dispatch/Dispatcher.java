package dev.freshet.core.dispatch;

import dev.freshet.api.agent.Agent;
import dev.freshet.api.event.ChangeEvent;
import dev.freshet.core.lease.Leases;
import dev.freshet.core.log.EventLog;
import dev.freshet.core.log.Handoff;
import dev.freshet.core.metrics.FreshetMetrics;
import dev.freshet.core.trace.Traces;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiFunction;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hands pending deliveries to their agents. A coordinator thread claims due deliveries and runs each
 * claim on a pool of {@link DispatcherSettings#concurrency()} worker threads. It sleeps until
 * woken: by {@code NOTIFY freshet_events} (new events), by a finished run (a key or a slot freed), by the
 * next scheduled retry, or by the slow safety sweep. It never polls in a busy loop.
 *
 * <p>At least once: a delivery is DONE only in the transaction that also appends the agent's
 * follow-up events; a crash before that leaves it RUNNING, and {@link #start()} puts it back.
 */
public class Dispatcher implements Transport {

  private static final Logger log = LoggerFactory.getLogger(Dispatcher.class);

  private final DeliveryStore deliveries;
  private final DeliveryRunner runner;
  private final DispatcherSettings settings;
  private final NotificationListener listener;
  private final Semaphore slots;
  private final Semaphore wakeups = new Semaphore(0);
  private final AtomicReference<@Nullable String> lastError = new AtomicReference<>();
  private @Nullable ExecutorService workers;
  private @Nullable Thread coordinator;
  private final AtomicLong cycles = new AtomicLong();
  /** Claims whose outcome could not be recorded nor the claim put back: re-queued once the database answers. */
  private final Queue<Claim> unrecorded = new ConcurrentLinkedQueue<>();
  private volatile boolean running;
  private volatile boolean standingBy;
  private volatile boolean listening;
  private final Semaphore standby = new Semaphore(0);
  /** One dispatcher per state database: the delivery claims assume it. */
  private final Leases leases;
  static final String LEASE = "freshet.dispatcher";
  /** How often a standing-by dispatcher asks for the lease. */
  static final Duration LEASE_CHECK = Duration.ofSeconds(5);

  /**
   * @param upcast turns an event into the version an agent asks for ({@code SchemaCatalogue::forAgent})
   */
  public Dispatcher(DataSource dataSource, TransactionTemplate tx, AgentRegistry agents, EventLog eventLog,
      Traces traces, DispatcherSettings settings, FreshetMetrics metrics,
      BiFunction<ChangeEvent, Agent, ChangeEvent> upcast) {
    JdbcTemplate jdbc = new JdbcTemplate(dataSource);
    this.deliveries = new DeliveryStore(jdbc, agents);
    this.runner = new DeliveryRunner(deliveries, tx, eventLog, traces, settings, metrics, upcast, () -> !running);
    this.settings = settings;
    this.slots = new Semaphore(settings.concurrency());
    this.listener = new NotificationListener(dataSource, EventLog.CHANNEL, settings.sweepInterval(), this::wake);
    this.leases = new Leases(dataSource);
  }

  @Override
  public String name() {
    return "postgres";
  }

  @Override
  public Handoff handoff() {
    return Handoff.DELIVERIES;
  }

  /** With {@code deliver}, {@link #start()}; without, nothing: appends plan their deliveries themselves. */
  @Override
  public void start(boolean deliver) {
    if (deliver) {
      start();
    }
  }

  @Override
  public boolean isDelivering() {
    return running;
  }

  /**
   * Takes the dispatcher's lease, recovers interrupted deliveries and starts the coordinator and the listener. When
   * another instance sharing the state database holds the lease, this one stands by: its coordinator asks for the
   * lease every {@link #LEASE_CHECK} and begins when that instance stops or dies.
   */
  public synchronized void start() {
    if (running) {
      return;
    }
    boolean leading = leases.tryAcquire(LEASE) == Leases.Outcome.HELD;
    if (leading) {
      lead();
    }
    running = true;
    // Platform threads, not virtual ones: agent runs are CPU-bound (embedding, Lucene) and load classes from
    // the nested jar under its monitor; on virtual threads the few carriers (one per core) were once all
    // pinned waiting for a monitor that an unmounted virtual thread held, and Freshet hung at start-up.
    workers = Executors.newFixedThreadPool(settings.concurrency(),
        Thread.ofPlatform().name("freshet-agent-", 0).daemon().factory());
    coordinator = Thread.ofPlatform().name("freshet-dispatcher").daemon().start(() -> {
      if (!leading) {
        awaitLease();
      }
      coordinate();
    });
  }

  /** Re-queues what an earlier leader left running and starts listening: this instance dispatches now. */
  private void lead() {
    int recovered = deliveries.recoverInterrupted();
    if (recovered > 0) {
      log.info("Re-queued {} deliveries interrupted by the previous shutdown", recovered);
    }
    if (!listening) {
      listener.start(); // stays on while standing by after a lost lease: its wake-ups then cost a look at the queue
      listening = true;
    }
    standingBy = false;
  }

  /** Stands by until this instance holds the lease, or stops. */
  private void awaitLease() {
    standingBy = true;
    log.info("Another Freshet instance runs the embedded dispatcher (one instance delivers with "
        + "freshet.transport.type=postgres), or the state database cannot be asked; this one stands by and takes "
        + "over when it can");
    while (running) {
      if (leases.tryAcquire(LEASE) == Leases.Outcome.HELD) {
        log.info("Took the dispatcher's lease over: this instance delivers now");
        lead();
        return;
      }
      try {
        if (standby.tryAcquire(LEASE_CHECK.toMillis(), TimeUnit.MILLISECONDS)) {
          standby.drainPermits(); // stop() wants the coordinator back
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  /** Whether another instance dispatches and this one waits for its lease. */
  public boolean standingBy() {
    return standingBy;
  }

  /** Stops claiming, waits up to {@code timeout} for running deliveries, then interrupts them; gives the lease up. */
  @Override
  public synchronized void stop(Duration timeout) {
    if (!running) {
      return;
    }
    running = false;
    wake();
    standby.release();
    listener.close();
    listening = false;
    joinQuietly(coordinator, timeout);
    ExecutorService pool = workers;
    if (pool != null) {
      pool.shutdown();
      try {
        if (!pool.awaitTermination(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
          pool.shutdownNow();
        }
      } catch (InterruptedException e) {
        pool.shutdownNow();
        Thread.currentThread().interrupt();
      }
    }
    leases.release(LEASE);
  }

  public boolean isRunning() {
    return running;
  }

  /** The last error the coordinator hit, cleared by the next successful cycle; null when healthy. */
  @Override
  public @Nullable String lastError() {
    return lastError.get();
  }

  /** Open deliveries (pending or running). Queries the state database. */
  @Override
  public long backlog() {
    return deliveries.backlog();
  }

  /** How many times the coordinator has looked for work: flat while idle. */
  long cycles() {
    return cycles.get();
  }

  /** Asks the coordinator to look for work now. Cheap; callable from any thread. */
  public void wake() {
    wakeups.release();
  }

  private void coordinate() {
    Duration errorWait = Duration.ofMillis(200);
    while (running) {
      cycles.incrementAndGet();
      try {
        requeueUnrecorded();
        int free = slots.availablePermits();
        List<Claim> claims = deliveries.claim(free);
        for (Claim claim : claims) {
          slots.acquireUninterruptibly();
          workers.execute(() -> runAndRelease(claim));
        }
        lastError.set(null);
        errorWait = Duration.ofMillis(200);
        if (free > 0 && claims.size() == free) {
          continue; // there may be more due work: claim again as soon as a slot is free
        }
        long wait = deliveries.millisUntilNextScheduled()
            .map(ms -> Math.min(Math.max(ms, 1), settings.sweepInterval().toMillis()))
            .orElse(settings.sweepInterval().toMillis());
        boolean woken = awaitWakeup(wait);
        // checked when idle only (a sweep that nothing woke): each look at the lease is a round trip
        if (!woken && !leases.stillHeld(LEASE) && leases.tryAcquire(LEASE) == Leases.Outcome.ELSEWHERE) {
          // the lease's session ended (a restart of the state database) and another instance took it meanwhile
          awaitLease();
        }
      } catch (RuntimeException e) {
        lastError.set(e.getClass().getSimpleName() + ": " + e.getMessage());
        log.warn("Dispatcher cycle failed; retrying in {} ms: {}", errorWait.toMillis(), e.toString());
        awaitWakeup(errorWait.toMillis());
        errorWait = errorWait.multipliedBy(2).compareTo(Duration.ofSeconds(30)) > 0
            ? Duration.ofSeconds(30) : errorWait.multipliedBy(2);
      }
    }
  }

  private void runAndRelease(Claim claim) {
    try {
      runner.run(claim);
    } catch (RuntimeException e) {
      // The state database failed while recording the outcome: the deliveries stay RUNNING in the
      // table and are re-queued at the next start; put them back now so they are not stuck until then.
      log.warn("Could not record the outcome of {} for {}: {}", claim.agent().name(), claim.handled().subject(), e.toString());
      try {
        deliveries.retryLater(claim, Instant.now().plus(settings.backoff().initial()), e.toString());
      } catch (RuntimeException again) {
        log.warn("Could not re-queue the delivery either; re-queueing it when the state database answers: {}",
            again.toString());
        unrecorded.add(claim);
      }
    } finally {
      slots.release();
      wake();
    }
  }

  /**
   * Puts back the claims left RUNNING in the table by a state database that failed mid-run. Throws while
   * the database is still away; the cycle then backs off and tries again.
   */
  private void requeueUnrecorded() {
    for (Claim claim = unrecorded.peek(); claim != null; claim = unrecorded.peek()) {
      deliveries.retryLater(claim, Instant.now(), "the outcome was lost when the state database failed");
      unrecorded.remove();
    }
  }

  /** Waits up to {@code millis} for a wake-up; returns whether one came. */
  private boolean awaitWakeup(long millis) {
    try {
      if (wakeups.tryAcquire(millis, TimeUnit.MILLISECONDS)) {
        wakeups.drainPermits();
        return true;
      }
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      running = false;
      return true;
    }
  }

  private static void joinQuietly(@Nullable Thread thread, Duration timeout) {
    if (thread == null) {
      return;
    }
    try {
      thread.join(timeout);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
