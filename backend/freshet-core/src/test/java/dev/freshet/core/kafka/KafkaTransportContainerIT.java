package dev.freshet.core.kafka;

import dev.freshet.core.TransportFixture;
import dev.freshet.core.dispatch.Transport;
import dev.freshet.core.log.Handoff;
import dev.freshet.core.metrics.FreshetMetrics;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.kafka.KafkaContainer;

/**
 * The Kafka transport's contract against the broker image docker-compose.yml runs ({@code apache/kafka}), on hosts
 * with Docker; skipped where there is none ({@link KafkaTransportIT} runs the same suite against a broker in the
 * test's JVM).
 */
@Testcontainers(disabledWithoutDocker = true)
class KafkaTransportContainerIT extends TransportFixture {

  @Container
  static final KafkaContainer kafka = new KafkaContainer("apache/kafka:4.1.0");

  private static final AtomicInteger tests = new AtomicInteger();
  private KafkaSettings settings;

  @BeforeEach
  void ownTopics() {
    String name = "container-contract-" + tests.incrementAndGet();
    settings = new KafkaSettings(kafka.getBootstrapServers(), name, name + ".dlq", name + ".", 6, (short) 1, 50,
        Map.of());
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
