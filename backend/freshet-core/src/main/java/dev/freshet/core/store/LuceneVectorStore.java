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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
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
 * <p>{@link #replace} applies its writes and deletes and shows the document's new chunks to reads at once, from
 * memory ({@link Pending}): Lucene's near-real-time refresh of a one-document change costs several milliseconds
 * (the flush of a segment and the reopening of the reader), and under a stream of changes a change also waits for
 * the next spaced refresh; a document read from memory until then is searchable when its writes are applied.
 * It then waits for a searcher refresh that covers them (which drops the document from memory) and for a commit
 * (an fsync) that covers them, and returns. Refreshes and commits are shared between concurrent writers ({@link GroupedAction}),
 * refreshes at least {@link #SPACING} apart and commits at least {@link #COMMIT_SPACING}: a lone change is
 * refreshed and committed at once, a stream of changes costs about one refresh per spacing instead of a segment
 * per document, and one commit per commit spacing. A refresh waits
 * until no writer is half-way through a document's writes, and a document in memory is whole, so a search sees
 * each document whole: its old chunks or its new ones. A change is searchable before it is durable, by the time
 * of a refresh and a commit; a crash in between loses it from the index,
 * but the write has not returned, so its delivery is not done and runs again after the restart.
 * Thread-safe.
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
   * The least time between two refreshes. Each makes a new segment, whose flush, reader and later (HNSW)
   * merges cost CPU: measured 5.8 ms per document with a refresh per document, 1.7 ms when 10 share one,
   * 1.2 ms when 50 do (3,000 documents with 384-dimension vectors). 100 ms bounds that at 10 segments a
   * second, while delaying a change that arrives during a stream by at most as much; a change after a quiet
   * spell is refreshed at once.
   */
  static final Duration SPACING = Duration.ofMillis(100);
  /**
   * The least time between two commits. A commit fsyncs every file written since the last one: one after each
   * refresh meant some 130 fsyncs a second in a bulk snapshot, and the new small segments written to disk only
   * to be merged and deleted soon after. A change after a quiet spell is committed at once; a delivery waits
   * for its commit, so this also bounds how long a delivery holds its slot beyond being searchable.
   */
  static final Duration COMMIT_SPACING = Duration.ofMillis(250);
  /** Files of flushed and small merged segments are kept in memory until a commit syncs them (below this size). */
  private static final double CACHE_SEGMENTS_UP_TO_MB = 4;
  /** The most memory those files take; beyond it they go to disk at once. */
  private static final double CACHE_AT_MOST_MB = 16;

  private final Directory directory;
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private final GroupedAction refreshes;
  private final GroupedAction commits;
  private final GroupedAction.Action beforeRefresh;
  /** Held shared while a document's writes are applied, exclusively while a searcher is opened (fair: no starving). */
  private final ReentrantReadWriteLock applying = new ReentrantReadWriteLock(true);
  /** Documents whose latest writes the current searcher may not show yet, by subject. */
  private final ConcurrentHashMap<String, Pending> pending = new ConcurrentHashMap<>();
  /** Numbers the writes to {@link #pending}: a refresh drops the documents written before it started. */
  private final AtomicLong writes = new AtomicLong();
  /** Writers of one subject take turns: each composes its document from the one before it. */
  private final ReentrantLock[] subjectLocks = new ReentrantLock[64];

  /**
   * A document as its latest writes left it, whole (every chunk, by index), until a searcher shows it.
   *
   * @param write the number of the write that left it so ({@link #writes})
   * @param subject the document
   */
  private record Pending(long write, String subject, List<StoredChunk> chunks) {}

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
      this.refreshes = new GroupedAction(this::refresh, SPACING);
      this.commits = new GroupedAction(writer::commit, COMMIT_SPACING);
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
      write(subject, current -> {
        for (StoredChunk chunk : upserts) {
          writer.updateDocument(new Term(ID, chunk.id()), toDocument(chunk));
        }
        for (String id : removeIds) {
          writer.deleteDocuments(new Term(ID, id));
        }
        Map<String, StoredChunk> byId = new LinkedHashMap<>();
        current.forEach(c -> byId.put(c.id(), c));
        upserts.forEach(c -> byId.put(c.id(), asStored(c)));
        removeIds.forEach(byId::remove);
        return List.copyOf(byId.values());
      });
      commit();
    } catch (IOException e) {
      throw new RetryableException("Lucene index write failed: " + e.getMessage(), e);
    }
  }

  @Override
  public void removeBySubject(String subject) {
    try {
      write(subject, current -> {
        writer.deleteDocuments(new Term(SUBJECT, subject));
        return List.of();
      });
      commit();
    } catch (IOException e) {
      throw new RetryableException("Lucene index delete failed: " + e.getMessage(), e);
    }
  }

  @Override
  public List<StoredChunk> chunksOf(String subject) {
    Pending written = pending.get(subject); // before the searcher: see search()
    if (written != null) {
      return written.chunks();
    }
    return withSearcher(searcher -> indexedChunksOf(searcher, subject));
  }

  /**
   * The nearest chunks among those the searcher shows, except for the documents in memory, whose chunks are compared
   * one by one (there are as many as were written since the last refresh). The documents in memory are read before
   * the searcher is acquired: a document leaves memory only once a searcher that shows it is current, so every
   * document is seen, in memory or in the searcher, and whole in either.
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
      for (StoredChunk chunk : document.chunks()) {
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
        count += document.chunks().size() - searcher.count(new TermQuery(new Term(SUBJECT, document.subject())));
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

  /** Returns once the writes this thread applied are searchable, and then durable. */
  private void commit() throws IOException {
    refreshes.await(refreshes.ticket());
    commits.await(commits.ticket());
  }

  /**
   * Applies a write of the subject's document and keeps the document, whole, in memory until a searcher shows
   * it. {@code apply} makes the writer's calls and returns the document they leave, given the one before them.
   */
  private void write(String subject, DocumentWrite apply) throws IOException {
    ReentrantLock turn = subjectLocks[Math.floorMod(subject.hashCode(), subjectLocks.length)];
    turn.lock();
    try {
      List<StoredChunk> current = chunksOf(subject); // every earlier write of the subject: in memory or searchable
      applying.readLock().lock();
      try {
        List<StoredChunk> after = apply.apply(current);
        List<StoredChunk> ordered = after.stream().sorted(Comparator.comparingInt(StoredChunk::index)).toList();
        pending.put(subject, new Pending(writes.incrementAndGet(), subject, ordered));
      } finally {
        applying.readLock().unlock();
      }
    } finally {
      turn.unlock();
    }
  }

  private interface DocumentWrite {
    List<StoredChunk> apply(List<StoredChunk> current) throws IOException;
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

  /** The request's filter, and none of the chunks of the documents in memory (those are compared apart). */
  private static Query filterQuery(Map<String, String> filter, List<Pending> written) {
    if (filter.isEmpty() && written.isEmpty()) {
      return new MatchAllDocsQuery();
    }
    BooleanQuery.Builder builder = new BooleanQuery.Builder();
    builder.add(new MatchAllDocsQuery(), BooleanClause.Occur.FILTER);
    filter.forEach((key, value) -> builder.add(
        new TermQuery(new Term(key.equals(SUBJECT) ? SUBJECT : META + key, value)), BooleanClause.Occur.FILTER));
    written.forEach(document -> builder.add(new TermQuery(new Term(SUBJECT, document.subject())),
        BooleanClause.Occur.MUST_NOT));
    return builder.build();
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
