package dev.freshet.core.kafka;

import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.kafka.KafkaContainer;

/**
 * The Kafka transport's contract against the broker image docker-compose.yml runs ({@code apache/kafka}), on hosts
 * with Docker; skipped where there is none ({@link KafkaTransportIT} runs the same suite against a broker in the
 * test's JVM).
 */
@Testcontainers(disabledWithoutDocker = true)
class KafkaTransportContainerIT extends KafkaTransportFixture {

  @Container
  static final KafkaContainer kafka = new KafkaContainer("apache/kafka:4.1.0");

  @Override
  protected String bootstrapServers() {
    return kafka.getBootstrapServers();
  }
}
