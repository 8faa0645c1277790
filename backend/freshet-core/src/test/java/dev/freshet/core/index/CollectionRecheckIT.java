package dev.freshet.core.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.freshet.api.agent.AgentContext;
import dev.freshet.api.agent.AgentOutcome;
import dev.freshet.api.event.ChangeEvent;
import dev.freshet.api.event.EventType;
import dev.freshet.api.event.Operation;
import dev.freshet.api.source.SourceConnector;
import dev.freshet.api.source.SourceContext;
import dev.freshet.api.source.SourceDocument;
import dev.freshet.api.source.SourceStatus;
import dev.freshet.core.StateDatabase;
import dev.freshet.core.embedding.Embedder;
import dev.freshet.core.embedding.EmbeddingCache;
import dev.freshet.core.metrics.FreshetMetrics;
import dev.freshet.core.source.SourceRegistry;
import dev.freshet.core.store.LuceneVectorStoreFactory;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The re-check of a truncated collection against a document whose first indexing is under way: it read the row
 * just before the truncate and has not recorded its state yet. The re-check must look it up after it, or the
 * document stays indexed though the source no longer has it (DriftIT's random mix can hit this).
 */
class CollectionRecheckIT {

  @RegisterExtension
  static final StateDatabase database = new StateDatabase();

  private static final String COLLECTION = "kb:public.articles";
  private static final String SUBJECT = COLLECTION + ":7";

  @TempDir
  Path dir;

  @Test
  void aDocumentReadJustBeforeTheTruncateIsRecheckedAfterItsIndexing() throws Exception {
    JdbcTemplate jdbc = new JdbcTemplate(database.dataSource());
    FreshetMetrics metrics = new FreshetMetrics(new SimpleMeterRegistry());
    Embedder embedder = new Embedder(Embedder.builtIn(Embedder.MINILM_QUANTIZED), Embedder.MINILM_QUANTIZED, metrics);
    IndexGenerations generations = new IndexGenerations(jdbc,
        new TransactionTemplate(new DataSourceTransactionManager(database.dataSource())),
        new LuceneVectorStoreFactory(dir), model -> embedder);
    DocumentStates states = new DocumentStates(jdbc);
    generations.open(embedder.modelId(), new Chunker(1000, 100).settingsId(), states, null);
    Source source = new Source();
    source.rows.put(SUBJECT, "Seven\n\nThe seventh article, read just before its table was truncated.");
    IndexingAgent agent = new IndexingAgent(new SourceRegistry(List.of(source)), generations,
        new EmbeddingCache(jdbc), states, metrics, new SubjectLocks());

    // the insert's run reads the row, then stalls before writing (slow model, busy machine)
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Thread insert = Thread.ofPlatform().start(() -> run(failure,
        () -> agent.handle(event(SUBJECT, EventType.DOCUMENT_CHANGED, Operation.CREATE), new Context())));
    assertThat(source.readBeforeStall.await(60, TimeUnit.SECONDS)).isTrue();

    source.rows.clear(); // TRUNCATE articles
    Thread truncate = Thread.ofPlatform().start(() -> run(failure,
        () -> agent.handle(event(COLLECTION, EventType.COLLECTION_TRUNCATED, Operation.DELETE), new Context())));
    // the re-check has listed its documents: it either finished or waits for the run under way
    await().atMost(Duration.ofSeconds(30)).until(() -> !truncate.isAlive()
        || truncate.getState() == Thread.State.WAITING);
    source.stall.countDown();
    insert.join(60_000);
    truncate.join(60_000);

    assertThat(failure.get()).isNull();
    assertThat(generations.active().store().chunksOf(SUBJECT)).as("chunks of a document the source lost").isEmpty();
    assertThat(states.indexedSubjects("demo", COLLECTION + ":")).isEmpty();
  }

  private static void run(AtomicReference<Throwable> failure, Supplier<AgentOutcome> work) {
    try {
      work.get();
    } catch (Throwable e) {
      failure.set(e);
    }
  }

  private static ChangeEvent event(String subject, EventType type, Operation operation) {
    return new ChangeEvent(UUID.randomUUID().toString(), "demo", type.name(), type.version(), subject, operation,
        Instant.now(), UUID.randomUUID().toString(), null, null, Map.of());
  }

  /** A source of rows in memory whose first read of {@link #SUBJECT} stalls after reading. */
  private static final class Source implements SourceConnector {
    final Map<String, String> rows = new ConcurrentHashMap<>();
    final CountDownLatch readBeforeStall = new CountDownLatch(1);
    final CountDownLatch stall = new CountDownLatch(1);

    @Override
    public String sourceId() {
      return "demo";
    }

    @Override
    public void start(SourceContext context) {}

    @Override
    public Optional<SourceDocument> load(String subject) {
      Optional<SourceDocument> row = Optional.ofNullable(rows.get(subject)).map(t -> new SourceDocument(subject, t,
          Map.of()));
      if (readBeforeStall.getCount() > 0) {
        readBeforeStall.countDown();
        try {
          stall.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
      return row;
    }

    @Override
    public SourceStatus status() {
      return SourceStatus.of(SourceStatus.State.RUNNING, "in memory");
    }

    @Override
    public void close() {}
  }

  private static final class Context implements AgentContext {
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
  }
}
