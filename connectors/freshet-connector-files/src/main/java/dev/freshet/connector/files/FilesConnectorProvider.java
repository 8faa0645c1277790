package dev.freshet.connector.files;

import dev.freshet.api.source.ConfigOption;
import dev.freshet.api.source.SourceConfig;
import dev.freshet.api.source.SourceConnector;
import dev.freshet.api.source.SourceConnectorProvider;
import java.util.List;

/** Creates {@code type: files} sources. Listed in {@code META-INF/services}. */
public final class FilesConnectorProvider implements SourceConnectorProvider {

  @Override
  public String type() {
    return "files";
  }

  @Override
  public List<ConfigOption> options() {
    return FilesSettings.OPTIONS;
  }

  @Override
  public SourceConnector create(SourceConfig config) {
    return new FilesConnector(FilesSettings.from(config));
  }
}
