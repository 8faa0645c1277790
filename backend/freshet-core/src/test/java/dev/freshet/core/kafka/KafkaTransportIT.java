package dev.freshet.core.kafka;

import dev.freshet.core.TransportFixture;
import dev.freshet.core.dispatch.Transport;
import dev.freshet.core.log.Handoff;
import dev.freshet.core.metrics.FreshetMetrics;
import dev.freshet.testkit.KafkaBroker;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/**
 * The Kafka transport keeps the transport contract against a broker in this JVM (KRaft, from the Kafka jars), with
 * two worker instances sharing the work where the contract asks for it. Each test has topics and groups of its own.
 */
class KafkaTransportIT extends TransportFixture {

  private static KafkaBroker broker;
  private static final AtomicInteger tests = new AtomicInteger();
  private KafkaSettings settings;

  @BeforeAll
  static void startBroker() {
    broker = KafkaBroker.start();
  }

  @AfterAll
  static void stopBroker() {
    broker.close();
  }

  @BeforeEach
  void ownTopics() {
    String name = "contract-" + tests.incrementAndGet();
    settings = new KafkaSettings(broker.bootstrapServers(), name, name + ".dlq", name + ".", 6, (short) 1, 50,
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
