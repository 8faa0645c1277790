package dev.freshet.core.store;

import dev.freshet.api.error.RetryableException;
import dev.freshet.api.store.KeywordQuery;
import dev.freshet.api.store.SearchHit;
import dev.freshet.api.store.SearchHits;
import dev.freshet.api.store.SearchRequest;
import dev.freshet.api.store.StoredChunk;
import dev.freshet.api.store.VectorStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiReader;
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
import org.apache.lucene.util.BytesRef;
import org.jspecify.annotations.Nullable;

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

  static final String ID = "id";
  static final String SUBJECT = "subject";
  private static final String INDEX = "index";
  private static final String TEXT = "text";
  private static final String VECTOR = "vector";
  private static final String VECTOR_BYTES = "vector_bytes";
  private static final String INDEXED_AT = "indexed_at";
  private static final String ANALYZER = "analyzer";
  private static final String META = "meta.";
  /** The text as its analyzer reads it, for keyword search: {@code kw.english}, {@code kw.standard}, ... */
  private static final String KEYWORDS = "kw.";
  /** The text's identifiers ({@link IdentifierAnalyzer}), beside every analyzer's field. */
  private static final String IDENTIFIERS = "kw.ident";
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

  /** Opens (or creates) the index in {@code path}. */
  public LuceneVectorStore(Path path) {
    this(path, () -> { });
  }

  /** For tests: {@code beforeRefresh} runs before each refresh, e.g. to hold one back. */
  LuceneVectorStore(Path path, GroupedAction.Action beforeRefresh) {
    this.beforeRefresh = beforeRefresh;
    try {
      this.directory = new SmallSegmentCache(FSDirectory.open(path));
      this.writer = new IndexWriter(directory, new IndexWriterConfig(fieldAnalyzers())
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
      recent.write(subject, () -> writer.deleteDocuments(new Term(SUBJECT, subject)),
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
   * RecentWrites#merge}), scored beside the searcher's for keywords ({@link #keywordHits}). One searcher and one
   * look at the recent writes serve both, so a document's replacement shows in both lists or in neither.
   */
  @Override
  public SearchHits search(SearchRequest request) {
    List<RecentWrites.Written> written = recent.all(); // before the searcher: see RecentWrites.all()
    Query keywords = request.keywords() == null ? null : keywordQuery(request.keywords());
    SearchHits hits = withSearcher(searcher -> {
      Query filter = filterQuery(request.filter(), written);
      List<SearchHit> nearest = List.of();
      if (request.vector() != null) {
        // HNSW explores about as many candidates as it is asked for: asking for k = 1 can miss the nearest
        // chunk. Explore at least MIN_CANDIDATES and keep the best k.
        int candidates = Math.max(request.k(), MIN_CANDIDATES);
        Query query = new KnnFloatVectorQuery(VECTOR, request.vector(), candidates, filter);
        nearest = hits(searcher, searcher.search(query, request.k()).scoreDocs);
      }
      List<SearchHit> matching = keywords == null ? List.of()
          : keywordHits(searcher, keywords, filter, request, written);
      return new SearchHits(nearest, matching);
    });
    return request.vector() == null ? hits : new SearchHits(RecentWrites.merge(hits.vector(), written, request),
        hits.keyword());
  }

  @Override
  public boolean searchesKeywords() {
    return true;
  }

  /**
   * The chunks that best match the keywords (BM25). Chunks written since the last refresh are not in the searcher:
   * each becomes a one-document in-memory index beside it, and one searcher over all of them scores every chunk with
   * the same collection statistics, as if the refresh had happened.
   */
  private static List<SearchHit> keywordHits(IndexSearcher searcher, Query keywords, Query filter,
      SearchRequest request, List<RecentWrites.Written> written) throws IOException {
    List<StoredChunk> recentChunks = RecentWrites.upserts(written, request.filter());
    if (recentChunks.isEmpty()) {
      Query query = new BooleanQuery.Builder().add(keywords, BooleanClause.Occur.MUST)
          .add(filter, BooleanClause.Occur.FILTER).build();
      return hits(searcher, searcher.search(query, request.k()).scoreDocs);
    }
    IndexReader indexed = searcher.getIndexReader();
    IndexReader[] readers = new IndexReader[recentChunks.size() + 1];
    readers[0] = indexed;
    for (int i = 0; i < recentChunks.size(); i++) {
      readers[i + 1] = RecentWrites.keywordReader(recentChunks.get(i), KEYWORDS + recentChunks.get(i).analyzer(),
          IDENTIFIERS, TextAnalyzer.of(recentChunks.get(i).analyzer()).lucene());
    }
    try (MultiReader all = new MultiReader(readers, false)) {
      // the searcher's filter holds for its chunks; the recent ones passed the request's filter already
      Query either = new BooleanQuery.Builder().add(filter, BooleanClause.Occur.SHOULD)
          .add(new TermQuery(new Term(RecentWrites.RECENT, RecentWrites.RECENT)), BooleanClause.Occur.SHOULD)
          .setMinimumNumberShouldMatch(1).build();
      Query query = new BooleanQuery.Builder().add(keywords, BooleanClause.Occur.MUST)
          .add(either, BooleanClause.Occur.FILTER).build();
      ScoreDoc[] docs = new IndexSearcher(all).search(query, request.k()).scoreDocs;
      StoredFields fields = searcher.storedFields();
      List<SearchHit> found = new ArrayList<>(docs.length);
      for (ScoreDoc doc : docs) {
        StoredChunk chunk = doc.doc < indexed.maxDoc() ? toChunk(fields.document(doc.doc))
            : recentChunks.get(doc.doc - indexed.maxDoc()); // each in-memory index holds one document
        found.add(new SearchHit(chunk, doc.score));
      }
      return found;
    }
  }

  /** The keyword query: each analyzer's terms on its field, and the identifiers; null if the text has no term. */
  private static @Nullable Query keywordQuery(KeywordQuery keywords) {
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    int clauses = 0;
    for (String id : keywords.analyzers()) {
      TextAnalyzer analyzer = TextAnalyzer.of(id);
      for (String term : TextAnalyzer.terms(analyzer.lucene(), KEYWORDS + id, keywords.text(),
          TextAnalyzer.MAX_QUERY_TERMS)) {
        query.add(new TermQuery(new Term(KEYWORDS + id, term)), BooleanClause.Occur.SHOULD);
        clauses++;
      }
    }
    for (String term : IdentifierAnalyzer.queryTerms(keywords.text())) {
      query.add(new TermQuery(new Term(IDENTIFIERS, term)), BooleanClause.Occur.SHOULD);
      clauses++;
    }
    return clauses == 0 ? null : query.build();
  }

  private static List<SearchHit> hits(IndexSearcher searcher, ScoreDoc[] docs) throws IOException {
    StoredFields fields = searcher.storedFields();
    List<SearchHit> found = new ArrayList<>(docs.length);
    for (ScoreDoc doc : docs) {
      found.add(new SearchHit(toChunk(fields.document(doc.doc)), doc.score));
    }
    return found;
  }

  /** Each analyzer's field read by that analyzer, the identifiers' by {@link IdentifierAnalyzer}. */
  private static Analyzer fieldAnalyzers() {
    Map<String, Analyzer> byField = new HashMap<>();
    for (TextAnalyzer analyzer : TextAnalyzer.values()) {
      byField.put(KEYWORDS + analyzer.id(), analyzer.lucene());
    }
    byField.put(IDENTIFIERS, IdentifierAnalyzer.INSTANCE);
    return new PerFieldAnalyzerWrapper(new StandardAnalyzer(), byField);
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
    } finally {
      applying.writeLock().unlock();
    }
  }

  /** Returns once the writes this thread applied are durable, and searchable without memory's help. */
  private void commit() throws IOException {
    commits.await(commits.ticket());
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

  /** The request's filter, and none of the chunks that recent writes removed or replaced. */
  private static Query filterQuery(Map<String, String> filter, List<RecentWrites.Written> written) {
    if (filter.isEmpty() && written.isEmpty()) {
      return new MatchAllDocsQuery();
    }
    BooleanQuery.Builder builder = new BooleanQuery.Builder();
    builder.add(new MatchAllDocsQuery(), BooleanClause.Occur.FILTER);
    filter.forEach((key, value) -> builder.add(
        new TermQuery(new Term(key.equals(SUBJECT) ? SUBJECT : META + key, value)), BooleanClause.Occur.FILTER));
    RecentWrites.exclude(builder, written);
    return builder.build();
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
    doc.add(new StoredField(ANALYZER, chunk.analyzer()));
    doc.add(new TextField(KEYWORDS + TextAnalyzer.of(chunk.analyzer()).id(), chunk.text(), Field.Store.NO));
    doc.add(new TextField(IDENTIFIERS, chunk.text(), Field.Store.NO));
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
        vector, metadata, Instant.ofEpochMilli(doc.getField(INDEXED_AT).numericValue().longValue()),
        Objects.requireNonNullElse(doc.get(ANALYZER), StoredChunk.DEFAULT_ANALYZER));
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
