package dev.freshet.core.store;

import dev.freshet.api.error.RetryableException;
import dev.freshet.api.store.SearchHit;
import dev.freshet.api.store.SearchRequest;
import dev.freshet.api.store.StoredChunk;
import dev.freshet.api.store.VectorStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
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
import java.util.concurrent.locks.ReentrantLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.BiFunction;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.NRTCachingDirectory;
import org.apache.lucene.util.BytesRef;

/**
 * The embedded vector store: a Lucene index on disk with an HNSW graph over cosine similarity. Each
 * chunk is one Lucene document; metadata are indexed as exact-match terms for filtering.
 *
 * <p>{@link #replace} applies its writes and deletes and shows them to reads at once, from memory ({@link Pending}):
 * Lucene shows a write only after a near-real-time refresh, which for a one-document change costs several
 * milliseconds (the flush of a segment and the reopening of the reader), and which under a stream of changes would
 * come only at the next spaced one. It then waits for a commit (an fsync) that covers its writes and the refresh
 * after it (which drops them from memory), and returns. Commits and refreshes are shared between concurrent writers
 * ({@link GroupedAction}) and at least {@link #SPACING} apart: a lone change is committed at once, a stream of changes
 * costs one segment, commit and refresh per spacing instead of a segment per document. A refresh waits until no
 * writer is half-way through a document's writes, and a document's writes enter memory together, so a search sees
 * each document whole: its old chunks or its new ones. A change is searchable before it is durable, by the time of
 * a commit; a crash in between loses it from the index, but the write has not returned, so its delivery is not done
 * and runs again after the restart. Thread-safe.
 */
public class LuceneVectorStore implements VectorStore {

  private static final String ID = "id";
  private static final String SUBJECT = "subject";
  private static final String INDEX = "index";
  private static final String TEXT = "text";
  private static final String VECTOR = "vector";
  private static final String VECTOR_BYTES = "vector_bytes";
  private static final String INDEXED_AT = "indexed_at";
  private static final String META = "meta.";
  private static final int MIN_CANDIDATES = 100;
  /**
   * The least time between two commits, each followed by a refresh. Each makes a new segment, whose flush, reader
   * and later (HNSW) merges cost CPU: measured 5.8 ms per document with a refresh per document, 1.7 ms when 10
   * share one, 1.2 ms when 50 do (3,000 documents with 384-dimension vectors); and each commit fsyncs the files
   * written since the last one (one per 100 ms refresh meant some 130 fsyncs a second in a bulk snapshot). Writes are
   * searchable from memory meanwhile, so the spacing delays no search: a delivery waits for its commit, so it bounds
   * how long a delivery holds its slot after its write. A change after a quiet spell is committed at once.
   */
  static final Duration SPACING = Duration.ofMillis(250);
  /** Files of flushed and small merged segments are kept in memory until a commit syncs them (below this size). */
  private static final double CACHE_SEGMENTS_UP_TO_MB = 4;
  /** The most memory those files take; beyond it they go to disk at once. */
  private static final double CACHE_AT_MOST_MB = 16;

  private final Directory directory;
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private final GroupedAction commits;
  private final GroupedAction.Action beforeRefresh;
  /** Held shared while a document's writes are applied, exclusively while a searcher is opened (fair: no starving). */
  private final ReentrantReadWriteLock applying = new ReentrantReadWriteLock(true);
  /** Documents whose latest writes the current searcher may not show yet, by subject. */
  private final ConcurrentHashMap<String, Pending> pending = new ConcurrentHashMap<>();
  /** Numbers the writes to {@link #pending}: a refresh drops the documents written before it started. */
  private final AtomicLong writes = new AtomicLong();
  /** Writers of one subject take turns, so that its writes enter memory in the order Lucene applies them. */
  private final ReentrantLock[] subjectLocks = new ReentrantLock[64];

  /**
   * A document's writes since the searcher last showed them: what they did to the chunks the searcher shows.
   *
   * @param write the number of the latest of them ({@link #writes})
   * @param subject the document
   * @param removedAll whether they removed every chunk the searcher shows of it ({@link #removeBySubject})
   * @param upserts the chunks they wrote, by id: each replaces the searcher's chunk of its id, if any
   * @param removed the ids of the chunks they removed
   */
  private record Pending(long write, String subject, boolean removedAll, Map<String, StoredChunk> upserts,
      Set<String> removed) {

    static Pending none(String subject) {
      return new Pending(0, subject, false, Map.of(), Set.of());
    }

    Pending then(long write, Collection<StoredChunk> written, Collection<String> removedIds) {
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
      return new Pending(write, subject, removedAll, Map.copyOf(upserts), Set.copyOf(removed));
    }

    Pending thenRemoveAll(long write) {
      return new Pending(write, subject, true, Map.of(), Set.of());
    }

    /** Whether a chunk of the document that the searcher shows is hidden: removed or replaced. */
    boolean hides(String id) {
      return removedAll || removed.contains(id) || upserts.containsKey(id);
    }

    /** The document as its writes left it, given the chunks the searcher shows of it. */
    List<StoredChunk> applyTo(List<StoredChunk> indexed) {
      List<StoredChunk> chunks = new ArrayList<>(upserts.values());
      indexed.stream().filter(c -> !hides(c.id())).forEach(chunks::add);
      chunks.sort(Comparator.comparingInt(StoredChunk::index));
      return chunks;
    }
  }

  /** Opens (or creates) the index in {@code path}. */
  public LuceneVectorStore(Path path) {
    this(path, () -> { });
  }

  /** For tests: {@code beforeRefresh} runs before each refresh, e.g. to hold one back. */
  LuceneVectorStore(Path path, GroupedAction.Action beforeRefresh) {
    this.beforeRefresh = beforeRefresh;
    try {
      this.directory = new SmallSegmentCache(FSDirectory.open(path));
      this.writer = new IndexWriter(directory, new IndexWriterConfig().setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
      this.searchers = new SearcherManager(writer, null);
      this.commits = new GroupedAction(this::commitAndRefresh, SPACING);
      Arrays.setAll(subjectLocks, i -> new ReentrantLock());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open the Lucene index at " + path + ": " + e.getMessage(), e);
    }
  }

  @Override
  public void replace(String subject, Collection<StoredChunk> upserts, Collection<String> removeIds) {
    for (StoredChunk chunk : upserts) {
      if (!chunk.subject().equals(subject)) {
        throw new IllegalArgumentException("chunk " + chunk.id() + " belongs to " + chunk.subject() + ", not " + subject);
      }
    }
    try {
      write(subject, () -> {
        for (StoredChunk chunk : upserts) {
          writer.updateDocument(new Term(ID, chunk.id()), toDocument(chunk));
        }
        for (String id : removeIds) {
          writer.deleteDocuments(new Term(ID, id));
        }
      }, (before, write) -> before.then(write, upserts, removeIds));
      commit();
    } catch (IOException e) {
      throw new RetryableException("Lucene index write failed: " + e.getMessage(), e);
    }
  }

  @Override
  public void removeBySubject(String subject) {
    try {
      write(subject, () -> writer.deleteDocuments(new Term(SUBJECT, subject)),
          (before, write) -> before.thenRemoveAll(write));
      commit();
    } catch (IOException e) {
      throw new RetryableException("Lucene index delete failed: " + e.getMessage(), e);
    }
  }

  @Override
  public List<StoredChunk> chunksOf(String subject) {
    Pending written = pending.get(subject); // before the searcher: see search()
    if (written != null && written.removedAll() && written.upserts().isEmpty()) {
      return List.of();
    }
    return withSearcher(searcher -> {
      List<StoredChunk> indexed = written != null && written.removedAll() ? List.of() : indexedChunksOf(searcher, subject);
      return written == null ? indexed : written.applyTo(indexed);
    });
  }

  /**
   * The nearest chunks among those the searcher shows, except those that writes in memory removed or replaced, and
   * the chunks those writes wrote, compared one by one (there are as many as were written since the last refresh).
   * The writes in memory are read before the searcher is acquired: they leave memory only once a searcher that
   * shows them is current, so every write is seen, in memory or in the searcher (or both, to the same effect).
   */
  @Override
  public List<SearchHit> search(SearchRequest request) {
    List<Pending> written = List.copyOf(pending.values());
    List<SearchHit> hits = withSearcher(searcher -> {
      Query filter = filterQuery(request.filter(), written);
      // HNSW explores about as many candidates as it is asked for: asking for k = 1 can miss the nearest
      // chunk. Explore at least MIN_CANDIDATES and keep the best k.
      int candidates = Math.max(request.k(), MIN_CANDIDATES);
      Query query = new KnnFloatVectorQuery(VECTOR, request.vector(), candidates, filter);
      ScoreDoc[] docs = searcher.search(query, request.k()).scoreDocs;
      StoredFields fields = searcher.storedFields();
      List<SearchHit> found = new ArrayList<>(docs.length);
      for (ScoreDoc doc : docs) {
        found.add(new SearchHit(toChunk(fields.document(doc.doc)), doc.score));
      }
      return found;
    });
    if (written.isEmpty()) {
      return hits;
    }
    List<SearchHit> all = new ArrayList<>(hits);
    for (Pending document : written) {
      for (StoredChunk chunk : document.upserts().values()) {
        if (matches(chunk, request.filter())) {
          all.add(new SearchHit(chunk, VectorSimilarityFunction.COSINE.compare(request.vector(), chunk.vector())));
        }
      }
    }
    all.sort(Comparator.comparingDouble(SearchHit::score).reversed());
    return List.copyOf(all.subList(0, Math.min(request.k(), all.size())));
  }

  @Override
  public List<String> subjects() {
    return withSearcher(searcher -> {
      List<String> subjects = new ArrayList<>();
      Terms terms = MultiTerms.getTerms(searcher.getIndexReader(), SUBJECT);
      if (terms == null) {
        return subjects;
      }
      TermsEnum each = terms.iterator();
      for (BytesRef term = each.next(); term != null; term = each.next()) {
        String subject = term.utf8ToString();
        if (searcher.count(new TermQuery(new Term(SUBJECT, subject))) > 0) { // a term may outlive its deleted chunks
          subjects.add(subject);
        }
      }
      return subjects;
    });
  }

  @Override
  public long count() {
    List<Pending> written = List.copyOf(pending.values()); // before the searcher: see search()
    return withSearcher(searcher -> {
      long count = searcher.getIndexReader().numDocs();
      for (Pending document : written) {
        count += document.upserts().size() - searcher.count(hiddenBy(document));
      }
      return count;
    });
  }

  @Override
  public void close() {
    try {
      searchers.close();
      writer.close();
      directory.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Commits, then refreshes the searcher (which drops what it shows from memory). */
  private void commitAndRefresh() throws IOException {
    writer.commit();
    refresh();
  }

  /**
   * Opens a new searcher while no writer is half-way through a document's writes: Lucene makes each call atomic,
   * not a document's sequence of them, and a refresh in between (another writer's) would show some of its new
   * chunks beside its stale ones, or a part of a new document.
   */
  private void refresh() throws IOException {
    beforeRefresh.run();
    applying.writeLock().lock();
    try {
      long covered = writes.get(); // no writer is half-way: every write numbered so far is applied
      searchers.maybeRefreshBlocking();
      pending.values().removeIf(document -> document.write() <= covered); // a later write keeps its document
    } finally {
      applying.writeLock().unlock();
    }
  }

  /** Returns once the writes this thread applied are durable, and searchable without memory's help. */
  private void commit() throws IOException {
    commits.await(commits.ticket());
  }

  /**
   * Applies a write of the subject's document ({@code apply} makes the writer's calls) and keeps what it did in
   * memory until a searcher shows it ({@code remember}: what the document's writes in memory did, with this one).
   */
  private void write(String subject, LuceneWrite apply, BiFunction<Pending, Long, Pending> remember)
      throws IOException {
    ReentrantLock turn = subjectLocks[Math.floorMod(subject.hashCode(), subjectLocks.length)];
    turn.lock();
    try {
      applying.readLock().lock();
      try {
        apply.run();
        long write = writes.incrementAndGet();
        pending.compute(subject, (s, before) -> remember.apply(before == null ? Pending.none(s) : before, write));
      } finally {
        applying.readLock().unlock();
      }
    } finally {
      turn.unlock();
    }
  }

  private interface LuceneWrite {
    void run() throws IOException;
  }

  private static List<StoredChunk> indexedChunksOf(IndexSearcher searcher, String subject) throws IOException {
    Query query = new TermQuery(new Term(SUBJECT, subject));
    int count = searcher.count(query); // size the collector to the hits: its queue is allocated up front
    if (count == 0) {
      return List.of();
    }
    ScoreDoc[] docs = searcher.search(query, count).scoreDocs;
    StoredFields fields = searcher.storedFields();
    List<StoredChunk> chunks = new ArrayList<>(docs.length);
    for (ScoreDoc doc : docs) {
      chunks.add(toChunk(fields.document(doc.doc)));
    }
    chunks.sort(Comparator.comparingInt(StoredChunk::index));
    return chunks;
  }

  /** The request's filter, and none of the chunks that writes in memory removed or replaced. */
  private static Query filterQuery(Map<String, String> filter, List<Pending> written) {
    if (filter.isEmpty() && written.isEmpty()) {
      return new MatchAllDocsQuery();
    }
    BooleanQuery.Builder builder = new BooleanQuery.Builder();
    builder.add(new MatchAllDocsQuery(), BooleanClause.Occur.FILTER);
    filter.forEach((key, value) -> builder.add(
        new TermQuery(new Term(key.equals(SUBJECT) ? SUBJECT : META + key, value)), BooleanClause.Occur.FILTER));
    List<BytesRef> subjects = new ArrayList<>();
    List<BytesRef> ids = new ArrayList<>();
    written.forEach(document -> collectHidden(document, subjects, ids));
    // term-set queries, not a clause per term: a boolean query takes at most 1,024 clauses
    if (!subjects.isEmpty()) {
      builder.add(new TermInSetQuery(SUBJECT, subjects), BooleanClause.Occur.MUST_NOT);
    }
    if (!ids.isEmpty()) {
      builder.add(new TermInSetQuery(ID, ids), BooleanClause.Occur.MUST_NOT);
    }
    return builder.build();
  }

  /** The chunks the searcher shows that a document's writes in memory removed or replaced. */
  private static Query hiddenBy(Pending document) {
    List<BytesRef> subjects = new ArrayList<>();
    List<BytesRef> ids = new ArrayList<>();
    collectHidden(document, subjects, ids);
    return subjects.isEmpty() ? new TermInSetQuery(ID, ids) : new TermInSetQuery(SUBJECT, subjects);
  }

  /** Adds what a document's writes in memory hide of the searcher's chunks: its subject (all of them) or their ids. */
  private static void collectHidden(Pending document, List<BytesRef> subjects, List<BytesRef> ids) {
    if (document.removedAll()) {
      subjects.add(new BytesRef(document.subject()));
    } else {
      document.upserts().keySet().forEach(id -> ids.add(new BytesRef(id)));
      document.removed().forEach(id -> ids.add(new BytesRef(id)));
    }
  }

  /** Whether a chunk passes a search's filter, as {@link #filterQuery} has Lucene check it. */
  private static boolean matches(StoredChunk chunk, Map<String, String> filter) {
    for (Map.Entry<String, String> entry : filter.entrySet()) {
      String value = entry.getKey().equals(SUBJECT) ? chunk.subject() : chunk.metadata().get(entry.getKey());
      if (!entry.getValue().equals(value)) {
        return false;
      }
    }
    return true;
  }

  /** The chunk as a read from the index returns it: its own copy of the vector, the time to the millisecond. */
  private static StoredChunk asStored(StoredChunk chunk) {
    return new StoredChunk(chunk.id(), chunk.subject(), chunk.index(), chunk.text(), chunk.vector().clone(),
        chunk.metadata(), chunk.indexedAt().truncatedTo(ChronoUnit.MILLIS));
  }

  private static Document toDocument(StoredChunk chunk) {
    Document doc = new Document();
    doc.add(new StringField(ID, chunk.id(), Field.Store.YES));
    doc.add(new StringField(SUBJECT, chunk.subject(), Field.Store.YES));
    doc.add(new StoredField(INDEX, chunk.index()));
    doc.add(new StoredField(TEXT, chunk.text()));
    doc.add(new KnnFloatVectorField(VECTOR, chunk.vector(), VectorSimilarityFunction.COSINE));
    ByteBuffer bytes = ByteBuffer.allocate(chunk.vector().length * Float.BYTES);
    bytes.asFloatBuffer().put(chunk.vector());
    doc.add(new StoredField(VECTOR_BYTES, bytes.array()));
    doc.add(new StoredField(INDEXED_AT, chunk.indexedAt().toEpochMilli()));
    chunk.metadata().forEach((k, v) -> doc.add(new StringField(META + k, v, Field.Store.YES)));
    return doc;
  }

  private static StoredChunk toChunk(Document doc) {
    BytesRef raw = doc.getBinaryValue(VECTOR_BYTES);
    float[] vector = new float[raw.length / Float.BYTES];
    ByteBuffer.wrap(raw.bytes, raw.offset, raw.length).asFloatBuffer().get(vector);
    Map<String, String> metadata = new LinkedHashMap<>();
    for (IndexableField field : doc.getFields()) {
      if (field.name().startsWith(META)) {
        metadata.put(field.name().substring(META.length()), field.stringValue());
      }
    }
    return new StoredChunk(doc.get(ID), doc.get(SUBJECT), doc.getField(INDEX).numericValue().intValue(), doc.get(TEXT),
        vector, metadata, Instant.ofEpochMilli(doc.getField(INDEXED_AT).numericValue().longValue()));
  }

  /**
   * Lucene's NRT cache: each refresh flushes a segment of the few documents written since the last one, whose
   * dozen files (merged into a compound file at once, then deleted) cost more in file creation, deletion and
   * mapping than in writing: on this project's benchmark machine the agents spent two thirds of their CPU time in
   * the kernel, most of it creating files. Kept in memory, only the compound file reaches the disk, at the
   * commit (which syncs it). Lucene's class caches only writes it knows the size of; the flush's temporary and
   * stored-field files come without one, so they are cached too, within the same memory bound. Commit points
   * ({@code segments_N}) always go to disk.
   */
  private static final class SmallSegmentCache extends NRTCachingDirectory {

    SmallSegmentCache(Directory disk) {
      super(disk, CACHE_SEGMENTS_UP_TO_MB, CACHE_AT_MOST_MB);
    }

    @Override
    protected boolean doCacheWrite(String name, IOContext context) {
      if (name.startsWith("segments") || name.startsWith("pending_segments")) {
        return false;
      }
      if (context.mergeInfo() == null && context.flushInfo() == null) {
        return ramBytesUsed() < (long) (CACHE_AT_MOST_MB * 1024 * 1024);
      }
      return super.doCacheWrite(name, context);
    }
  }

  /** How many documents are read from memory, for tests. */
  int documentsInMemory() {
    return pending.size();
  }

  private interface SearcherWork<T> {
    T apply(IndexSearcher searcher) throws IOException;
  }

  private <T> T withSearcher(SearcherWork<T> work) {
    try {
      IndexSearcher searcher = searchers.acquire();
      try {
        return work.apply(searcher);
      } finally {
        searchers.release(searcher);
      }
    } catch (IOException e) {
      throw new RetryableException("Lucene index read failed: " + e.getMessage(), e);
    }
  }
}
