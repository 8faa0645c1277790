package dev.freshet.core.dispatch;

import dev.freshet.api.agent.Agent;
import dev.freshet.api.agent.AgentOutcome;
import dev.freshet.api.error.PermanentException;
import dev.freshet.api.error.RetryableException;
import dev.freshet.api.error.UnavailableException;
import dev.freshet.api.event.ChangeEvent;
import dev.freshet.core.log.EventLog;
import dev.freshet.core.metrics.FreshetMetrics;
import dev.freshet.core.trace.TraceStep;
import dev.freshet.core.trace.Traces;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import java.util.function.BooleanSupplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionTemplate;

/** Runs one claim: calls the agent, then records the outcome, its events and its trace atomically. */
final class DeliveryRunner {

  private static final Logger log = LoggerFactory.getLogger(DeliveryRunner.class);
  private static final int MAX_MESSAGE = 2000;
  /** The longest wait of a delivery during an outage, so work resumes soon after the dependency does. */
  static final Duration OUTAGE_MAX_WAIT = Duration.ofSeconds(30);

  private final DeliveryStore deliveries;
  private final TransactionTemplate tx;
  private final EventLog eventLog;
  private final Traces traces;
  private final DispatcherSettings settings;
  private final FreshetMetrics metrics;
  private final BiFunction<ChangeEvent, Agent, ChangeEvent> upcast;
  private final BooleanSupplier stopping;
  /** Consecutive deliveries failed by an outage, across agents; reset by any success. */
  private final AtomicInteger outageStreak = new AtomicInteger();

  /** @param stopping whether the dispatcher is shutting down: a failure then is not the delivery's */
  DeliveryRunner(DeliveryStore deliveries, TransactionTemplate tx, EventLog eventLog, Traces traces,
      DispatcherSettings settings, FreshetMetrics metrics, BiFunction<ChangeEvent, Agent, ChangeEvent> upcast,
      BooleanSupplier stopping) {
    this.upcast = upcast;
    this.stopping = stopping;
    this.deliveries = deliveries;
    this.tx = tx;
    this.eventLog = eventLog;
    this.traces = traces;
    this.settings = settings;
    this.metrics = metrics;
  }

  void run(Claim claim) {
    StageRecorder context = new StageRecorder(claim);
    Instant start = Instant.now();
    AgentOutcome outcome;
    try {
      ChangeEvent handled = claim.handled();
      if (needsUpcasting(claim)) {
        List<ChangeEvent> asked = context.stage("upcast",
            () -> claim.events().stream().map(e -> upcast.apply(e, claim.agent())).toList());
        context.coalesced(asked.subList(0, asked.size() - 1));
        handled = asked.getLast();
      }
      outcome = claim.agent().handle(handled, context);
    } catch (RuntimeException | Error failure) {
      if (failure instanceof VirtualMachineError fatal) {
        throw fatal;
      }
      failed(claim, context, start, failure);
      return;
    }
    succeeded(claim, context, start, outcome);
  }

  /** Whether the agent asks for a newer version of any of the claim's events than it was written with. */
  private static boolean needsUpcasting(Claim claim) {
    Map<String, Integer> wanted = claim.agent().eventVersions();
    return !wanted.isEmpty() && claim.events().stream()
        .anyMatch(e -> wanted.getOrDefault(e.type(), e.version()) > e.version());
  }

  private void succeeded(Claim claim, StageRecorder context, Instant start, AgentOutcome outcome) {
    Instant end = Instant.now();
    int outageFailures = outageStreak.getAndSet(0);
    if (outageFailures > 0) {
      log.info("{} works again after an outage ({} deliveries put back meanwhile)", claim.agent().name(), outageFailures);
    }
    ChangeEvent handled = claim.handled();
    List<ChangeEvent> emitted = new ArrayList<>();
    Map<String, @Nullable Object> detail = new LinkedHashMap<>();
    String result;
    switch (outcome) {
      case AgentOutcome.Completed done -> {
        result = "DONE";
        detail.putAll(done.stats());
        for (int i = 0; i < done.emitted().size(); i++) {
          emitted.add(toEvent(claim, done.emitted().get(i), i, end));
        }
      }
      case AgentOutcome.Skipped skipped -> {
        result = "SKIPPED";
        detail.put("reason", skipped.reason());
      }
    }
    detail.put("coalesced", claim.coalesced().size());
    List<TraceStep> steps = steps(claim, context, start, end, result, null, null, detail);
    // the loop guard: only events some agent handles can go on; the indexer's document.indexed is not counted
    if (emitted.stream().anyMatch(e -> eventLog.hasSubscribers(e.type()))) {
      int hops = eventLog.hops(handled.id(), settings.maxHops()) + 1;
      if (hops > settings.maxHops()) {
        steps.add(loopCut(claim, emitted, hops, end));
        log.warn("Loop guard: {} on {} emitted {} event(s) {} hops from their root (limit {}, "
            + "freshet.dispatcher.max-hops); they were not appended. Correlation id {}", claim.agent().name(),
            handled.subject(), emitted.size(), hops, settings.maxHops(), handled.correlationId());
        metrics.loopCut(claim.agent().name());
        emitted.clear();
      }
    }
    eventLog.appendWith(emitted, steps, DeliveryStore.finishing(claim, result));
    metrics.deliveryFinished(claim.agent().name(), result, Duration.between(start, end));
  }

  private void failed(Claim claim, StageRecorder context, Instant start, Throwable failure) {
    Instant end = Instant.now();
    if (stopping.getAsBoolean()) {
      // interrupted by the shutdown, or by a source closing under it: not an attempt; run again after the start
      deliveries.release(claim, end, null);
      log.debug("{} on {} interrupted by the shutdown; it runs again after the next start: {}", claim.agent().name(),
          claim.handled().subject(), failure.toString());
      return;
    }
    String type = failure.getClass().getName();
    String message = truncate(failure.getMessage() == null ? failure.toString() : failure.getMessage());
    boolean permanent = failure instanceof PermanentException;
    Map<String, @Nullable Object> detail = new LinkedHashMap<>();
    detail.put("stage", context.failedStage());
    detail.put("coalesced", claim.coalesced().size());
    if (failure instanceof UnavailableException outage) {
      waitOutOutage(claim, context, start, end, outage, type, message, detail);
      return;
    }
    if (!permanent && claim.attempt() < settings.maxAttempts()) {
      Duration wait = failure instanceof RetryableException r && r.retryAfter().isPresent()
          ? r.retryAfter().get()
          : settings.backoff().delay(claim.attempt(), ThreadLocalRandom.current());
      detail.put("retryInMillis", wait.toMillis());
      List<TraceStep> steps = steps(claim, context, start, end, "RETRY", type, message, detail);
      tx.executeWithoutResult(status -> {
        deliveries.retryLater(claim, end.plus(wait), type + ": " + message);
        traces.write(steps);
      });
      log.debug("{} failed on {} (attempt {}), retrying in {} ms: {}", claim.agent().name(),
          claim.handled().subject(), claim.attempt(), wait.toMillis(), message);
      metrics.deliveryFinished(claim.agent().name(), "RETRY", Duration.between(start, end));
      return;
    }
    List<TraceStep> steps = steps(claim, context, start, end, "DEAD", type, message, detail);
    tx.executeWithoutResult(status -> {
      long id = deliveries.deadLetter(claim, context.failedStage(), type, message);
      steps.replaceAll(s -> s.step().equals("agent.attempt") ? withDeadLetter(s, id) : s);
      traces.write(steps);
    });
    log.warn("{} gave up on {} after {} attempt(s) at stage {}: {}: {}", claim.agent().name(),
        claim.handled().subject(), claim.attempt(), context.failedStage(), type, message);
    metrics.deliveryFinished(claim.agent().name(), "DEAD", Duration.between(start, end));
  }

  /**
   * A dependency every delivery needs is down: the delivery goes back without counting the attempt and waits
   * with backoff (growing with the outage's consecutive failures, at most {@link #OUTAGE_MAX_WAIT}, so work
   * resumes soon after the dependency does), however long the outage lasts.
   */
  private void waitOutOutage(Claim claim, StageRecorder context, Instant start, Instant end,
      UnavailableException outage, String type, String message, Map<String, @Nullable Object> detail) {
    int streak = outageStreak.incrementAndGet();
    if (streak == 1) {
      log.warn("{} is waiting for an outage to end; deliveries are put back without counting attempts: {}",
          claim.agent().name(), message);
    }
    Duration backoff = settings.backoff().delay(streak, ThreadLocalRandom.current());
    Duration wait = outage.retryAfter().orElse(backoff.compareTo(OUTAGE_MAX_WAIT) > 0 ? OUTAGE_MAX_WAIT : backoff);
    detail.put("retryInMillis", wait.toMillis());
    detail.put("unavailable", true);
    detail.put("attemptCounted", false);
    List<TraceStep> steps = steps(claim, context, start, end, "RETRY", type, message, detail);
    tx.executeWithoutResult(status -> {
      deliveries.release(claim, end.plus(wait), type + ": " + message);
      traces.write(steps);
    });
    metrics.deliveryFinished(claim.agent().name(), "RETRY", Duration.between(start, end));
  }

  /** The trace's record of a cut chain: what the agent emitted, and why it went no further. */
  private TraceStep loopCut(Claim claim, List<ChangeEvent> dropped, int hops, Instant at) {
    ChangeEvent e = claim.handled();
    Map<String, @Nullable Object> detail = new LinkedHashMap<>();
    detail.put("reason", "the loop guard cut the chain: " + hops + " hops from its root, the limit is "
        + settings.maxHops() + " (freshet.dispatcher.max-hops)");
    detail.put("hops", hops);
    detail.put("maxHops", settings.maxHops());
    detail.put("dropped", dropped.stream().limit(20).map(d -> d.type() + "/" + d.version() + " " + d.subject())
        .toList());
    detail.put("droppedCount", dropped.size());
    return new TraceStep(0, e.correlationId(), e.id(), e.subject(), claim.agent().name(), "loop.cut",
        claim.attempt(), "CUT", at, at, null, null, detail);
  }

  private static TraceStep withDeadLetter(TraceStep s, long deadLetterId) {
    Map<String, @Nullable Object> detail = new LinkedHashMap<>(s.detail());
    detail.put("deadLetterId", deadLetterId);
    return new TraceStep(0, s.correlationId(), s.eventId(), s.subject(), s.agent(), s.step(), s.attempt(),
        s.outcome(), s.startedAt(), s.endedAt(), s.errorType(), s.errorMessage(), detail);
  }

  private static List<TraceStep> steps(Claim claim, StageRecorder context, Instant start, Instant end, String outcome,
      @Nullable String errorType, @Nullable String errorMessage, Map<String, @Nullable Object> detail) {
    ChangeEvent e = claim.handled();
    String agent = claim.agent().name();
    List<TraceStep> steps = new ArrayList<>();
    for (StageRecorder.Stage stage : context.stages()) {
      steps.add(new TraceStep(0, e.correlationId(), e.id(), e.subject(), agent, "stage." + stage.name(),
          claim.attempt(), stage.failed() ? "FAILED" : "OK", stage.startedAt(), stage.endedAt(), null, null, Map.of()));
    }
    steps.add(new TraceStep(0, e.correlationId(), e.id(), e.subject(), agent, "agent.attempt", claim.attempt(),
        outcome, start, end, errorType, errorMessage, detail));
    if (outcome.equals("DONE") || outcome.equals("SKIPPED") || outcome.equals("DEAD")) {
      for (ChangeEvent older : claim.coalesced()) {
        steps.add(new TraceStep(0, older.correlationId(), older.id(), older.subject(), agent, "agent.attempt",
            claim.attempt(), outcome.equals("DEAD") ? "DEAD" : "COALESCED", start, end, errorType, errorMessage,
            Map.of("into", e.id(), "intoCorrelationId", e.correlationId())));
      }
    }
    return steps;
  }

  private static ChangeEvent toEvent(Claim claim, AgentOutcome.Emitted emitted, int index, Instant now) {
    ChangeEvent cause = claim.handled();
    String idSeed = cause.id() + "/" + claim.agent().name() + "/" + index;
    return new ChangeEvent(UUID.nameUUIDFromBytes(idSeed.getBytes(StandardCharsets.UTF_8)).toString(),
        "agent:" + claim.agent().name(), emitted.type().name(), emitted.type().version(), emitted.subject(),
        emitted.operation(), now, cause.correlationId(), cause.id(), cause.position(), emitted.data());
  }

  private static String truncate(String message) {
    return message.length() <= MAX_MESSAGE ? message : message.substring(0, MAX_MESSAGE) + "…";
  }
}
