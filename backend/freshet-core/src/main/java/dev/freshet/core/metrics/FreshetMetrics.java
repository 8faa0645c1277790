package dev.freshet.core.metrics;

import dev.freshet.api.event.ChangeEvent;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;

/**
 * Freshet's meters, exposed at {@code /actuator/prometheus}:
 *
 * <ul>
 *   <li>{@code freshet_events_appended_total{source,type}}: events in;
 *   <li>{@code freshet_deliveries_total{agent,outcome}}: deliveries out (DONE, SKIPPED, RETRY, DEAD);
 *   <li>{@code freshet_dead_letters_total{agent}}: deliveries that became dead letters, and
 *       {@code freshet_dead_letters_open}: those not yet retried or discarded;
 *   <li>{@code freshet_backlog}: open deliveries;
 *   <li>{@code freshet_embeddings_total}: chunks embedded, and {@code freshet_embedding_seconds};
 *   <li>{@code freshet_freshness_seconds}: source commit to searchable, as a histogram.
 * </ul>
 */
public class FreshetMetrics {

  private final MeterRegistry registry;
  private final Timer freshness;
  private final Counter embeddings;
  private final Timer embeddingTime;

  public FreshetMetrics(MeterRegistry registry) {
    this.registry = registry;
    this.freshness = Timer.builder("freshet.freshness")
        .description("Time from the change at the source (commit, delivery) until it is searchable")
        .publishPercentileHistogram()
        .minimumExpectedValue(Duration.ofMillis(1))
        .maximumExpectedValue(Duration.ofMinutes(10))
        .register(registry);
    this.embeddings = Counter.builder("freshet.embeddings").description("Chunks embedded").register(registry);
    this.embeddingTime = Timer.builder("freshet.embedding").description("Time spent in the embedding model")
        .register(registry);
  }

  /** Meters that go nowhere, for tests and tools. */
  public static FreshetMetrics noop() {
    return new FreshetMetrics(new SimpleMeterRegistry());
  }

  public void eventsAppended(List<ChangeEvent> events) {
    for (ChangeEvent e : events) {
      registry.counter("freshet.events.appended", "source", e.source(), "type", e.type()).increment();
    }
  }

  public void deliveryFinished(String agent, String outcome, Duration took) {
    registry.timer("freshet.deliveries", "agent", agent, "outcome", outcome).record(took);
    if (outcome.equals("DEAD")) {
      registry.counter("freshet.dead.letters", "agent", agent).increment();
    }
  }

  /** The loop guard cut a causal chain: an agent's events were not appended. */
  public void loopCut(String agent) {
    registry.counter("freshet.loop.cuts", "agent", agent).increment();
  }

  public void embedded(int chunks, Duration took) {
    embeddings.increment(chunks);
    embeddingTime.record(took);
  }

  public void searchable(Duration sinceSourceChange) {
    freshness.record(sinceSourceChange.isNegative() ? Duration.ZERO : sinceSourceChange);
  }

  public void backlogGauge(Supplier<Number> backlog) {
    Gauge.builder("freshet.backlog", backlog).description("Events waiting for an agent: open deliveries; with Kafka, the outbox and the consumer groups' lag").register(registry);
  }

  public void openDeadLettersGauge(Supplier<Number> open) {
    Gauge.builder("freshet.dead.letters.open", open).description("Dead letters waiting for an operator")
        .register(registry);
  }
}
