package dev.freshet.app.sources;

import dev.freshet.api.error.ConfigurationException;
import dev.freshet.api.source.SourceConfig;
import dev.freshet.api.source.SourceConnector;
import dev.freshet.api.source.SourceConnectorProvider;
import dev.freshet.app.FreshetProperties;
import dev.freshet.app.embedded.EmbeddedPostgresServer;
import dev.freshet.core.source.SourceRegistry;
import dev.freshet.core.store.TextAnalyzer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeMap;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Creates a connector for every {@code freshet.sources.<id>} from the connector providers on the class
 * path ({@link ServiceLoader}). A source without a {@code host} uses the embedded PostgreSQL server.
 */
@Configuration(proxyBeanMethods = false)
class SourcesConfiguration {

  @Bean
  SourceRegistry sourceRegistry(FreshetProperties freshet, ObjectProvider<EmbeddedPostgresServer> embedded) {
    Map<String, SourceConnectorProvider> providers = new TreeMap<>();
    ServiceLoader.load(SourceConnectorProvider.class).forEach(p -> providers.put(p.type(), p));
    List<SourceConnector> connectors = new ArrayList<>();
    Map<String, String> analyzers = new HashMap<>();
    freshet.sources().forEach((id, raw) -> {
      Map<String, String> values = new HashMap<>(raw);
      if ("false".equalsIgnoreCase(values.getOrDefault("enabled", "true"))) {
        return;
      }
      String type = values.get("type");
      SourceConnectorProvider provider = type == null ? null : providers.get(type);
      if (provider == null) {
        throw new ConfigurationException("freshet.sources." + id + ".type",
            type == null ? "missing" : "no connector of type '" + type + "' is on the class path",
            "Set it to one of " + providers.keySet() + " (add the connector's jar for other types)");
      }
      EmbeddedPostgresServer server = embedded.getIfAvailable();
      if (server != null && !values.containsKey("host")) {
        values.put("host", "localhost");
        values.put("port", Integer.toString(server.port()));
        values.putIfAbsent("user", EmbeddedPostgresServer.USER);
      }
      SourceConfig config = new SourceConfig(id, values);
      config.optional("analyzer").ifPresent(analyzer -> analyzers.put(id, analyzer(config, analyzer)));
      connectors.add(provider.create(config));
    });
    return new SourceRegistry(connectors, analyzers);
  }

  /** A source's keyword analyzer, checked: every source may set one, whatever its connector. */
  private static String analyzer(SourceConfig config, String analyzer) {
    try {
      return TextAnalyzer.of(analyzer).id();
    } catch (IllegalArgumentException e) {
      throw new ConfigurationException(config.property("analyzer"), e.getMessage(),
          "Set one of " + TextAnalyzer.ids() + " (english by default), or remove it");
    }
  }
}
