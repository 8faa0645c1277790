package dev.freshet.core.config;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The vector store.
 *
 * @param lucenePath directory of the embedded Lucene indexes, one subdirectory per index generation
 *     ({@code g1}, {@code g2}, ...)
 */
@ConfigurationProperties("freshet.store")
public record StoreProperties(@DefaultValue("freshet-data/index") Path lucenePath) {}
