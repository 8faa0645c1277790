package dev.freshet.core.store;

import dev.freshet.api.store.SearchHit;
import dev.freshet.api.store.SearchRequest;
import dev.freshet.api.store.StoredChunk;
import java.io.IOException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BiFunction;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.util.BytesRef;
import org.jspecify.annotations.Nullable;

/**
 * What writes did to the {@link LuceneVectorStore}'s documents since its searcher last showed them, so that reads
 * and searches see a write as soon as it is applied: Lucene shows one only after a near-real-time refresh, which for
 * a one-document change costs several milliseconds (the flush of a segment and the reopening of the reader), and
 * under a stream of changes comes only at the next spaced one. A refresh drops what it covers ({@link #covered},
 * {@link #dropCoveredBy}). Thread-safe.
 */
final class RecentWrites {

  /**
   * A document's writes since the searcher last showed them: what they did to the chunks the searcher shows.
   *
   * @param write the number of the latest of them
   * @param subject the document
   * @param removedAll whether they removed every chunk the searcher shows of it
   * @param upserts the chunks they wrote, by id: each replaces the searcher's chunk of its id, if any
   * @param removed the ids of the chunks they removed
   */
  record Written(long write, String subject, boolean removedAll, Map<String, StoredChunk> upserts,
      Set<String> removed) {

    static Written none(String subject) {
      return new Written(0, subject, false, Map.of(), Set.of());
    }

    Written then(long write, Collection<StoredChunk> written, Collection<String> removedIds) {
      Map<String, StoredChunk> upserts = new LinkedHashMap<>(this.upserts);
      Set<String> removed = new HashSet<>(this.removed);
      for (StoredChunk chunk : written) {
        upserts.put(chunk.id(), asStored(chunk));
        removed.remove(chunk.id());
      }
      for (String id : removedIds) {
        upserts.remove(id);
        removed.add(id);
      }
      return new Written(write, subject, removedAll, Map.copyOf(upserts), Set.copyOf(removed));
    }

    Written thenRemoveAll(long write) {
      return new Written(write, subject, true, Map.of(), Set.of());
    }

    /** The document as its writes left it, given the chunks the searcher shows of it. */
    List<StoredChunk> applyTo(List<StoredChunk> indexed) {
      List<StoredChunk> chunks = new ArrayList<>(upserts.values());
      indexed.stream().filter(c -> !hides(c.id())).forEach(chunks::add);
      chunks.sort(Comparator.comparingInt(StoredChunk::index));
      return chunks;
    }

    /** The chunks the searcher shows that these writes removed or replaced. */
    Query hidden() {
      List<BytesRef> subjects = new ArrayList<>();
      List<BytesRef> ids = new ArrayList<>();
      collectHidden(subjects, ids);
      return subjects.isEmpty() ? new TermInSetQuery(LuceneDocuments.ID, ids)
          : new TermInSetQuery(LuceneDocuments.SUBJECT, subjects);
    }

    /** Whether a chunk of the document that the searcher shows is hidden: removed or replaced. */
    private boolean hides(String id) {
      return removedAll || removed.contains(id) || upserts.containsKey(id);
    }

    /** Adds what these writes hide of the searcher's chunks: the subject (all of them) or their ids. */
    private void collectHidden(List<BytesRef> subjects, List<BytesRef> ids) {
      if (removedAll) {
        subjects.add(new BytesRef(subject));
      } else {
        upserts.keySet().forEach(id -> ids.add(new BytesRef(id)));
        removed.forEach(id -> ids.add(new BytesRef(id)));
      }
    }
  }

  /** A write's calls to Lucene's writer. */
  interface LuceneWrite {
    void run() throws IOException;
  }

  private final ConcurrentHashMap<String, Written> bySubject = new ConcurrentHashMap<>();
  /** Numbers the writes: a refresh drops the documents written before it started. */
  private final AtomicLong writes = new AtomicLong();
  /** Writers of one subject take turns, so that its writes enter memory in the order Lucene applies them. */
  private final ReentrantLock[] subjectLocks = new ReentrantLock[64];
  /** The store's lock held while a document's writes are applied (a refresh waits for none to be half-way). */
  private final Lock applying;

  RecentWrites(Lock applying) {
    this.applying = applying;
    Arrays.setAll(subjectLocks, i -> new ReentrantLock());
  }

  /**
   * Applies a write of the subject's document ({@code apply} makes the writer's calls) and keeps what it did until a
   * searcher shows it ({@code remember}: what the document's writes in memory did, with this one, given its number).
   */
  void write(String subject, LuceneWrite apply, BiFunction<Written, Long, Written> remember) throws IOException {
    ReentrantLock turn = subjectLocks[Math.floorMod(subject.hashCode(), subjectLocks.length)];
    turn.lock();
    try {
      applying.lock();
      try {
        apply.run();
        long write = writes.incrementAndGet();
        bySubject.compute(subject, (s, before) -> remember.apply(before == null ? Written.none(s) : before, write));
      } finally {
        applying.unlock();
      }
    } finally {
      turn.unlock();
    }
  }

  /** The subject's writes the searcher may not show yet; read it before acquiring the searcher (see below). */
  @Nullable Written of(String subject) {
    return bySubject.get(subject);
  }

  /**
   * Every document's writes the searcher may not show yet. Read them before acquiring the searcher: they leave memory
   * only once a searcher that shows them is current, so every write is seen, in memory or in the searcher (or both,
   * to the same effect).
   */
  List<Written> all() {
    return List.copyOf(bySubject.values());
  }

  /** The number of the latest write; call it while no writer is half-way, before the refresh it is for. */
  long covered() {
    return writes.get();
  }

  /** Drops the documents whose latest write a refresh covered; a later write keeps its document. */
  void dropCoveredBy(long covered) {
    bySubject.values().removeIf(document -> document.write() <= covered);
  }

  int documents() {
    return bySubject.size();
  }

  /** Adds to a search's filter that it takes none of the searcher's chunks that these writes removed or replaced. */
  static void exclude(BooleanQuery.Builder filter, List<Written> written) {
    List<BytesRef> subjects = new ArrayList<>();
    List<BytesRef> ids = new ArrayList<>();
    written.forEach(document -> document.collectHidden(subjects, ids));
    // term-set queries, not a clause per term: a boolean query takes at most 1,024 clauses
    if (!subjects.isEmpty()) {
      filter.add(new TermInSetQuery(LuceneDocuments.SUBJECT, subjects), BooleanClause.Occur.MUST_NOT);
    }
    if (!ids.isEmpty()) {
      filter.add(new TermInSetQuery(LuceneDocuments.ID, ids), BooleanClause.Occur.MUST_NOT);
    }
  }

  /**
   * The best {@code k} of the searcher's hits and the chunks these writes wrote that pass the request's filter, each
   * compared with the query (as many as were written since the last refresh).
   */
  static List<SearchHit> merge(List<SearchHit> indexed, List<Written> written, SearchRequest request) {
    if (written.isEmpty()) {
      return indexed;
    }
    float[] vector = java.util.Objects.requireNonNull(request.vector(), "a vector search");
    List<SearchHit> all = new ArrayList<>(indexed);
    for (StoredChunk chunk : upserts(written, request.filter())) {
      all.add(new SearchHit(chunk, VectorSimilarityFunction.COSINE.compare(vector, chunk.vector())));
    }
    all.sort(Comparator.comparingDouble(SearchHit::score).reversed());
    return List.copyOf(all.subList(0, Math.min(request.k(), all.size())));
  }

  /** The chunks these writes wrote that pass a search's filter. */
  static List<StoredChunk> upserts(List<Written> written, Map<String, String> filter) {
    List<StoredChunk> chunks = new ArrayList<>();
    for (Written document : written) {
      for (StoredChunk chunk : document.upserts().values()) {
        if (matches(chunk, filter)) {
          chunks.add(chunk);
        }
      }
    }
    return chunks;
  }

  /** Whether a chunk passes a search's filter, as the store has Lucene check it. */
  private static boolean matches(StoredChunk chunk, Map<String, String> filter) {
    for (Map.Entry<String, String> entry : filter.entrySet()) {
      String value = entry.getKey().equals(LuceneDocuments.SUBJECT) ? chunk.subject()
          : chunk.metadata().get(entry.getKey());
      if (!entry.getValue().equals(value)) {
        return false;
      }
    }
    return true;
  }

  /** The chunk as a read from the index returns it: its own copy of the vector, the time to the millisecond. */
  private static StoredChunk asStored(StoredChunk chunk) {
    return new StoredChunk(chunk.id(), chunk.subject(), chunk.index(), chunk.text(), chunk.vector().clone(),
        chunk.metadata(), chunk.indexedAt().truncatedTo(ChronoUnit.MILLIS), chunk.analyzer());
  }
}
