package dev.freshet.connector.postgres;

import dev.freshet.api.source.ConfigOption;
import dev.freshet.api.source.SourceConfig;
import dev.freshet.api.source.SourceConnector;
import dev.freshet.api.source.SourceConnectorProvider;
import java.util.List;

/**
 * Creates {@code type: debezium-kafka} sources: a PostgreSQL database that an existing Debezium already captures into
 * Kafka. Listed in {@code META-INF/services}.
 */
public final class DebeziumKafkaConnectorProvider implements SourceConnectorProvider {

  @Override
  public String type() {
    return "debezium-kafka";
  }

  @Override
  public List<ConfigOption> options() {
    return DebeziumKafkaSettings.OPTIONS;
  }

  @Override
  public SourceConnector create(SourceConfig config) {
    return new DebeziumKafkaConnector(DebeziumKafkaSettings.from(config));
  }
}
