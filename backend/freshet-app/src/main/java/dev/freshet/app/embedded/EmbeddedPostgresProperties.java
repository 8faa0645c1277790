package dev.freshet.app.embedded;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The embedded PostgreSQL server of the embedded default. It holds the state database
 * ({@code freshet}) and, with {@code demo} on, a demo source database seeded with a knowledge base.
 *
 * @param enabled start an embedded server; turn off to use an external state database
 *     ({@code spring.datasource.*})
 * @param port port on localhost; 0 picks a free one
 * @param demo create and seed the {@code demo} database on first start
 */
@ConfigurationProperties("freshet.embedded-postgres")
public record EmbeddedPostgresProperties(
    @DefaultValue("true") boolean enabled,
    @DefaultValue("15432") int port,
    @DefaultValue("true") boolean demo) {}
