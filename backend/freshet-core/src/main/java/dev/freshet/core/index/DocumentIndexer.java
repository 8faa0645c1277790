package dev.freshet.core.index;

import dev.freshet.api.agent.AgentContext;
import dev.freshet.api.source.SourceDocument;
import dev.freshet.api.store.StoredChunk;
import dev.freshet.api.store.VectorStore;
import dev.freshet.core.embedding.Embedder;
import dev.freshet.core.embedding.EmbeddingCache;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Brings one document's chunks in the index up to date while embedding as little as possible: a chunk
 * already in the index (same id: subject, position and text) is kept; a chunk whose text was embedded
 * before (the embedding cache) reuses that vector; only the rest goes to the model. New chunks are
 * written before stale ones are retired, in one store call, so the document never disappears from
 * search. If embedding fails, nothing has been written: the previous chunks stay searchable.
 */
final class DocumentIndexer {

  private final VectorStore store;
  private final Embedder embedder;
  private final EmbeddingCache cache;
  private final Chunker chunker;

  DocumentIndexer(VectorStore store, Embedder embedder, EmbeddingCache cache, Chunker chunker) {
    this.store = store;
    this.embedder = embedder;
    this.cache = cache;
    this.chunker = chunker;
  }

  /**
   * @param analyzer how keyword search reads the document's text (its source's setting): a chunk kept with another
   *     one is rewritten, as one with other metadata is
   */
  IndexReport index(SourceDocument document, Map<String, String> metadata, String analyzer, List<StoredChunk> existing,
      AgentContext context) {
    String subject = document.subject();
    List<Chunker.Chunk> chunks = context.stage("split", () -> chunker.split(document));
    List<String> texts = chunks.stream().map(Chunker.Chunk::text).toList();
    Map<String, StoredChunk> inIndex = existing.stream()
        .collect(Collectors.toMap(StoredChunk::id, Function.identity(), (a, b) -> a));
    List<String> ids = new ArrayList<>(texts.size());
    List<String> hashes = new ArrayList<>(texts.size());
    List<Integer> missing = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      hashes.add(ChunkIds.sha256(texts.get(i)));
      ids.add(ChunkIds.ofHash(subject, i, hashes.get(i)));
      if (!inIndex.containsKey(ids.get(i))) {
        missing.add(i);
      }
    }
    String model = embedder.modelId();
    String splitter = chunker.settingsId();
    Map<String, float[]> cached = missing.isEmpty() ? Map.of()
        : context.stage("cache", () -> cache.find(model, splitter, missing.stream().map(hashes::get).toList()));
    List<Integer> toEmbed = missing.stream().filter(i -> !cached.containsKey(hashes.get(i))).toList();
    long start = System.nanoTime();
    Embedder.Embeddings embeddings = toEmbed.isEmpty() ? new Embedder.Embeddings(List.of(), 0)
        : context.stage("embed", () -> embedder.embed(toEmbed.stream().map(texts::get).toList()));
    long embedMillis = (System.nanoTime() - start) / 1_000_000;

    Map<Integer, float[]> vectors = new HashMap<>();
    Map<String, float[]> fresh = new LinkedHashMap<>();
    for (int n = 0; n < toEmbed.size(); n++) {
      vectors.put(toEmbed.get(n), embeddings.vectors().get(n));
      fresh.put(hashes.get(toEmbed.get(n)), embeddings.vectors().get(n));
    }
    Instant now = Instant.now();
    List<StoredChunk> upserts = new ArrayList<>();
    int metadataUpdates = 0;
    for (int i = 0; i < texts.size(); i++) {
      StoredChunk kept = inIndex.get(ids.get(i));
      Map<String, String> chunkMetadata = chunks.get(i).metadata(metadata);
      if (kept == null) {
        float[] vector = vectors.containsKey(i) ? vectors.get(i) : cached.get(hashes.get(i));
        upserts.add(new StoredChunk(ids.get(i), subject, i, texts.get(i), vector, chunkMetadata, now, analyzer));
      } else if (!kept.metadata().equals(chunkMetadata) || !kept.analyzer().equals(analyzer) && store.searchesKeywords()) {
        upserts.add(new StoredChunk(kept.id(), subject, i, kept.text(), kept.vector(), chunkMetadata, now, analyzer));
        metadataUpdates++;
      }
    }
    if (!fresh.isEmpty()) {
      // before the store: a stop between the two would leave vectors in the index that the cache lacks, embedded
      // again by the next generation's build
      cache.put(model, splitter, fresh);
    }
    Set<String> keep = Set.copyOf(ids);
    List<String> stale = existing.stream().map(StoredChunk::id).filter(id -> !keep.contains(id)).toList();
    if (!upserts.isEmpty() || !stale.isEmpty()) {
      context.stage("store", () -> {
        store.replace(subject, upserts, stale);
        return null;
      });
    }
    return new IndexReport(texts.size(), toEmbed, texts.size() - missing.size(), missing.size() - toEmbed.size(),
        stale.size(), metadataUpdates, embeddings.tokens(), embedMillis, model, splitter);
  }
}
