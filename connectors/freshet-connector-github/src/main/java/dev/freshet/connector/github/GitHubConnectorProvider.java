package dev.freshet.connector.github;

import dev.freshet.api.source.ConfigOption;
import dev.freshet.api.source.SourceConfig;
import dev.freshet.api.source.SourceConnector;
import dev.freshet.api.source.SourceConnectorProvider;
import java.util.List;

/** Creates {@code type: github} sources. Listed in {@code META-INF/services}. */
public final class GitHubConnectorProvider implements SourceConnectorProvider {

  @Override
  public String type() {
    return "github";
  }

  @Override
  public List<ConfigOption> options() {
    return GitHubSettings.OPTIONS;
  }

  @Override
  public SourceConnector create(SourceConfig config) {
    return new GitHubConnector(GitHubSettings.from(config));
  }
}
