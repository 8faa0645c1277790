package dev.freshet.app.health;

import dev.freshet.core.config.RoleProperties;
import dev.freshet.core.dispatch.Dispatcher;
import dev.freshet.core.dispatch.Transport;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * {@code /actuator/health} component {@code dispatcher}: the transport, whether this instance runs agents on it
 * (down if it should, by its {@code workers} role, and does not), the backlog and the last error.
 */
@Component
class DispatcherHealthIndicator implements HealthIndicator {

  private final Transport transport;
  private final boolean worker;

  DispatcherHealthIndicator(Transport transport, RoleProperties roles) {
    this.transport = transport;
    this.worker = roles.has(RoleProperties.WORKERS);
  }

  @Override
  public Health health() {
    String error = transport.lastError();
    boolean up = (!worker || transport.isDelivering()) && error == null;
    Health.Builder builder = up ? Health.up() : Health.down();
    builder.withDetail("transport", transport.name()).withDetail("running", transport.isDelivering())
        .withDetail("backlog", transport.backlog());
    if (transport instanceof Dispatcher dispatcher && dispatcher.standingBy()) {
      builder.withDetail("standby", "another instance holds the dispatcher's lease; this one takes over when it stops");
    }
    if (error != null) {
      builder.withDetail("lastError", error);
    }
    return builder.build();
  }
}
