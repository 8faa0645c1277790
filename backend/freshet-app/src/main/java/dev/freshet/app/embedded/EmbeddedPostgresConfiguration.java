package dev.freshet.app.embedded;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.freshet.app.FreshetProperties;
import javax.sql.DataSource;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** In the embedded default, starts PostgreSQL and points the state {@link DataSource} at it. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "freshet.embedded-postgres", name = "enabled", havingValue = "true", matchIfMissing = true)
class EmbeddedPostgresConfiguration {

  @Bean(destroyMethod = "close")
  EmbeddedPostgresServer embeddedPostgresServer(FreshetProperties freshet, EmbeddedPostgresProperties properties) {
    return EmbeddedPostgresServer.start(freshet.dataDir().resolve("postgres"), properties.port(), properties.demo());
  }

  @Bean(destroyMethod = "close")
  DataSource dataSource(EmbeddedPostgresServer server) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(server.jdbcUrl(EmbeddedPostgresServer.STATE_DATABASE));
    config.setUsername(EmbeddedPostgresServer.USER);
    config.setPoolName("freshet-state");
    config.setMaximumPoolSize(16);
    return new HikariDataSource(config);
  }
}
