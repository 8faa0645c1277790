package dev.freshet.core.kafka;

import dev.freshet.core.TransportFixture;
import dev.freshet.core.dispatch.Transport;
import dev.freshet.core.log.Handoff;
import dev.freshet.core.metrics.FreshetMetrics;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;

/** The Kafka transport under the transport contract, on some broker; each test has topics and groups of its own. */
abstract class KafkaTransportFixture extends TransportFixture {

  private static final AtomicInteger tests = new AtomicInteger();
  private KafkaSettings settings;

  /** The broker's {@code host:port}. */
  protected abstract String bootstrapServers();

  @BeforeEach
  void ownTopics() {
    String name = "contract-" + getClass().getSimpleName() + "-" + tests.incrementAndGet();
    settings = new KafkaSettings(bootstrapServers(), name, name + ".dlq", name + ".", 6, (short) 1, 50, Map.of());
  }

  @Override
  protected Handoff handoff() {
    return Handoff.OUTBOX;
  }

  @Override
  protected Transport newTransport() {
    return new KafkaTransport(settings, stateDatabase(), tx, registry, eventLog, traces, SETTINGS,
        FreshetMetrics.noop(), schemas::forAgent);
  }

  @Override
  protected void kill(Transport transport) {
    ((KafkaTransport) transport).abandon();
  }

  @Override
  protected boolean severalWorkersShareTheWork() {
    return true;
  }
}
