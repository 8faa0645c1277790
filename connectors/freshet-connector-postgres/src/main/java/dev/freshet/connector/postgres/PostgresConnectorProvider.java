package dev.freshet.connector.postgres;

import dev.freshet.api.source.ConfigOption;
import dev.freshet.api.source.SourceConfig;
import dev.freshet.api.source.SourceConnector;
import dev.freshet.api.source.SourceConnectorProvider;
import java.util.List;

/** Creates {@code type: postgres} sources. Listed in {@code META-INF/services}. */
public final class PostgresConnectorProvider implements SourceConnectorProvider {

  @Override
  public String type() {
    return "postgres";
  }

  @Override
  public List<ConfigOption> options() {
    return PostgresSettings.OPTIONS;
  }

  @Override
  public SourceConnector create(SourceConfig config) {
    return new PostgresConnector(PostgresSettings.from(config));
  }
}
