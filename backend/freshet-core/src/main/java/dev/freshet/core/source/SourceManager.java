package dev.freshet.core.source;

import dev.freshet.api.error.ConfigurationException;
import dev.freshet.api.source.SourceConnector;
import dev.freshet.core.log.EventLog;
import dev.freshet.core.secret.SecretStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Runs the configured source connectors: gives each a context whose sink is the event log and whose
 * positions and secrets live in the state database.
 */
public class SourceManager implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(SourceManager.class);

  private final SourceRegistry registry;
  private final EventLog eventLog;
  private final JdbcTemplate jdbc;
  private final SecretStore secrets;
  private final SourcePauses pauses;

  public SourceManager(SourceRegistry registry, EventLog eventLog, JdbcTemplate jdbc, SecretStore secrets,
      SourcePauses pauses) {
    this.pauses = pauses;
    this.registry = registry;
    this.eventLog = eventLog;
    this.jdbc = jdbc;
    this.secrets = secrets;
  }

  /**
   * Starts every connector. A configuration error fails start-up (it names the property and the fix);
   * any other failure is reported, the source shows as failed, and the others still start.
   */
  public synchronized void start() {
    for (SourceConnector connector : registry.all()) {
      try {
        connector.start(new StateDatabaseSourceContext(connector.sourceId(), eventLog, jdbc,
            secrets.forSource(connector.sourceId()), pauses));
      } catch (ConfigurationException e) {
        throw e;
      } catch (RuntimeException e) {
        log.error("Source {} failed to start: {}", connector.sourceId(), e.getMessage(), e);
      }
    }
  }

  /** Stops every connector, waiting for in-flight batches. */
  @Override
  public synchronized void close() {
    pauses.close(); // a paused source's held batch goes through, so it can commit and stop
    for (SourceConnector connector : registry.all()) {
      try {
        connector.close();
      } catch (RuntimeException e) {
        log.warn("Source {} did not stop cleanly: {}", connector.sourceId(), e.toString());
      }
    }
  }
}
