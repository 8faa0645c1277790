package dev.freshet.core.index;

import dev.freshet.api.agent.Agent;
import dev.freshet.api.agent.AgentContext;
import dev.freshet.api.agent.AgentOutcome;
import dev.freshet.api.event.ChangeEvent;
import dev.freshet.api.event.EventType;
import dev.freshet.api.event.Operation;
import dev.freshet.api.source.SourceDocument;
import dev.freshet.api.store.StoredChunk;
import dev.freshet.api.store.VectorStore;
import dev.freshet.core.embedding.Embedder;
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
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The built-in indexing agent. For a changed document it loads the current state from the source,
 * splits it, embeds only chunks the index does not already hold, writes the new chunks and only then
 * retires the stale ones (one atomic replace), records the watermark, and emits {@code
 * document.indexed}. For a document gone from the source it removes every chunk and emits {@code
 * document.removed}. Idempotent: chunk ids are deterministic, so a rerun converges on the same index.
 */
public class IndexingAgent implements Agent {

  /** The agent's logical name. */
  public static final String NAME = "indexer";

  private final SourceRegistry sources;
  private final VectorStore store;
  private final Embedder embedder;
  private final Chunker chunker;
  private final DocumentStates states;
  private final FreshetMetrics metrics;

  public IndexingAgent(SourceRegistry sources, VectorStore store, Embedder embedder, Chunker chunker,
      DocumentStates states, FreshetMetrics metrics) {
    this.sources = sources;
    this.store = store;
    this.embedder = embedder;
    this.chunker = chunker;
    this.states = states;
    this.metrics = metrics;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Set<String> eventTypes() {
    return Set.of(EventType.DOCUMENT_CHANGED.name());
  }

  /** The agent loads the current document, so pending changes of one subject fold into one run. */
  @Override
  public boolean coalesces() {
    return true;
  }

  @Override
  public AgentOutcome handle(ChangeEvent event, AgentContext context) {
    String subject = event.subject();
    Optional<SourceDocument> document = context.stage("load", () -> sources.connector(event.source()).load(subject));
    List<StoredChunk> existing = context.stage("read-index", () -> store.chunksOf(subject));
    if (document.isEmpty()) {
      return remove(event, context, existing.size());
    }
    return index(event, context, document.get(), existing);
  }

  private AgentOutcome remove(ChangeEvent event, AgentContext context, int existing) {
    context.stage("store", () -> {
      store.removeBySubject(event.subject());
      return null;
    });
    Instant now = Instant.now();
    states.record(new DocumentState(event.subject(), event.source(), "REMOVED", 0, event.position(), event.time(), now,
        event.id(), event.correlationId()));
    metrics.searchable(Duration.between(event.time(), now));
    Map<String, Object> stats = Map.of("chunksRemoved", existing);
    return AgentOutcome.completed(List.of(new AgentOutcome.Emitted(EventType.DOCUMENT_REMOVED, event.subject(),
        Operation.NOTIFY, Map.of("chunksRemoved", existing, "sourceTime", event.time().toString()))), stats);
  }

  private AgentOutcome index(ChangeEvent event, AgentContext context, SourceDocument document,
      List<StoredChunk> existing) {
    List<String> texts = context.stage("split", () -> chunker.split(document.text()));
    Map<String, StoredChunk> existingById = existing.stream()
        .collect(Collectors.toMap(StoredChunk::id, Function.identity(), (a, b) -> a));
    Map<String, String> metadata = new LinkedHashMap<>(document.metadata());
    metadata.put("source", event.source());

    List<Integer> toEmbed = new ArrayList<>();
    List<String> ids = new ArrayList<>(texts.size());
    for (int i = 0; i < texts.size(); i++) {
      String id = ChunkIds.of(event.subject(), i, texts.get(i));
      ids.add(id);
      if (!existingById.containsKey(id)) {
        toEmbed.add(i);
      }
    }
    long embedStart = System.nanoTime();
    List<float[]> vectors = context.stage("embed", () -> embedder.embed(toEmbed.stream().map(texts::get).toList()));
    long embedMillis = Duration.ofNanos(System.nanoTime() - embedStart).toMillis();

    Instant now = Instant.now();
    List<StoredChunk> upserts = new ArrayList<>();
    for (int n = 0; n < toEmbed.size(); n++) {
      int i = toEmbed.get(n);
      upserts.add(new StoredChunk(ids.get(i), event.subject(), i, texts.get(i), vectors.get(n), metadata, now));
    }
    int metadataUpdates = 0;
    for (int i = 0; i < texts.size(); i++) {
      StoredChunk kept = existingById.get(ids.get(i));
      if (kept != null && !kept.metadata().equals(metadata)) {
        upserts.add(new StoredChunk(kept.id(), kept.subject(), i, kept.text(), kept.vector(), metadata, now));
        metadataUpdates++;
      }
    }
    Set<String> keep = Set.copyOf(ids);
    List<String> stale = existing.stream().map(StoredChunk::id).filter(id -> !keep.contains(id)).toList();
    if (!upserts.isEmpty() || !stale.isEmpty()) {
      context.stage("store", () -> {
        store.replace(event.subject(), upserts, stale);
        return null;
      });
    }
    Instant searchable = Instant.now();
    states.record(new DocumentState(event.subject(), event.source(), "INDEXED", texts.size(), event.position(),
        event.time(), searchable, event.id(), event.correlationId()));
    metrics.searchable(Duration.between(event.time(), searchable));

    Map<String, Object> stats = new LinkedHashMap<>();
    stats.put("chunks", texts.size());
    stats.put("chunksAdded", toEmbed.size());
    stats.put("chunksReused", texts.size() - toEmbed.size());
    stats.put("chunksRemoved", stale.size());
    stats.put("metadataUpdates", metadataUpdates);
    stats.put("embeddings", toEmbed.size());
    stats.put("embedMillis", embedMillis);
    stats.put("model", embedder.modelId());
    stats.put("splitter", chunker.settingsId());
    Map<String, Object> data = new LinkedHashMap<>(stats);
    data.put("sourceTime", event.time().toString());
    data.put("searchableAt", searchable.toString());
    if (event.position() != null) {
      data.put("position", event.position());
    }
    return AgentOutcome.completed(
        List.of(new AgentOutcome.Emitted(EventType.DOCUMENT_INDEXED, event.subject(), Operation.NOTIFY, data)), stats);
  }
}
