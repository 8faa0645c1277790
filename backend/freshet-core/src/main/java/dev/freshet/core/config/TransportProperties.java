package dev.freshet.core.config;

import dev.freshet.api.error.ConfigurationException;
import dev.freshet.core.kafka.KafkaSettings;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How events travel from the log to the agents.
 *
 * @param type {@code postgres} (the embedded default: delivery rows in the state database, one worker instance) or
 *     {@code kafka} (a topic keyed by subject; agents in consumer groups, so several worker instances share the work)
 * @param kafka the Kafka transport's brokers, topics and client settings
 */
@ConfigurationProperties("freshet.transport")
public record TransportProperties(@DefaultValue("postgres") String type, @DefaultValue Kafka kafka) {

  public static final String POSTGRES = "postgres";
  public static final String KAFKA = "kafka";

  public TransportProperties {
    if (!type.equals(POSTGRES) && !type.equals(KAFKA)) {
      throw new ConfigurationException("freshet.transport.type", "unknown transport '" + type + "'",
          "Set it to postgres (the embedded default) or kafka");
    }
    if (type.equals(KAFKA) && (kafka.bootstrapServers() == null || kafka.bootstrapServers().isBlank())) {
      throw new ConfigurationException("freshet.transport.kafka.bootstrap-servers", "is not set",
          "Set it to the Kafka brokers (host:port,...), e.g. FRESHET_TRANSPORT_KAFKA_BOOTSTRAP_SERVERS=kafka:9092");
    }
  }

  /**
   * The Kafka transport.
   *
   * @param bootstrapServers the brokers, {@code host:port,...}
   * @param topic the events' topic; created when missing
   * @param deadLetterTopic where each dead letter is copied, with the agent, dead letter id, stage and error type
   *     in headers ({@code freshet-agent}, {@code freshet-dead-letter-id}, ...); the state database keeps the dead
   *     letters themselves, for the console
   * @param groupPrefix consumer group of an agent: this prefix and the agent's name
   * @param partitions partitions of the topics Freshet creates: the most worker instances one agent spreads over
   * @param replicationFactor replicas of the topics Freshet creates; -1 takes the broker's default
   * @param maxPollRecords records a worker takes at a time, per agent
   * @param properties further Kafka client settings (TLS, SASL), given to every client as they are; values are
   *     never logged by Freshet (Kafka's own logging hides password-typed settings)
   */
  public record Kafka(@Nullable String bootstrapServers, @DefaultValue("freshet.events") String topic,
      @DefaultValue("freshet.events.dlq") String deadLetterTopic, @DefaultValue("freshet.") String groupPrefix,
      @DefaultValue("12") int partitions, @DefaultValue("-1") short replicationFactor,
      @DefaultValue("500") int maxPollRecords, @DefaultValue Map<String, String> properties) {

    private static final Pattern TOPIC = Pattern.compile("[a-zA-Z0-9._-]{1,249}");

    public Kafka {
      properties = properties == null ? Map.of() : Map.copyOf(properties);
      for (String[] named : new String[][] {{"topic", topic}, {"dead-letter-topic", deadLetterTopic}}) {
        if (!TOPIC.matcher(named[1]).matches()) {
          throw new ConfigurationException("freshet.transport.kafka." + named[0], "'" + named[1]
              + "' is not a Kafka topic name", "Use up to 249 letters, digits, dots, underscores and dashes");
        }
      }
      if (topic.equals(deadLetterTopic)) {
        throw new ConfigurationException("freshet.transport.kafka.dead-letter-topic", "is the events' topic",
            "Give dead letters a topic of their own, e.g. " + topic + ".dlq");
      }
      if (partitions < 1 || maxPollRecords < 1) {
        throw new ConfigurationException("freshet.transport.kafka.partitions", "partitions and max-poll-records "
            + "must be 1 or more", "Set partitions to the most worker instances you plan, e.g. 12");
      }
    }

    KafkaSettings toSettings() {
      return new KafkaSettings(bootstrapServers == null ? "" : bootstrapServers, topic, deadLetterTopic, groupPrefix,
          partitions, replicationFactor, maxPollRecords, properties);
    }

    /** Hides the client settings' values (they may hold SASL passwords) from logs and error messages. */
    @Override
    public String toString() {
      return "Kafka[bootstrapServers=" + bootstrapServers + ", topic=" + topic + ", deadLetterTopic="
          + deadLetterTopic + ", groupPrefix=" + groupPrefix + ", partitions=" + partitions + ", properties="
          + properties.keySet() + "]";
    }
  }
}
