package dev.freshet.core.index;

import dev.freshet.api.agent.Agent;
import dev.freshet.api.agent.AgentContext;
import dev.freshet.api.agent.AgentOutcome;
import dev.freshet.api.event.ChangeEvent;
import dev.freshet.api.event.EventType;
import dev.freshet.api.event.Operation;
import dev.freshet.api.source.SourceConnector;
import dev.freshet.api.source.SourceDocument;
import dev.freshet.api.store.StoredChunk;
import dev.freshet.core.embedding.EmbeddingCache;
import dev.freshet.core.metrics.FreshetMetrics;
import dev.freshet.core.source.SourceRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * The built-in indexing agent. For a changed document it loads the current state from the source and
 * brings the document's chunks up to date, embedding only text it has not embedded before ({@link
 * DocumentIndexer}); it records the watermark and a report of what it did, and emits {@code
 * document.indexed}. A document gone from the source loses every chunk ({@code document.removed}). A
 * change that touched no mapped column is skipped, with the reason in the trace. A truncated collection
 * has each of its documents re-checked against the source.
 *
 * <p>Idempotent: chunk ids are deterministic, so a rerun converges on the same index.
 */
public class IndexingAgent implements Agent {

  /** The agent's logical name. */
  public static final String NAME = "indexer";

  private final SourceRegistry sources;
  private final IndexGenerations generations;
  private final EmbeddingCache cache;
  private final DocumentStates states;
  private final FreshetMetrics metrics;
  private final SubjectLocks locks;

  IndexingAgent(SourceRegistry sources, IndexGenerations generations, EmbeddingCache cache, DocumentStates states,
      FreshetMetrics metrics, SubjectLocks locks) {
    this.sources = sources;
    this.generations = generations;
    this.cache = cache;
    this.states = states;
    this.metrics = metrics;
    this.locks = locks;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Set<String> eventTypes() {
    return Set.of(EventType.DOCUMENT_CHANGED.name(), EventType.COLLECTION_TRUNCATED.name());
  }

  /** The agent loads the current document, so pending changes of one subject fold into one run. */
  @Override
  public boolean coalesces() {
    return true;
  }

  @Override
  public AgentOutcome handle(ChangeEvent event, AgentContext context) {
    if (event.type().equals(EventType.COLLECTION_TRUNCATED.name())) {
      return recheckCollection(event, context);
    }
    List<ChangeEvent> changes = new ArrayList<>(context.coalesced());
    changes.add(event);
    List<String> changedColumns = changedColumns(changes);
    if (changes.stream().noneMatch(IndexingAgent::mayChangeTheDocument)) {
      return AgentOutcome.skipped(changedColumns.isEmpty() ? "the update changed no column"
          : "no mapped column changed (changed: " + String.join(", ", changedColumns) + ")");
    }
    SourceConnector source = sources.connector(event.source());
    return locks.with(event.subject(), () -> {
      Optional<SourceDocument> document = context.stage("load", () -> source.load(event.subject()));
      if (document.isEmpty()) {
        int removed = generations.active().store().chunksOf(event.subject()).size();
        return AgentOutcome.completed(List.of(remove(event, context, removed)), Map.of("chunksRemoved", removed));
      }
      return index(event, context, changes, changedColumns, document.get());
    });
  }

  /** Indexes the document into every live generation; the active one's report is the run's report. */
  private AgentOutcome index(ChangeEvent event, AgentContext context, List<ChangeEvent> changes,
      List<String> changedColumns, SourceDocument document) {
    Map<String, String> metadata = metadataOf(document, event.source());
    LiveGeneration active = generations.active();
    String analyzer = sources.analyzer(event.source());
    IndexReport report = write(active, document, metadata, analyzer, context);
    Map<String, Object> others = new LinkedHashMap<>();
    for (LiveGeneration generation : generations.live()) {
      if (generation.generation().id() != active.generation().id()) {
        String name = generation.generation().storeName();
        others.put(name, write(generation, document, metadata, analyzer, new PrefixedStages(context, name + ".")).embedded().size());
      }
    }
    Instant searchable = Instant.now();
    Map<String, Object> stats = new LinkedHashMap<>(report.stats());
    if (!others.isEmpty()) {
      stats.put("otherGenerationEmbeddings", others);
    }
    Map<String, @Nullable Object> explanation = explanation(event, changes, changedColumns, stats);
    explanation.put("embeddedChunks", report.embedded());
    states.record(new DocumentState(event.subject(), event.source(), "INDEXED", report.chunks(), event.position(),
        event.time(), searchable, event.id(), event.correlationId(), explanation, document.text().length()));
    recordFreshness(event, searchable);

    Map<String, Object> data = new LinkedHashMap<>(stats);
    data.put("sourceTime", event.time().toString());
    data.put("searchableAt", searchable.toString());
    if (event.position() != null) {
      data.put("position", event.position());
    }
    return AgentOutcome.completed(
        List.of(new AgentOutcome.Emitted(EventType.DOCUMENT_INDEXED, event.subject(), Operation.NOTIFY, data)),
        stats);
  }

  private IndexReport write(LiveGeneration generation, SourceDocument document, Map<String, String> metadata,
      String analyzer, AgentContext stages) {
    List<StoredChunk> existing = stages.stage("read-index", () -> generation.store().chunksOf(document.subject()));
    return new DocumentIndexer(generation.store(), generation.embedder(), cache, generation.chunker())
        .index(document, metadata, analyzer, existing, stages);
  }

  /** The metadata stored with a document's chunks: its own, and the source it came from. */
  static Map<String, String> metadataOf(SourceDocument document, String source) {
    Map<String, String> metadata = new LinkedHashMap<>(document.metadata());
    metadata.put("source", source);
    return metadata;
  }

  private AgentOutcome.Emitted remove(ChangeEvent event, AgentContext context, int existing) {
    context.stage("store", () -> {
      generations.live().forEach(g -> g.store().removeBySubject(event.subject()));
      return null;
    });
    Instant now = Instant.now();
    Map<String, @Nullable Object> explanation = new LinkedHashMap<>();
    explanation.put("eventId", event.id());
    explanation.put("operation", event.operation().name());
    explanation.put("reason", "the document no longer exists at the source");
    explanation.put("chunksRemoved", existing);
    states.record(new DocumentState(event.subject(), event.source(), "REMOVED", 0, event.position(), event.time(), now,
        event.id(), event.correlationId(), explanation, 0));
    recordFreshness(event, now);
    return new AgentOutcome.Emitted(EventType.DOCUMENT_REMOVED, event.subject(), Operation.NOTIFY,
        Map.of("chunksRemoved", existing, "sourceTime", event.time().toString()));
  }

  /**
   * After a TRUNCATE, every indexed document of the collection is looked up at the source again: gone
   * ones are removed, and rows written after the truncate (whose own events may already have been
   * handled) are left alone. A document whose indexing is under way is looked up too, after it: it may have
   * been read just before the truncate, and its state is not recorded yet. The work under way is read before
   * the recorded states: a run holds its subject from before its read of the source until after it records
   * the state, so each document read before the truncate is in one list or the other.
   */
  private AgentOutcome recheckCollection(ChangeEvent event, AgentContext context) {
    SourceConnector source = sources.connector(event.source());
    String prefix = event.subject() + ":";
    SortedSet<String> all = new TreeSet<>(locks.inFlight(prefix));
    all.addAll(states.indexedSubjects(event.source(), prefix));
    List<String> subjects = List.copyOf(all);
    List<AgentOutcome.Emitted> removed = new ArrayList<>();
    for (String subject : subjects) {
      ChangeEvent perDocument = new ChangeEvent(event.id(), event.source(), event.type(), event.version(), subject,
          Operation.DELETE, event.time(), event.correlationId(), event.causationId(), event.position(), event.data());
      locks.with(subject, () -> {
        if (context.stage("load", () -> source.load(subject)).isEmpty()) {
          removed.add(remove(perDocument, context, generations.active().store().chunksOf(subject).size()));
        }
        return null;
      });
    }
    return AgentOutcome.completed(removed, Map.of("documentsChecked", subjects.size(), "documentsRemoved", removed.size()));
  }

  /** Commit → searchable, for changes only: a snapshot read is not a commit, and a bulk re-read would swamp it. */
  private void recordFreshness(ChangeEvent event, Instant searchable) {
    if (event.operation() != Operation.SNAPSHOT) {
      metrics.searchable(Duration.between(event.time(), searchable));
    }
  }

  /**
   * Whether an event may change the indexed document. A connector that knows which columns an update
   * changed says so with {@code textChanged} and {@code metadataChanged}; without them, assume it may.
   */
  private static boolean mayChangeTheDocument(ChangeEvent event) {
    return event.operation() != Operation.UPDATE
        || !Boolean.FALSE.equals(event.data().get("textChanged"))
        || !Boolean.FALSE.equals(event.data().get("metadataChanged"));
  }

  private static List<String> changedColumns(List<ChangeEvent> changes) {
    return changes.stream()
        .flatMap(e -> e.data().get("changedColumns") instanceof List<?> columns ? columns.stream() : java.util.stream.Stream.empty())
        .map(String::valueOf).distinct().sorted().toList();
  }

  private static Map<String, @Nullable Object> explanation(ChangeEvent event, List<ChangeEvent> changes,
      List<String> changedColumns, Map<String, Object> stats) {
    Map<String, @Nullable Object> explanation = new LinkedHashMap<>();
    explanation.put("eventId", event.id());
    explanation.put("operation", event.operation().name());
    explanation.put("coalescedEvents", changes.size() - 1);
    boolean known = changes.stream().allMatch(e -> e.data().containsKey("changedColumns"));
    explanation.put("changedColumns", known ? changedColumns : null);
    explanation.putAll(stats);
    return explanation;
  }
}
