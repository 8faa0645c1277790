package dev.freshet.core.store;

import dev.freshet.api.error.RetryableException;
import dev.freshet.api.store.SearchHit;
import dev.freshet.api.store.SearchHits;
import dev.freshet.api.store.SearchRequest;
import dev.freshet.api.store.StoredChunk;
import dev.freshet.api.store.VectorStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
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
import org.apache.lucene.util.BytesRef;

/**
 * The embedded vector store: a Lucene index on disk with an HNSW graph over cosine similarity and, in the same
 * documents, the text's terms for keyword search (BM25): one field as the chunk's {@link TextAnalyzer} reads it and
 * one of its identifiers. Each chunk is one Lucene document, so one write, commit and delete covers its vector and its
 * terms; metadata are indexed as exact-match terms for filtering.
 *
 * <p>{@link #replace} applies its writes and deletes and shows them to reads at once, from memory
 * ({@link RecentWrites}) until a refresh shows them. It then waits for a commit (an fsync) that covers its writes and the refresh
 * after it (which drops them from memory), and returns. Commits and refreshes are shared between concurrent writers
 * ({@link GroupedAction}) and at least {@link #SPACING} apart: a lone change is committed at once, a stream of changes
 * costs one segment, commit and refresh per spacing instead of a segment per document. A refresh waits until no
 * writer is half-way through a document's writes, and a document's writes enter memory together, so a search sees
 * each document whole: its old chunks or its new ones. A change is searchable before it is durable, by the time of
 * a commit; a crash in between loses it from the index, but the write has not returned, so its delivery is not done
 * and runs again after the restart. Thread-safe.
 */
public class LuceneVectorStore implements VectorStore {

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

  private final Directory directory;
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private final GroupedAction commits;
  private final GroupedAction.Action beforeRefresh;
  /** Held shared while a document's writes are applied, exclusively while a searcher is opened (fair: no starving). */
  private final ReentrantReadWriteLock applying = new ReentrantReadWriteLock(true);
  private final RecentWrites recent = new RecentWrites(applying.readLock());
  /** The in-memory keyword indexes of recent chunks, by chunk id and analyzer; a refresh drops them. */
  private final Map<String, IndexReader> memoryReaders = new ConcurrentHashMap<>();

  /** Opens (or creates) the index in {@code path}. */
  public LuceneVectorStore(Path path) {
    this(path, () -> { });
  }

  /** For tests: {@code beforeRefresh} runs before each refresh, e.g. to hold one back. */
  LuceneVectorStore(Path path, GroupedAction.Action beforeRefresh) {
    this.beforeRefresh = beforeRefresh;
    try {
      this.directory = new SmallSegmentCache(FSDirectory.open(path));
      this.writer = new IndexWriter(directory, new IndexWriterConfig(LuceneKeywords.fieldAnalyzers())
          .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
      this.searchers = new SearcherManager(writer, null);
      this.commits = new GroupedAction(this::commitAndRefresh, SPACING);
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
      recent.write(subject, () -> {
        for (StoredChunk chunk : upserts) {
          writer.updateDocument(new Term(LuceneDocuments.ID, chunk.id()), LuceneDocuments.of(chunk));
        }
        for (String id : removeIds) {
          writer.deleteDocuments(new Term(LuceneDocuments.ID, id));
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
      recent.write(subject, () -> writer.deleteDocuments(new Term(LuceneDocuments.SUBJECT, subject)),
          (before, write) -> before.thenRemoveAll(write));
      commit();
    } catch (IOException e) {
      throw new RetryableException("Lucene index delete failed: " + e.getMessage(), e);
    }
  }

  @Override
  public List<StoredChunk> chunksOf(String subject) {
    RecentWrites.Written written = recent.of(subject); // before the searcher: see RecentWrites.all()
    if (written == null) {
      return withSearcher(searcher -> indexedChunksOf(searcher, subject));
    }
    return written.applyTo(written.removedAll() ? List.of() : withSearcher(searcher -> indexedChunksOf(searcher, subject)));
  }

  /**
   * The nearest chunks and the best keyword matches among those the searcher shows, except those that recent writes
   * removed or replaced, and the chunks those writes wrote: merged by similarity for vectors ({@link
   * RecentWrites#merge}), scored beside the searcher's for keywords ({@link LuceneKeywords#search}). One searcher and one
   * look at the recent writes serve both, so a document's replacement shows in both lists or in neither.
   */
  @Override
  public SearchHits search(SearchRequest request) {
    List<RecentWrites.Written> written = recent.all(); // before the searcher: see RecentWrites.all()
    Query keywords = request.keywords() == null ? null : LuceneKeywords.query(request.keywords());
    SearchHits hits = withSearcher(searcher -> {
      Query filter = filterQuery(request.filter(), written);
      List<SearchHit> nearest = List.of();
      if (request.vector() != null) {
        // HNSW explores about as many candidates as it is asked for: asking for k = 1 can miss the nearest
        // chunk. Explore at least MIN_CANDIDATES and keep the best k.
        int candidates = Math.max(request.k(), MIN_CANDIDATES);
        Query query = new KnnFloatVectorQuery(LuceneDocuments.VECTOR, request.vector(), candidates, filter);
        nearest = LuceneDocuments.hits(searcher, searcher.search(query, request.k()).scoreDocs);
      }
      List<SearchHit> matching = keywords == null ? List.of()
          : LuceneKeywords.search(searcher, keywords, filter, request, written, memoryReaders);
      return new SearchHits(nearest, matching);
    });
    return request.vector() == null ? hits : new SearchHits(RecentWrites.merge(hits.vector(), written, request),
        hits.keyword());
  }

  @Override
  public boolean searchesKeywords() {
    return true;
  }

  @Override
  public List<String> subjects() {
    return withSearcher(searcher -> {
      List<String> subjects = new ArrayList<>();
      Terms terms = MultiTerms.getTerms(searcher.getIndexReader(), LuceneDocuments.SUBJECT);
      if (terms == null) {
        return subjects;
      }
      TermsEnum each = terms.iterator();
      for (BytesRef term = each.next(); term != null; term = each.next()) {
        String subject = term.utf8ToString();
        if (searcher.count(new TermQuery(new Term(LuceneDocuments.SUBJECT, subject))) > 0) { // a term may outlive its deleted chunks
          subjects.add(subject);
        }
      }
      return subjects;
    });
  }

  @Override
  public long count() {
    List<RecentWrites.Written> written = recent.all(); // before the searcher: see RecentWrites.all()
    return withSearcher(searcher -> {
      long count = searcher.getIndexReader().numDocs();
      for (RecentWrites.Written document : written) {
        count += document.upserts().size() - searcher.count(document.hidden());
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
      long covered = recent.covered(); // no writer is half-way: every write numbered so far is applied
      searchers.maybeRefreshBlocking();
      recent.dropCoveredBy(covered);
      memoryReaders.clear(); // a search may add one back for a dropped chunk: harmless (same text), gone next time
    } finally {
      applying.writeLock().unlock();
    }
  }

  /** Returns once the writes this thread applied are durable, and searchable without memory's help. */
  private void commit() throws IOException {
    commits.await(commits.ticket());
  }

  private static List<StoredChunk> indexedChunksOf(IndexSearcher searcher, String subject) throws IOException {
    Query query = new TermQuery(new Term(LuceneDocuments.SUBJECT, subject));
    int count = searcher.count(query); // size the collector to the hits: its queue is allocated up front
    if (count == 0) {
      return List.of();
    }
    ScoreDoc[] docs = searcher.search(query, count).scoreDocs;
    StoredFields fields = searcher.storedFields();
    List<StoredChunk> chunks = new ArrayList<>(docs.length);
    for (ScoreDoc doc : docs) {
      chunks.add(LuceneDocuments.chunk(fields.document(doc.doc)));
    }
    chunks.sort(Comparator.comparingInt(StoredChunk::index));
    return chunks;
  }

  /** The request's filter, and none of the chunks that recent writes removed or replaced. */
  private static Query filterQuery(Map<String, String> filter, List<RecentWrites.Written> written) {
    if (filter.isEmpty() && written.isEmpty()) {
      return new MatchAllDocsQuery();
    }
    BooleanQuery.Builder builder = new BooleanQuery.Builder();
    builder.add(new MatchAllDocsQuery(), BooleanClause.Occur.FILTER);
    filter.forEach((key, value) -> builder.add(
        new TermQuery(LuceneDocuments.filterTerm(key, value)), BooleanClause.Occur.FILTER));
    RecentWrites.exclude(builder, written);
    return builder.build();
  }

  /** How many documents are read from memory, for tests. */
  int documentsInMemory() {
    return recent.documents();
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
