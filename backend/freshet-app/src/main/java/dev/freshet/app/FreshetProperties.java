package dev.freshet.app;

import java.nio.file.Path;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Freshet's top-level settings.
 *
 * @param dataDir directory for everything Freshet stores in the embedded default: the PostgreSQL data
 *     directory, the Lucene index and the generated admin password
 * @param sources the sources to capture, by source id; each has a {@code type} (e.g. {@code postgres})
 *     and that type's options (see docs/configuration.md)
 */
@ConfigurationProperties("freshet")
public record FreshetProperties(
    @DefaultValue("freshet-data") Path dataDir,
    @DefaultValue Map<String, Map<String, String>> sources) {}
