package dev.freshet.api.source;

import java.util.List;

/**
 * Creates connectors of one type. Providers are found with {@link java.util.ServiceLoader}: a connector
 * module lists its provider in {@code META-INF/services/dev.freshet.api.source.SourceConnectorProvider},
 * and every {@code freshet.sources.<id>.type} names a provider's {@link #type()}.
 */
public interface SourceConnectorProvider {

  /** The value of {@code freshet.sources.<id>.type} that selects this provider, e.g. {@code postgres}. */
  String type();

  /** The options this connector reads, for validation and the configuration reference. */
  List<ConfigOption> options();

  /**
   * Creates a connector for one configured source. Validates the configuration and throws {@link
   * dev.freshet.api.error.ConfigurationException} naming the property and the fix; does not connect.
   */
  SourceConnector create(SourceConfig config);
}
