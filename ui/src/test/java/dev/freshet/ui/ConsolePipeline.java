package dev.freshet.ui;

import static org.awaitility.Awaitility.await;

import com.vaadin.flow.spring.security.AuthenticationContext;
import dev.freshet.api.agent.Agent;
import dev.freshet.api.agent.AgentContext;
import dev.freshet.api.agent.AgentOutcome;
import dev.freshet.api.error.PermanentException;
import dev.freshet.api.event.ChangeEvent;
import dev.freshet.api.event.EventType;
import dev.freshet.api.event.Operation;
import dev.freshet.api.source.SourceConnector;
import dev.freshet.api.source.SourceContext;
import dev.freshet.api.source.SourceDocument;
import dev.freshet.api.source.SourceStatus;
import dev.freshet.core.audit.AuditLog;
import dev.freshet.core.deadletter.DeadLetters;
import dev.freshet.core.dispatch.AgentRegistry;
import dev.freshet.core.dispatch.Backoff;
import dev.freshet.core.dispatch.Dispatcher;
import dev.freshet.core.dispatch.DispatcherSettings;
import dev.freshet.core.index.Generation;
import dev.freshet.core.log.EventLog;
import dev.freshet.core.metrics.FreshetMetrics;
import dev.freshet.core.metrics.PipelineOverview;
import dev.freshet.core.schema.EventCatalog;
import dev.freshet.core.schema.SchemaCatalogue;
import dev.freshet.core.secret.SecretStore;
import dev.freshet.core.source.SourceManager;
import dev.freshet.core.source.SourceOperations;
import dev.freshet.core.source.SourcePauses;
import dev.freshet.core.source.SourceRegistry;
import dev.freshet.core.source.SourceSchemaHistory;
import dev.freshet.core.trace.Traces;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.spec.SecretKeySpec;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The core services the views call, over a real state database with a real event log and dispatcher: an
 * {@code indexer} stand-in that fails for subjects marked broken and otherwise emits {@code document.indexed}
 * like the real one, and a capture source whose sink passes the pause gate. Views get exactly what the
 * application wires.
 */
final class ConsolePipeline implements AutoCloseable {

  final JdbcTemplate jdbc;
  final FakeIndexer indexer = new FakeIndexer();
  final TestSource source = new TestSource();
  final EventLog eventLog;
  final Dispatcher dispatcher;
  final Traces traces;
  final AuditLog audit;
  final DeadLetters deadLetters;
  final EventCatalog catalog;
  final SourceRegistry sources;
  final SourceOperations operations;
  final SourceManager manager;
  final SourceSchemaHistory tables;
  final PipelineOverview overview;

  ConsolePipeline(DataSource dataSource) {
    jdbc = new JdbcTemplate(dataSource);
    jdbc.execute("truncate event_log, delivery, dead_letter, trace_step, audit_log, source_control, source_schema, "
        + "source_position restart identity cascade");
    AgentRegistry registry = new AgentRegistry(List.of(indexer));
    TransactionTemplate tx = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
    traces = new Traces(jdbc);
    SchemaCatalogue schemas = new SchemaCatalogue(SchemaCatalogue.declared(List.of(indexer)), registry);
    schemas.register(jdbc);
    eventLog = new EventLog(jdbc, tx, registry, traces, FreshetMetrics.noop(), schemas);
    dispatcher = new Dispatcher(dataSource, tx, registry, eventLog, traces,
        new DispatcherSettings(2, 2, new Backoff(Duration.ofMillis(10), Duration.ofMillis(20), 2), Duration.ofSeconds(30)),
        FreshetMetrics.noop(), schemas::forAgent);
    dispatcher.start();
    audit = new AuditLog(jdbc);
    deadLetters = new DeadLetters(jdbc, tx, eventLog, schemas, audit, registry, 2);
    catalog = new EventCatalog(schemas, jdbc);
    sources = new SourceRegistry(List.of(source));
    SourcePauses pauses = new SourcePauses(jdbc, 10_000, 5_000);
    operations = new SourceOperations(sources, pauses, jdbc, tx, audit);
    manager = new SourceManager(sources, eventLog, dataSource,
        new SecretStore(jdbc, new SecretKeySpec(new byte[32], "AES")), pauses, java.time.Duration.ofSeconds(5));
    manager.start();
    tables = new SourceSchemaHistory(jdbc);
    overview = new PipelineOverview(jdbc, () -> List.of(new Generation(1, "minilm-q@1", "recursive:800:80", "ACTIVE",
        0, 0, Map.of(), Instant.now(), null, null), new Generation(2, "minilm@1", "recursive:400:40", "BUILDING", 120,
        480, Map.of(), Instant.now(), null, null)));
  }

  /** An update of an article as the postgres connector reports it: the old and new values of the title. */
  ChangeEvent update(long id, String before, String after) {
    return new ChangeEvent("pg-" + id + "-" + after.hashCode(), "demo", "document.changed", 1,
        "kb:public.articles:" + id, Operation.UPDATE, Instant.now().minusMillis(40), "pg:demo:tx" + id + ":lsn" + id,
        null, "lsn 0/" + id, Map.of("table", "public.articles", "changedColumns", List.of("title"),
            "changes", Map.of("title", Map.of("before", before, "after", after), "api_token",
                Map.of("before", "tok-old", "after", "tok-new"))));
  }

  void append(ChangeEvent... events) {
    eventLog.append(List.of(events));
  }

  void awaitIdle() {
    await().atMost(Duration.ofSeconds(30)).until(() -> dispatcher.backlog() == 0);
  }

  /** Signs in as {@code user} with the roles. */
  static AuthenticationContext signIn(String user, String... roles) {
    SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null,
        Arrays.stream(roles).map(r -> new SimpleGrantedAuthority("ROLE_" + r)).toList()));
    return new AuthenticationContext();
  }

  @Override
  public void close() {
    SecurityContextHolder.clearContext();
    manager.close();
    dispatcher.close();
  }

  /** Stands in for the indexer: fails at its embed stage for broken subjects, else emits document.indexed. */
  static final class FakeIndexer implements Agent {
    final Set<String> broken = ConcurrentHashMap.newKeySet();
    final AtomicInteger runs = new AtomicInteger();

    public String name() {
      return "indexer";
    }

    public Set<String> eventTypes() {
      return Set.of("document.changed");
    }

    public boolean coalesces() {
      return true;
    }

    public AgentOutcome handle(ChangeEvent event, AgentContext context) {
      runs.incrementAndGet();
      context.stage("load", () -> null);
      if (broken.contains(event.subject())) {
        context.stage("embed", () -> {
          throw new PermanentException("the model rejected the text of " + event.subject());
        });
      }
      context.stage("embed", () -> null);
      context.stage("store", () -> null);
      Instant searchable = Instant.now();
      return AgentOutcome.completed(List.of(new AgentOutcome.Emitted(EventType.DOCUMENT_INDEXED, event.subject(),
          Operation.NOTIFY, Map.of("sourceTime", event.time().toString(), "searchableAt", searchable.toString(),
              "embeddings", 1, "chunks", 3))), Map.of("embeddings", 1, "reusedFromIndex", 2, "tokens", 42));
    }
  }

  /** A capture source that sends what the test gives it through the platform's sink. */
  static final class TestSource implements SourceConnector {
    volatile SourceContext context;
    final AtomicInteger reconciled = new AtomicInteger();
    final List<String> resnapshots = new java.util.concurrent.CopyOnWriteArrayList<>();

    public String sourceId() {
      return "demo";
    }

    public void start(SourceContext context) {
      this.context = context;
    }

    public Optional<SourceDocument> load(String subject) {
      return Optional.empty();
    }

    @Override
    public List<String> collections() {
      return List.of("articles");
    }

    @Override
    public void resnapshot(String collection) {
      if (!collections().contains(collection)) {
        throw new IllegalArgumentException("no collection " + collection);
      }
      resnapshots.add(collection);
    }

    @Override
    public void reconcile() {
      reconciled.incrementAndGet();
    }

    public SourceStatus status() {
      return new SourceStatus(SourceStatus.State.RUNNING, "streaming", Map.of("slotLagBytes", 2048, "snapshot",
          Map.of("snapshotRunning", false, "snapshotCompleted", true, "totalTableCount", 1, "remainingTableCount", 0,
              "rowsScanned", Map.of("public.articles", 220))));
    }

    public void close() {}
  }
}
