package dev.freshet.connector.notion;

import dev.freshet.api.source.ConfigOption;
import dev.freshet.api.source.SourceConfig;
import dev.freshet.api.source.SourceConnector;
import dev.freshet.api.source.SourceConnectorProvider;
import java.util.List;

/** Creates {@code type: notion} sources. Listed in {@code META-INF/services}. */
public final class NotionConnectorProvider implements SourceConnectorProvider {

  @Override
  public String type() {
    return "notion";
  }

  @Override
  public List<ConfigOption> options() {
    return NotionSettings.OPTIONS;
  }

  @Override
  public SourceConnector create(SourceConfig config) {
    return new NotionConnector(NotionSettings.from(config));
  }
}
