package dev.freshet.app.health;

import dev.freshet.api.source.SourceStatus;
import dev.freshet.core.config.RoleProperties;
import dev.freshet.core.dispatch.Transport;
import dev.freshet.core.index.IndexGenerations;
import dev.freshet.core.source.SourceRegistry;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * {@code /actuator/health} component {@code startup}, Freshet's part of the readiness group
 * ({@code /actuator/health/readiness}): UP once this instance has really started. The index is open, the transport
 * delivers (on an instance with the {@code workers} role) and every source captures: a PostgreSQL source once its
 * replication slot exists and Debezium's task runs (each change committed from then on becomes an event of its own),
 * or stands by while another instance runs it.
 *
 * <p>Latched: once every part was ready it stays UP, and a source first seen capturing stays counted. A source or
 * transport that fails later is DOWN in the {@code sources} and {@code dispatcher} components, not here: the source
 * database is shared by every instance, so a readiness tied to it would take all of them, with their search and
 * console, out of a load balancer at once.
 */
@Component
class StartupHealthIndicator implements HealthIndicator {

  private static final Logger log = LoggerFactory.getLogger(StartupHealthIndicator.class);

  private final BooleanSupplier indexOpen;
  private final Transport transport;
  private final SourceRegistry sources;
  private final boolean worker;
  private final boolean runsSources;
  private final Set<String> capturing = ConcurrentHashMap.newKeySet();
  private volatile @Nullable Instant readySince;

  @Autowired
  StartupHealthIndicator(IndexGenerations index, Transport transport, SourceRegistry sources, RoleProperties roles) {
    this(index::isOpen, transport, sources, roles);
  }

  StartupHealthIndicator(BooleanSupplier indexOpen, Transport transport, SourceRegistry sources, RoleProperties roles) {
    this.indexOpen = indexOpen;
    this.transport = transport;
    this.sources = sources;
    this.worker = roles.has(RoleProperties.WORKERS);
    this.runsSources = roles.has(RoleProperties.SOURCES);
  }

  @Override
  public Health health() {
    Instant since = readySince;
    if (since != null) {
      return Health.up().withDetail("readySince", since.toString()).build();
    }
    Map<String, Object> details = new LinkedHashMap<>();
    boolean open = indexOpen.getAsBoolean();
    details.put("index", open ? "open" : "opening");
    boolean delivering = !worker || transport.isDelivering();
    details.put("transport", transport.name() + (!worker ? ": this instance runs no agents (freshet.roles)"
        : delivering ? ": delivering" : ": not delivering yet"));
    boolean sourcesReady = sources(details);
    if (!(open && delivering && sourcesReady)) {
      return Health.down().withDetails(details).build();
    }
    readySince = Instant.now();
    log.info("Freshet is ready: {}", details);
    return Health.up().withDetail("readySince", readySince.toString()).build();
  }

  /** Each source's part, into {@code details}; true when every one captures or stands by. */
  private boolean sources(Map<String, Object> details) {
    if (!runsSources) {
      details.put("sources", "this instance runs no sources (freshet.roles)");
      return true;
    }
    Map<String, String> pending = new LinkedHashMap<>();
    sources.statuses().forEach((id, status) -> {
      if (status.state() == SourceStatus.State.RUNNING || status.state() == SourceStatus.State.STANDBY) {
        capturing.add(id);
      }
      if (!capturing.contains(id)) {
        pending.put(id, status.state() + (status.message().isEmpty() ? "" : ": " + status.message()));
      }
    });
    details.put("sources", pending.isEmpty() ? "every source captures" : pending);
    return pending.isEmpty();
  }
}
