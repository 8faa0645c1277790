package dev.freshet.testkit;

import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;

/**
 * A Kafka broker in this JVM, from the Kafka jars: one node in KRaft mode (controller and broker combined), its
 * logs in a temporary directory deleted on close. No Docker needed. Starts in about three seconds.
 *
 * <p>A module that uses it declares {@code org.apache.kafka:kafka_2.13} (without {@code log4j-core}) and {@code
 * org.apache.kafka:kafka-test-common-runtime} in test scope: the testkit has them as optional dependencies only, so
 * connector modules do not carry a broker.
 */
public final class KafkaBroker implements AutoCloseable {

  private final KafkaClusterTestKit cluster;

  private KafkaBroker(KafkaClusterTestKit cluster) {
    this.cluster = cluster;
  }

  /** Formats and starts the node; returns once it takes requests. */
  public static KafkaBroker start() {
    try {
      KafkaClusterTestKit cluster = new KafkaClusterTestKit.Builder(new TestKitNodes.Builder()
          .setCombined(true).setNumBrokerNodes(1).setNumControllerNodes(1).build())
          .setConfigProp("offsets.topic.replication.factor", "1")
          .setConfigProp("offsets.topic.num.partitions", "4")
          .setConfigProp("transaction.state.log.replication.factor", "1")
          // a test's consumers join at once: the 3 s a production broker waits for more members is only latency here
          .setConfigProp("group.initial.rebalance.delay.ms", "0")
          .build();
      cluster.format();
      cluster.startup();
      cluster.waitForReadyBrokers();
      return new KafkaBroker(cluster);
    } catch (Exception e) {
      throw new IllegalStateException("could not start the in-process Kafka broker: " + e, e);
    }
  }

  /** {@code host:port} of the broker, for {@code bootstrap.servers}. */
  public String bootstrapServers() {
    return cluster.bootstrapServers();
  }

  @Override
  public void close() {
    try {
      cluster.close();
    } catch (Exception e) {
      throw new IllegalStateException("could not stop the in-process Kafka broker: " + e, e);
    }
  }
}
