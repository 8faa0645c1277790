package dev.freshet.core.index;

import dev.freshet.core.embedding.EmbeddingCache;
import dev.freshet.core.metrics.FreshetMetrics;
import dev.freshet.core.source.SourceRegistry;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The indexing side of the engine as one entry point: the indexing agent and the background builder
 * of new index generations, which share the per-document locks that keep them from writing one
 * document at the same time.
 */
public class Indexing {

  private final IndexGenerations generations;
  private final DocumentStates documents;
  private final IndexingAgent agent;
  private final GenerationBuilder builder;
  private final SourceRegistry sources;
  private final EmbeddingCache cache;
  private final SubjectLocks locks;

  public Indexing(SourceRegistry sources, IndexGenerations generations, EmbeddingCache cache, DocumentStates documents,
      FreshetMetrics metrics) {
    this.locks = new SubjectLocks();
    this.sources = sources;
    this.cache = cache;
    this.generations = generations;
    this.documents = documents;
    this.agent = new IndexingAgent(sources, generations, cache, documents, metrics, locks);
    this.builder = new GenerationBuilder(generations, documents, sources, cache, locks);
  }

  /** The drift audit, sharing the agent's per-document locks; {@code jdbc} reads the queue and dead letters. */
  public DriftAudit driftAudit(JdbcTemplate jdbc) {
    return new DriftAudit(generations, sources, documents, cache, locks, jdbc);
  }

  public IndexingAgent agent() {
    return agent;
  }

  /** Reconciles the generations with the configured model and splitter; see {@link IndexGenerations#open}. */
  public void open(String model, String splitter, @Nullable Double pricePerMillionTokens) {
    generations.open(model, splitter, documents, pricePerMillionTokens);
  }

  /** Starts building a pending generation in the background, if there is one. */
  public void startBuilding() {
    builder.start();
  }

  public void stopBuilding() {
    builder.close();
  }
}
