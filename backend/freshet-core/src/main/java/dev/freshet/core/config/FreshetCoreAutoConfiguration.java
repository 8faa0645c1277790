package dev.freshet.core.config;

import dev.freshet.api.agent.Agent;
import dev.freshet.api.source.SourceConnector;
import dev.freshet.api.store.VectorStore;
import dev.freshet.core.deadletter.DeadLetters;
import dev.freshet.core.dispatch.AgentRegistry;
import dev.freshet.core.dispatch.Dispatcher;
import dev.freshet.core.embedding.Embedder;
import dev.freshet.core.embedding.EmbeddingCache;
import dev.freshet.core.index.Chunker;
import dev.freshet.core.index.DocumentStates;
import dev.freshet.core.index.IndexingAgent;
import dev.freshet.core.log.EventLog;
import dev.freshet.core.metrics.FreshetMetrics;
import dev.freshet.core.search.SearchService;
import dev.freshet.core.source.SourceManager;
import dev.freshet.core.source.SourceRegistry;
import dev.freshet.core.store.LuceneVectorStore;
import dev.freshet.core.trace.Traces;
import dev.langchain4j.model.embedding.EmbeddingModel;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
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
    StoreProperties.class})
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
  DeadLetters deadLetters(DataSource dataSource, FreshetMetrics metrics) {
    DeadLetters deadLetters = new DeadLetters(new JdbcTemplate(dataSource));
    metrics.openDeadLettersGauge(() -> deadLetters.count("OPEN"));
    return deadLetters;
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
    return new Embedder(model, Embedder.versionedId(properties.model()), metrics);
  }

  @Bean
  EmbeddingCache embeddingCache(DataSource dataSource) {
    return new EmbeddingCache(new JdbcTemplate(dataSource));
  }

  @Bean(destroyMethod = "close")
  @ConditionalOnMissingBean(VectorStore.class)
  VectorStore luceneVectorStore(StoreProperties properties) {
    return new LuceneVectorStore(properties.lucenePath());
  }

  @Bean
  IndexingAgent indexingAgent(SourceRegistry sources, VectorStore store, Embedder embedder, EmbeddingCache cache,
      IndexingProperties indexing, DocumentStates states, FreshetMetrics metrics) {
    return new IndexingAgent(sources, store, embedder, cache,
        new Chunker(indexing.chunkSize(), indexing.chunkOverlap()), states, metrics);
  }

  @Bean
  AgentRegistry agentRegistry(List<Agent> agents) {
    return new AgentRegistry(agents);
  }

  @Bean
  TransactionTemplate freshetTransactionTemplate(DataSource dataSource) {
    return new TransactionTemplate(new DataSourceTransactionManager(dataSource));
  }

  @Bean
  EventLog eventLog(DataSource dataSource, TransactionTemplate freshetTransactionTemplate, AgentRegistry agents,
      Traces traces, FreshetMetrics metrics) {
    return new EventLog(new JdbcTemplate(dataSource), freshetTransactionTemplate, agents, traces, metrics);
  }

  @Bean
  Dispatcher dispatcher(DataSource dataSource, TransactionTemplate freshetTransactionTemplate, AgentRegistry agents,
      EventLog eventLog, Traces traces, DispatcherProperties properties, FreshetMetrics metrics) {
    return new Dispatcher(dataSource, freshetTransactionTemplate, agents, eventLog, traces, properties.toSettings(),
        metrics);
  }

  @Bean
  SourceManager sourceManager(SourceRegistry registry, EventLog eventLog, DataSource dataSource) {
    return new SourceManager(registry, eventLog, new JdbcTemplate(dataSource));
  }

  @Bean
  SearchService searchService(Embedder embedder, VectorStore store) {
    return new SearchService(embedder, store);
  }

  @Bean
  FreshetLifecycle freshetLifecycle(Dispatcher dispatcher, SourceManager sources) {
    return new FreshetLifecycle(dispatcher, sources);
  }
}
