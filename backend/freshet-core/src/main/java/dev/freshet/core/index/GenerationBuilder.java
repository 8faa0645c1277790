package dev.freshet.core.index;

import dev.freshet.api.agent.AgentContext;
import dev.freshet.api.event.ChangeEvent;
import dev.freshet.api.source.SourceDocument;
import dev.freshet.core.embedding.EmbeddingCache;
import dev.freshet.core.source.SourceRegistry;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fills a BUILDING generation in the background: every indexed document, in subject order, is read from
 * its source and indexed with the generation's model and splitter. Progress and a cursor are stored
 * after every page, so a restart resumes where it stopped. Changes that arrive meanwhile are written to
 * the building generation by the indexing agent too. When every document is in, the generation becomes
 * ACTIVE in one step. One platform thread (CPU-bound work, like the dispatcher's); failures are retried with backoff.
 */
public class GenerationBuilder implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(GenerationBuilder.class);
  private static final int PAGE = 50;

  private static final AgentContext UNTRACED = new AgentContext() {
    @Override
    public int attempt() {
      return 1;
    }

    @Override
    public List<ChangeEvent> coalesced() {
      return List.of();
    }

    @Override
    public <T> T stage(String name, Supplier<T> work) {
      return work.get();
    }
  };

  private final IndexGenerations generations;
  private final DocumentStates documents;
  private final SourceRegistry sources;
  private final EmbeddingCache cache;
  private final SubjectLocks locks;
  private volatile boolean running;
  private @Nullable Thread thread;

  GenerationBuilder(IndexGenerations generations, DocumentStates documents, SourceRegistry sources,
      EmbeddingCache cache, SubjectLocks locks) {
    this.generations = generations;
    this.documents = documents;
    this.sources = sources;
    this.cache = cache;
    this.locks = locks;
  }

  /** Starts building the BUILDING generation, if there is one. Returns at once. */
  public synchronized void start() {
    Optional<LiveGeneration> building = generations.building();
    if (building.isPresent() && thread == null) {
      running = true;
      thread = Thread.ofPlatform().daemon().name("freshet-generation-builder").start(() -> build(building.get()));
    }
  }

  @Override
  public synchronized void close() {
    running = false;
    Thread t = thread;
    if (t != null) {
      t.interrupt();
      try {
        t.join(Duration.ofSeconds(10));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    thread = null;
  }

  private void build(LiveGeneration generation) {
    int id = generation.generation().id();
    DocumentIndexer indexer = new DocumentIndexer(generation.store(), generation.embedder(), cache,
        generation.chunker());
    String cursor = generations.cursor(id);
    int done = generation.generation().done();
    log.info("Building generation {} from {}", id, cursor == null ? "the start" : "after " + cursor);
    while (running) {
      int total = Math.max(documents.indexedCount(), done);
      List<Map.Entry<String, String>> page = documents.indexedAfter(cursor, PAGE);
      if (page.isEmpty()) {
        generations.progress(id, done, done, cursor);
        generations.completeBuild(id);
        return;
      }
      for (Map.Entry<String, String> document : page) {
        if (!rebuild(document.getKey(), document.getValue(), generation, indexer)) {
          return; // stopped
        }
        done++;
        cursor = document.getValue();
      }
      generations.progress(id, done, total, cursor);
      log.info("Generation {}: {} of {} documents built", id, done, total);
    }
  }

  /** Indexes one document into the generation, retrying until it works or the builder stops. */
  private boolean rebuild(String source, String subject, LiveGeneration generation, DocumentIndexer indexer) {
    long wait = 500;
    while (running) {
      try {
        locks.with(subject, () -> {
          Optional<SourceDocument> document = sources.connector(source).load(subject);
          if (document.isPresent()) {
            indexer.index(document.get(), IndexingAgent.metadataOf(document.get(), source), sources.analyzer(source),
                generation.store().chunksOf(subject), UNTRACED);
          } else {
            generation.store().removeBySubject(subject);
          }
          return null;
        });
        return true;
      } catch (RuntimeException e) {
        log.warn("Generation {}: {} failed, retrying in {} ms: {}", generation.generation().id(), subject, wait,
            e.toString());
        try {
          Thread.sleep(wait);
        } catch (InterruptedException interrupted) {
          return false;
        }
        wait = Math.min(wait * 2, 30_000);
      }
    }
    return false;
  }
}
