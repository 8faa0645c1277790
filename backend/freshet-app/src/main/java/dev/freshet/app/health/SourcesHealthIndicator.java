package dev.freshet.app.health;

import dev.freshet.api.source.SourceStatus;
import dev.freshet.core.config.RoleProperties;
import dev.freshet.core.source.SourceRegistry;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * {@code /actuator/health} component {@code sources}: UP when every source is running (here, or on another instance
 * while this one stands by), with each source's state and replication slot (active, lag in bytes, WAL status); on an
 * instance without the {@code sources} role, UP with that said (the source instances report the sources).
 */
@Component
class SourcesHealthIndicator implements HealthIndicator {

  private final SourceRegistry sources;
  private final boolean runsSources;

  SourcesHealthIndicator(SourceRegistry sources, RoleProperties roles) {
    this.sources = sources;
    this.runsSources = roles.has(RoleProperties.SOURCES);
  }

  @Override
  public Health health() {
    if (!runsSources) {
      return Health.up().withDetail("role", "this instance runs no sources (freshet.roles)").build();
    }
    Map<String, Object> details = new LinkedHashMap<>();
    boolean up = true;
    for (Map.Entry<String, SourceStatus> e : sources.statuses().entrySet()) {
      SourceStatus status = e.getValue();
      Map<String, Object> source = new LinkedHashMap<>();
      source.put("state", status.state());
      source.put("message", status.message());
      source.putAll(status.details());
      details.put(e.getKey(), source);
      boolean serving = status.state() == SourceStatus.State.RUNNING || status.state() == SourceStatus.State.STANDBY;
      up &= serving && !Boolean.TRUE.equals(status.details().get("slotMissing"));
    }
    return (up ? Health.up() : Health.down()).withDetails(details).build();
  }
}
