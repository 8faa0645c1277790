package dev.freshet.core.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.freshet.api.agent.Agent;
import dev.freshet.api.agent.AgentContext;
import dev.freshet.api.agent.AgentOutcome;
import dev.freshet.api.event.ChangeEvent;
import dev.freshet.api.event.EventSchema;
import dev.freshet.core.TransportFixture;
import dev.freshet.core.log.Handoff;
import dev.freshet.core.metrics.FreshetMetrics;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

/**
 * The embedded transport (delivery rows, the dispatcher) keeps the transport contract; one worker at a time, the
 * others standing by for the dispatcher's lease.
 */
class PostgresTransportIT extends TransportFixture {

  @Test
  void aSecondInstanceStandsByAndTakesOverWhenTheFirstStops() {
    Counting agent = new Counting();
    pipeline(List.of(agent));
    Dispatcher first = (Dispatcher) newTransport();
    Dispatcher second = (Dispatcher) newTransport();
    try {
      first.start(true);
      second.start(true);
      await().atMost(Duration.ofSeconds(10)).until(second::standingBy);
      append(List.of(change("lease:a", 1)));
      await().atMost(Duration.ofSeconds(10)).until(() -> agent.handledBy.containsKey("lease:a#1"));

      first.stop(Duration.ofSeconds(5));
      append(List.of(change("lease:b", 1)));

      await().atMost(Duration.ofSeconds(20)).until(() -> agent.handledBy.containsKey("lease:b#1"));
      assertThat(second.standingBy()).isFalse();
      assertThat(agent.handledBy).containsEntry("lease:a#1", 1).containsEntry("lease:b#1", 1);
    } finally {
      first.stop(Duration.ofSeconds(5));
      second.stop(Duration.ofSeconds(5));
    }
  }

  /** Counts its runs per event. */
  private static final class Counting implements Agent {
    final Map<String, Integer> handledBy = new ConcurrentHashMap<>();

    @Override
    public String name() {
      return "counting";
    }

    @Override
    public Set<String> eventTypes() {
      return Set.of(CHANGED.name());
    }

    @Override
    public List<EventSchema> eventSchemas() {
      return List.of(schema(CHANGED));
    }

    @Override
    public AgentOutcome handle(ChangeEvent event, AgentContext context) {
      handledBy.merge(event.id(), 1, Integer::sum);
      return AgentOutcome.completed(List.of(), Map.of());
    }
  }

  @Override
  protected Handoff handoff() {
    return Handoff.DELIVERIES;
  }

  @Override
  protected Transport newTransport() {
    return new Dispatcher(stateDatabase(), tx, registry, eventLog, traces, SETTINGS, FreshetMetrics.noop(),
        schemas::forAgent);
  }

  @Override
  protected void kill(Transport transport) {
    transport.stop(Duration.ZERO);
  }

}
