package dev.freshet.core.dispatch;

import dev.freshet.core.TransportFixture;
import dev.freshet.core.log.Handoff;
import dev.freshet.core.metrics.FreshetMetrics;
import java.time.Duration;

/** The embedded transport (delivery rows, the dispatcher) keeps the transport contract; one worker at a time. */
class PostgresTransportIT extends TransportFixture {

  @Override
  protected Handoff handoff() {
    return Handoff.DELIVERIES;
  }

  @Override
  protected Transport newTransport() {
    return new Dispatcher(database(), tx, registry, eventLog, traces, SETTINGS, FreshetMetrics.noop(),
        schemas::forAgent);
  }

  @Override
  protected void kill(Transport transport) {
    transport.stop(Duration.ZERO);
  }

  private static javax.sql.DataSource database() {
    return TransportFixture.stateDatabase();
  }
}
