package dev.freshet.core.config;

import dev.freshet.api.agent.Agent;
import dev.freshet.api.source.SourceConnector;
import dev.freshet.api.store.VectorStore;
import dev.freshet.core.audit.AuditLog;
import dev.freshet.core.deadletter.DeadLetters;
import dev.freshet.core.dispatch.AgentRegistry;
import dev.freshet.core.dispatch.Dispatcher;
import dev.freshet.core.dispatch.Transport;
import dev.freshet.core.embedding.Embedder;
import dev.freshet.core.embedding.EmbeddingCache;
import dev.freshet.api.error.ConfigurationException;
import dev.freshet.core.index.Chunker;
import dev.freshet.core.index.DocumentStates;
import dev.freshet.core.index.IndexGenerations;
import dev.freshet.core.index.DriftAudit;
import dev.freshet.core.index.Indexing;
import dev.freshet.core.index.IndexingAgent;
import dev.freshet.core.kafka.KafkaTransport;
import dev.freshet.core.log.EventLog;
import dev.freshet.core.log.Handoff;
import dev.freshet.core.metrics.FreshetMetrics;
import dev.freshet.core.metrics.PipelineOverview;
import dev.freshet.core.search.SearchService;
import dev.freshet.core.schema.EventCatalog;
import dev.freshet.core.schema.SchemaCatalogue;
import dev.freshet.core.secret.SecretStore;
import dev.freshet.core.source.SourceManager;
import dev.freshet.core.source.SourceOperations;
import dev.freshet.core.source.SourcePauses;
import dev.freshet.core.source.SourceRegistry;
import dev.freshet.core.source.SourceSchemaHistory;
import dev.freshet.core.source.SyncAgent;
import dev.freshet.core.source.WebhookIngest;
import dev.freshet.core.store.ActiveVectorStore;
import dev.freshet.core.store.EmbeddingStoreVectorStoreFactory;
import dev.freshet.core.store.LuceneVectorStoreFactory;
import dev.freshet.core.store.PgVectorStoreFactory;
import dev.freshet.core.store.TextAnalyzer;
import dev.freshet.core.store.VectorStoreFactory;
import dev.freshet.core.trace.Traces;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.store.embedding.EmbeddingStore;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.List;
import javax.crypto.SecretKey;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Lazy;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Wires the engine: event log, dispatcher, the indexing agent and every other {@link Agent} bean,
 * the embedding model, the vector store and the query services. Needs the state database's {@link
 * DataSource}, migrated by Flyway from {@code classpath:db/migration}.
 */
@AutoConfiguration(afterName = {
    "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
    "org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration",
    "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration"})
@ConditionalOnBean(DataSource.class)
@EnableConfigurationProperties({DispatcherProperties.class, IndexingProperties.class, EmbeddingProperties.class,
    StoreProperties.class, TransportProperties.class, RoleProperties.class})
public class FreshetCoreAutoConfiguration {

  @Bean
  @ConditionalOnMissingBean
  FreshetMetrics freshetMetrics(ObjectProvider<MeterRegistry> registry) {
    return new FreshetMetrics(registry.getIfAvailable(SimpleMeterRegistry::new));
  }

  @Bean
  Traces traces(DataSource dataSource) {
    return new Traces(new JdbcTemplate(dataSource));
  }

  @Bean
  DocumentStates documentStates(DataSource dataSource) {
    return new DocumentStates(new JdbcTemplate(dataSource));
  }

  @Bean
  AuditLog auditLog(DataSource dataSource) {
    return new AuditLog(new JdbcTemplate(dataSource));
  }

  @Bean
  DeadLetters deadLetters(DataSource dataSource, TransactionTemplate freshetTransactionTemplate, EventLog eventLog,
      SchemaCatalogue schemas, AuditLog audit, AgentRegistry agents, DispatcherProperties properties,
      FreshetMetrics metrics) {
    DeadLetters deadLetters = new DeadLetters(new JdbcTemplate(dataSource), freshetTransactionTemplate, eventLog,
        schemas, audit, agents, properties.maxReplays());
    metrics.openDeadLettersGauge(() -> deadLetters.count("OPEN"));
    return deadLetters;
  }

  @Bean
  SourcePauses sourcePauses(DataSource dataSource, DispatcherProperties dispatcher, Transport transport) {
    return new SourcePauses(new JdbcTemplate(dataSource), dispatcher.backlogHighWater(), dispatcher.backlogLowWater(),
        transport::backlog);
  }

  @Bean
  SourceOperations sourceOperations(SourceRegistry sources, SourcePauses pauses, DataSource dataSource,
      TransactionTemplate freshetTransactionTemplate, AuditLog audit) {
    return new SourceOperations(sources, pauses, new JdbcTemplate(dataSource), freshetTransactionTemplate, audit);
  }

  @Bean
  PipelineOverview pipelineOverview(DataSource dataSource, IndexGenerations generations, Transport transport) {
    return new PipelineOverview(new JdbcTemplate(dataSource), generations::list, transport::backlog);
  }

  @Bean
  @ConditionalOnMissingBean
  SourceRegistry sourceRegistry(ObjectProvider<SourceConnector> connectors) {
    return new SourceRegistry(connectors.orderedStream().toList());
  }

  @Bean
  @ConditionalOnMissingBean(EmbeddingModel.class)
  EmbeddingModel embeddingModel(EmbeddingProperties properties) {
    return Embedder.builtIn(properties.model());
  }

  @Bean
  Embedder embedder(EmbeddingModel model, EmbeddingProperties properties, FreshetMetrics metrics) {
    return new Embedder(model, Embedder.versionedId(properties.model()), metrics, properties.effectiveConcurrency());
  }

  @Bean
  EmbeddingCache embeddingCache(DataSource dataSource) {
    return new EmbeddingCache(new JdbcTemplate(dataSource));
  }

  @Bean
  @ConditionalOnMissingBean
  VectorStoreFactory vectorStoreFactory(StoreProperties properties, DataSource dataSource,
      ObjectProvider<EmbeddingStore<TextSegment>> embeddingStore) {
    if (properties.type().equals(StoreProperties.LUCENE)) {
      return new LuceneVectorStoreFactory(properties.lucenePath());
    }
    if (properties.type().equals(StoreProperties.EMBEDDING_STORE)) {
      EmbeddingStore<TextSegment> store = embeddingStore.getIfAvailable();
      if (store == null) {
        throw new ConfigurationException("freshet.store.type", "is embedding-store, but the application defines no "
            + "langchain4j EmbeddingStore<TextSegment> bean", "Define one (e.g. a @Bean returning the store of the "
            + "langchain4j module for your database), or set freshet.store.type to lucene or pgvector");
      }
      return new EmbeddingStoreVectorStoreFactory(store, dataSource);
    }
    StoreProperties.Pgvector pgvector = properties.pgvector();
    if (pgvector.url() == null) {
      return new PgVectorStoreFactory(dataSource, pgvector.tablePrefix(), "freshet.store.type");
    }
    return PgVectorStoreFactory.connecting(pgvector.url(), pgvector.username(), pgvector.password(),
        pgvector.tablePrefix(), "freshet.store.pgvector.url");
  }

  @Bean(destroyMethod = "close")
  IndexGenerations indexGenerations(DataSource dataSource, TransactionTemplate freshetTransactionTemplate,
      VectorStoreFactory stores, Embedder configured, FreshetMetrics metrics) {
    return new IndexGenerations(new JdbcTemplate(dataSource), freshetTransactionTemplate, stores,
        model -> embedderFor(model, configured, metrics));
  }

  /** The index that serves search now, for readers that do not care about generations. */
  @Bean
  VectorStore activeVectorStore(IndexGenerations generations) {
    return new ActiveVectorStore(() -> generations.active().store());
  }

  @Bean
  Indexing indexing(SourceRegistry sources, IndexGenerations generations, EmbeddingCache cache,
      DocumentStates states, FreshetMetrics metrics) {
    return new Indexing(sources, generations, cache, states, metrics);
  }

  @Bean
  DriftAudit driftAudit(Indexing indexing, DataSource dataSource) {
    return indexing.driftAudit(new JdbcTemplate(dataSource));
  }

  @Bean
  IndexingAgent indexingAgent(Indexing indexing) {
    return indexing.agent();
  }

  @Bean
  AgentRegistry agentRegistry(List<Agent> agents) {
    return new AgentRegistry(agents);
  }

  @Bean
  TransactionTemplate freshetTransactionTemplate(DataSource dataSource) {
    return new TransactionTemplate(new DataSourceTransactionManager(dataSource));
  }

  /**
   * The event schema catalogue. It is checked against the registered schemas when Freshet starts (see {@link
   * #freshetLifecycle}), after the migrations and before any source or the dispatcher runs.
   */
  @Bean
  SchemaCatalogue schemaCatalogue(List<Agent> agents, AgentRegistry registry) {
    return new SchemaCatalogue(SchemaCatalogue.declared(agents), SchemaCatalogue.upcasters(agents), registry);
  }

  @Bean
  EventCatalog eventCatalog(SchemaCatalogue catalogue, DataSource dataSource) {
    return new EventCatalog(catalogue, new JdbcTemplate(dataSource));
  }

  @Bean
  EventLog eventLog(DataSource dataSource, TransactionTemplate freshetTransactionTemplate, AgentRegistry agents,
      Traces traces, FreshetMetrics metrics, SchemaCatalogue schemas, TransportProperties transport) {
    return new EventLog(new JdbcTemplate(dataSource), freshetTransactionTemplate, agents, traces, metrics, schemas,
        transport.type().equals(TransportProperties.KAFKA) ? Handoff.OUTBOX : Handoff.DELIVERIES);
  }

  /** The embedded dispatcher, or the Kafka transport ({@code freshet.transport.type}). */
  @Bean
  Transport transport(DataSource dataSource, TransactionTemplate freshetTransactionTemplate, AgentRegistry agents,
      EventLog eventLog, Traces traces, DispatcherProperties properties, FreshetMetrics metrics,
      SchemaCatalogue schemas, TransportProperties transport) {
    Transport chosen = transport.type().equals(TransportProperties.KAFKA)
        ? new KafkaTransport(transport.kafka().toSettings(), dataSource, freshetTransactionTemplate, agents, eventLog,
            traces, properties.toSettings(), metrics, schemas::forAgent)
        : new Dispatcher(dataSource, freshetTransactionTemplate, agents, eventLog, traces, properties.toSettings(),
            metrics, schemas::forAgent);
    metrics.backlogGauge(chosen::backlog);
    return chosen;
  }

  @Bean
  SecretStore secretStore(DataSource dataSource, SecretKey key) {
    return new SecretStore(new JdbcTemplate(dataSource), key);
  }

  @Bean
  SourceManager sourceManager(SourceRegistry registry, EventLog eventLog, DataSource dataSource, SecretStore secrets,
      SourcePauses pauses) {
    return new SourceManager(registry, eventLog, dataSource, secrets, pauses, SOURCE_LEASE_CHECK);
  }

  /**
   * How often an instance checks the leases of the capture sources another instance runs (and its own): the longest
   * a source stays without an instance after the one running it died, besides the source's own restart.
   */
  static final Duration SOURCE_LEASE_CHECK = Duration.ofSeconds(5);

  @Bean
  SourceSchemaHistory sourceSchemaHistory(DataSource dataSource) {
    return new SourceSchemaHistory(new JdbcTemplate(dataSource));
  }

  @Bean
  SyncAgent syncAgent(SourceRegistry sources, @Lazy EventLog eventLog) {
    return new SyncAgent(sources, eventLog);
  }

  @Bean
  WebhookIngest webhookIngest(SourceRegistry sources, EventLog eventLog, DeadLetters deadLetters, Traces traces,
      SourcePauses pauses) {
    return new WebhookIngest(sources, eventLog, deadLetters, traces, pauses);
  }

  @Bean
  SearchService searchService(IndexGenerations generations, DocumentStates states, SourceRegistry sources) {
    return new SearchService(generations::active, states, sources::analyzers);
  }

  @Bean
  FreshetLifecycle freshetLifecycle(Indexing indexing, Transport transport, SourceManager sources,
      Embedder embedder, IndexingProperties properties, EmbeddingProperties embedding, SchemaCatalogue schemas,
      DataSource dataSource, RoleProperties roles) {
    String splitter = String.join(" ", new Chunker(properties.chunkSize(), properties.chunkOverlap()).settingsId(),
        Chunker.OUTLINE, TextAnalyzer.ANALYSIS);
    return new FreshetLifecycle(() -> {
      schemas.register(new JdbcTemplate(dataSource));
      indexing.open(embedder.modelId(), splitter, embedding.pricePerMillionTokens());
    }, indexing, transport, sources, roles);
  }

  /**
   * The embedder of an index generation's model: the configured one, or a built-in model loaded again
   * (a generation recorded with an older version of it is served with the current one).
   */
  static Embedder embedderFor(String model, Embedder configured, FreshetMetrics metrics) {
    if (model.equals(configured.modelId())) {
      return configured;
    }
    String name = model.contains("@") ? model.substring(0, model.indexOf('@')) : model;
    if (Embedder.isBuiltIn(name)) {
      return new Embedder(Embedder.builtIn(name), model, metrics, 2 * Runtime.getRuntime().availableProcessors());
    }
    throw new ConfigurationException("freshet.embedding.model", "an index generation was built with the model '"
        + model + "', which Freshet cannot load to keep serving it while the new one is built",
        "Set freshet.embedding.model back to " + model + "; a rebuild from a custom model keeps serving the old "
            + "generation only when the old model is one of the built-in ones");
  }
}
