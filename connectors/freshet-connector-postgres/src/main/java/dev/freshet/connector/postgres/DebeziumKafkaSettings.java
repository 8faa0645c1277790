package dev.freshet.connector.postgres;

import dev.freshet.api.error.ConfigurationException;
import dev.freshet.api.source.ConfigOption;
import dev.freshet.api.source.SourceConfig;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;


/**
 * A {@code type: debezium-kafka} source's settings: where an existing Debezium (Kafka Connect, Debezium Server)
 * publishes a PostgreSQL database's changes, and the database itself, read to load documents as the embedded
 * connector does.
 *
 * @param database the database's connection and the collections, as for {@code type: postgres} (the replication
 *     settings there are unused: Debezium captures)
 * @param bootstrapServers the Kafka brokers
 * @param topicPrefix Debezium's {@code topic.prefix}: a table's changes are on {@code <prefix>.<schema>.<table>}
 */
record DebeziumKafkaSettings(PostgresSettings database, String bootstrapServers, String topicPrefix) {

  static final List<ConfigOption> OPTIONS = options();

  private static List<ConfigOption> options() {
    List<ConfigOption> options = new ArrayList<>(List.of(
        new ConfigOption("type", "debezium-kafka", null),
        new ConfigOption("bootstrap-servers", "The Kafka brokers the existing Debezium publishes to, host:port,...", null),
        new ConfigOption("topic-prefix", "Debezium's topic.prefix: a table's change events are read from <prefix>.<schema>.<table>, as Debezium names its topics by default.", null),
        new ConfigOption("host", "Host of the captured database, read to load documents.", "localhost"),
        new ConfigOption("port", "Port of the captured database.", "5432"),
        new ConfigOption("database", "Name of the captured database.", null),
        new ConfigOption("user", "A role that can read the mapped tables (no REPLICATION needed: Debezium captures).", "postgres"),
        new ConfigOption("password", "That role's password. Never logged or shown.", ""),
        new ConfigOption("subject-prefix", "First part of every subject, as in kb:public.articles:42.", "kb")));
    PostgresSettings.OPTIONS.stream().filter(o -> o.name().startsWith("collections.")).forEach(options::add);
    return List.copyOf(options);
  }

  static DebeziumKafkaSettings from(SourceConfig config) {
    String prefix = config.require("topic-prefix", "Set it to the topic.prefix of the Debezium connector that "
        + "captures the database, e.g. dbserver1");
    if (!prefix.matches("[a-zA-Z0-9._-]+")) {
      throw new ConfigurationException(config.property("topic-prefix"), "'" + prefix + "' is not a topic prefix",
          "Use letters, digits, dots, underscores and dashes, as Debezium's topic.prefix does");
    }
    return new DebeziumKafkaSettings(PostgresSettings.from(config),
        config.require("bootstrap-servers", "Set it to the Kafka brokers Debezium publishes to, e.g. kafka:9092"),
        prefix);
  }

  /** The topics of the captured tables ({@code schema.table}), as Debezium names them. */
  List<String> topics(Collection<String> tables) {
    return tables.stream().map(table -> topicPrefix + "." + table).sorted().toList();
  }

  @Override
  public String toString() {
    return "DebeziumKafkaSettings[" + database + ", topics " + topicPrefix + ".* on " + bootstrapServers + "]";
  }
}
