package dev.freshet.app.health;

import dev.freshet.core.dispatch.Dispatcher;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/** {@code /actuator/health} component {@code dispatcher}: running, its backlog and its last error. */
@Component
class DispatcherHealthIndicator implements HealthIndicator {

  private final Dispatcher dispatcher;

  DispatcherHealthIndicator(Dispatcher dispatcher) {
    this.dispatcher = dispatcher;
  }

  @Override
  public Health health() {
    String error = dispatcher.lastError();
    Health.Builder builder = dispatcher.isRunning() && error == null ? Health.up() : Health.down();
    builder.withDetail("running", dispatcher.isRunning()).withDetail("backlog", dispatcher.backlog());
    if (error != null) {
      builder.withDetail("lastError", error);
    }
    return builder.build();
  }
}
