package dev.freshet.core.kafka;

import java.time.Duration;
import java.util.Map;

/**
 * Where and how the Kafka transport runs.
 *
 * @param bootstrapServers the brokers, {@code host:port,...}
 * @param topic the topic of the events (created with {@code partitions} partitions when missing)
 * @param deadLetterTopic where events that became dead letters are published too, with the failure in headers
 * @param groupPrefix consumer groups are this prefix plus the agent's name: every agent sees every event, and the
 *     instances running an agent share its partitions
 * @param partitions partitions of the topics when Freshet creates them: the most instances one agent can spread
 *     over
 * @param replicationFactor replicas of the topics when Freshet creates them; -1 takes the broker's default
 * @param maxPollRecords records one consumer takes at a time: the most events an instance holds per agent
 * @param client further client settings (security, SASL, TLS), passed to every producer, consumer and admin
 *     client as they are
 */
public record KafkaSettings(String bootstrapServers, String topic, String deadLetterTopic, String groupPrefix,
    int partitions, short replicationFactor, int maxPollRecords, Map<String, String> client) {

  /** How long a poll waits for records before it looks at the worker's own state again (not a busy loop). */
  static final Duration POLL = Duration.ofMillis(500);

  public KafkaSettings {
    client = Map.copyOf(client);
  }

  String group(String agent) {
    return groupPrefix + agent;
  }
}
