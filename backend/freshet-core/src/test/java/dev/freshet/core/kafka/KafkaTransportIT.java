package dev.freshet.core.kafka;

import dev.freshet.testkit.KafkaBroker;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The Kafka transport keeps the transport contract against a broker in this JVM (KRaft, from the Kafka jars), with
 * two worker instances sharing the work where the contract asks for it.
 */
class KafkaTransportIT extends KafkaTransportFixture {

  private static KafkaBroker broker;

  @BeforeAll
  static void startBroker() {
    broker = KafkaBroker.start();
  }

  @AfterAll
  static void stopBroker() {
    broker.close();
  }

  @Override
  protected String bootstrapServers() {
    return broker.bootstrapServers();
  }
}
