package dev.freshet.core;

import dev.freshet.api.agent.Agent;
import dev.freshet.api.event.ChangeEvent;
import dev.freshet.core.audit.AuditLog;
import dev.freshet.core.deadletter.DeadLetterFilter;
import dev.freshet.core.deadletter.DeadLetters;
import dev.freshet.core.dispatch.AgentRegistry;
import dev.freshet.core.dispatch.Backoff;
import dev.freshet.core.dispatch.DispatcherSettings;
import dev.freshet.core.dispatch.Transport;
import dev.freshet.core.log.EventLog;
import dev.freshet.core.log.Handoff;
import dev.freshet.core.metrics.FreshetMetrics;
import dev.freshet.core.schema.SchemaCatalogue;
import dev.freshet.core.trace.Traces;
import dev.freshet.testkit.TransportContract;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The transport contract's fixture on a real state database: the event log, the dead letters and the transport
 * under test, as Freshet wires them. An "appending" instance of the transport runs beside the workers, as a
 * sources-only instance would.
 */
public abstract class TransportFixture extends TransportContract {

  @RegisterExtension
  static final StateDatabase database = new StateDatabase();

  protected static final DispatcherSettings SETTINGS = new DispatcherSettings(4, 3,
      new Backoff(Duration.ofMillis(20), Duration.ofMillis(100), 2), Duration.ofSeconds(30));

  protected JdbcTemplate jdbc;
  protected TransactionTemplate tx;
  protected AgentRegistry registry;
  protected EventLog eventLog;
  protected Traces traces;
  protected SchemaCatalogue schemas;
  private DeadLetters deadLetters;
  private @Nullable Transport appender;

  protected static javax.sql.DataSource stateDatabase() {
    return database.dataSource();
  }

  /** How the log hands events to the transport under test. */
  protected abstract Handoff handoff();

  /** A new instance of the transport under test, not started. */
  protected abstract Transport newTransport();

  /** Stops an instance as a crash would. */
  protected abstract void kill(Transport transport);

  @Override
  protected void pipeline(List<Agent> agents) {
    jdbc = new JdbcTemplate(database.dataSource());
    jdbc.execute("truncate event_log, delivery, dead_letter, trace_step, event_outbox restart identity cascade");
    tx = new TransactionTemplate(new DataSourceTransactionManager(database.dataSource()));
    registry = new AgentRegistry(agents);
    traces = new Traces(jdbc);
    schemas = new SchemaCatalogue(SchemaCatalogue.declared(agents), SchemaCatalogue.upcasters(agents), registry);
    schemas.register(jdbc);
    eventLog = new EventLog(jdbc, tx, registry, traces, FreshetMetrics.noop(), schemas, handoff());
    deadLetters = new DeadLetters(jdbc, tx, eventLog, schemas, new AuditLog(jdbc), registry, 3);
    appender = newTransport();
    appender.start(false);
  }

  @AfterEach
  void stopAppender() {
    if (appender != null) {
      appender.stop(Duration.ofSeconds(5));
    }
  }

  @Override
  protected void append(List<ChangeEvent> events) {
    eventLog.append(events);
  }

  @Override
  protected Worker startWorker() {
    Transport transport = newTransport();
    transport.start(true);
    return new Worker() {
      @Override
      public void stop() {
        transport.stop(Duration.ofSeconds(10));
      }

      @Override
      public void kill() {
        TransportFixture.this.kill(transport);
      }
    };
  }

  @Override
  protected Map<String, String> outcomes(String agent) {
    Map<String, String> outcomes = new LinkedHashMap<>();
    jdbc.query("""
        select e.id, d.status from delivery d join event_log e on e.seq = d.event_seq
        where d.agent = ? order by e.seq""", rs -> {
      outcomes.put(rs.getString(1), rs.getString(2));
    }, agent);
    return outcomes;
  }

  @Override
  protected List<String> openDeadLetters(String agent) {
    return jdbc.queryForList("""
        select e.id from dead_letter l join event_log e on e.seq = l.event_seq
        where l.agent = ? and l.status = 'OPEN' order by l.id""", String.class, agent);
  }

  @Override
  protected int retryDeadLetters() {
    int open = jdbc.queryForObject("select count(*) from dead_letter where status = 'OPEN'", Integer.class);
    deadLetters.retryAll(DeadLetterFilter.status("OPEN"), "contract");
    return open - jdbc.queryForObject("select count(*) from dead_letter where status = 'OPEN'", Integer.class);
  }

  @Override
  protected int maxAttempts() {
    return SETTINGS.maxAttempts();
  }
}
