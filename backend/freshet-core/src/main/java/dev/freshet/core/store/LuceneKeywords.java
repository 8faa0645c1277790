package dev.freshet.core.store;

import dev.freshet.api.store.KeywordQuery;
import dev.freshet.api.store.SearchHit;
import dev.freshet.api.store.SearchRequest;
import dev.freshet.api.store.StoredChunk;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.memory.MemoryIndex;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.jspecify.annotations.Nullable;

/**
 * The keyword half of the {@link LuceneVectorStore}: the fields a chunk's text is indexed into for BM25 (as its
 * {@link TextAnalyzer} reads it, {@code kw.english}, {@code kw.standard}, ..., and its identifiers, {@code
 * kw.ident}), the query built from a {@link KeywordQuery}, and the search over the searcher's chunks and those still
 * in memory ({@link RecentWrites}).
 */
final class LuceneKeywords {

  /** The text as its analyzer reads it: {@code kw.english}, {@code kw.standard}, ... */
  private static final String KEYWORDS = "kw.";
  /** The text's identifiers ({@link IdentifierAnalyzer}), beside every analyzer's field. */
  private static final String IDENTIFIERS = "kw.ident";
  /**
   * The identifiers of the chunk's header ({@link IdentifierAnalyzer#header}), a second time. Measured on PostgreSQL's
   * documentation: every exact identifier's defining page first (12 of 12, against 10), the questions unchanged; the
   * header's words (not only its identifiers) weighed more cost the questions a fifth of their MRR.
   */
  private static final String HEADER_IDENTIFIERS = "kwh.ident";
  /** The field and term that mark a chunk's {@linkplain #memoryReader in-memory index}. */
  private static final String RECENT = "recent";

  private LuceneKeywords() {}

  /** Each analyzer's field read by that analyzer, the identifiers' by {@link IdentifierAnalyzer}: the writer's. */
  static Analyzer fieldAnalyzers() {
    Map<String, Analyzer> byField = new HashMap<>();
    for (TextAnalyzer analyzer : TextAnalyzer.values()) {
      byField.put(KEYWORDS + analyzer.id(), analyzer.lucene());
    }
    byField.put(IDENTIFIERS, IdentifierAnalyzer.INSTANCE);
    byField.put(HEADER_IDENTIFIERS, IdentifierAnalyzer.INSTANCE);
    return new PerFieldAnalyzerWrapper(new StandardAnalyzer(), byField);
  }

  /** Adds the chunk's text to its document's keyword fields (indexed, not stored: the text is stored once). */
  static void addFields(Document doc, StoredChunk chunk) {
    doc.add(new TextField(KEYWORDS + TextAnalyzer.of(chunk.analyzer()).id(), chunk.text(), Field.Store.NO));
    doc.add(new TextField(IDENTIFIERS, chunk.text(), Field.Store.NO));
    doc.add(new TextField(HEADER_IDENTIFIERS, IdentifierAnalyzer.header(chunk), Field.Store.NO));
  }

  /** The keyword query: each analyzer's terms on its field, and the identifiers; null if the text has no term. */
  static @Nullable Query query(KeywordQuery keywords) {
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    int clauses = 0;
    // a boolean query takes at most 1,024 clauses: each analyzer's field, the identifiers and the header's
    int perField = Math.min(TextAnalyzer.MAX_QUERY_TERMS, IndexSearcher.getMaxClauseCount()
        / (keywords.analyzers().size() + 2));
    for (String id : keywords.analyzers()) {
      TextAnalyzer analyzer = TextAnalyzer.of(id);
      for (String term : TextAnalyzer.terms(analyzer.lucene(), KEYWORDS + id, keywords.text(), perField)) {
        query.add(new TermQuery(new Term(KEYWORDS + id, term)), BooleanClause.Occur.SHOULD);
        clauses++;
      }
    }
    for (String term : IdentifierAnalyzer.queryTerms(keywords.text()).stream().limit(perField).toList()) {
      query.add(new TermQuery(new Term(IDENTIFIERS, term)), BooleanClause.Occur.SHOULD);
      query.add(new TermQuery(new Term(HEADER_IDENTIFIERS, term)), BooleanClause.Occur.SHOULD);
      clauses += 2;
    }
    return clauses == 0 ? null : query.build();
  }

  /**
   * The chunks that best match the keywords (BM25). Chunks written since the last refresh are not in the searcher:
   * each becomes a one-document in-memory index beside it ({@code memoryReaders} keeps them until the refresh), and one
   * searcher over all of them scores every chunk with
   * the same collection statistics, as if the refresh had happened.
   */
  static List<SearchHit> search(IndexSearcher searcher, Query keywords, Query filter, SearchRequest request,
      List<RecentWrites.Written> written, Map<String, IndexReader> memoryReaders) throws IOException {
    List<StoredChunk> recentChunks = RecentWrites.upserts(written, request.filter());
    if (recentChunks.isEmpty()) {
      Query query = new BooleanQuery.Builder().add(keywords, BooleanClause.Occur.MUST)
          .add(filter, BooleanClause.Occur.FILTER).build();
      return LuceneDocuments.hits(searcher, searcher.search(query, request.k()).scoreDocs);
    }
    IndexReader indexed = searcher.getIndexReader();
    IndexReader[] readers = new IndexReader[recentChunks.size() + 1];
    readers[0] = indexed;
    for (int i = 0; i < recentChunks.size(); i++) {
      StoredChunk chunk = recentChunks.get(i);
      // a chunk's id names its text (ChunkIds), so its in-memory index is built once, not per search
      readers[i + 1] = memoryReaders.computeIfAbsent(chunk.id() + " " + chunk.analyzer(), key -> memoryReader(chunk));
    }
    try (MultiReader all = new MultiReader(readers, false)) {
      // the searcher's filter holds for its chunks; the recent ones passed the request's filter already
      Query either = new BooleanQuery.Builder().add(filter, BooleanClause.Occur.SHOULD)
          .add(new TermQuery(new Term(RECENT, RECENT)), BooleanClause.Occur.SHOULD)
          .setMinimumNumberShouldMatch(1).build();
      Query query = new BooleanQuery.Builder().add(keywords, BooleanClause.Occur.MUST)
          .add(either, BooleanClause.Occur.FILTER).build();
      ScoreDoc[] docs = new IndexSearcher(all).search(query, request.k()).scoreDocs;
      StoredFields fields = searcher.storedFields();
      List<SearchHit> found = new ArrayList<>(docs.length);
      for (ScoreDoc doc : docs) {
        StoredChunk chunk = doc.doc < indexed.maxDoc() ? LuceneDocuments.chunk(fields.document(doc.doc))
            : recentChunks.get(doc.doc - indexed.maxDoc()); // each in-memory index holds one document
        found.add(new SearchHit(chunk, doc.score));
      }
      return found;
    }
  }

  /**
   * A chunk's keyword fields as a one-document index in memory, marked {@link #RECENT} to tell it from the
   * searcher's documents. MemoryIndex computes the field lengths (norms) as the index writer does, so BM25 scores it
   * alike.
   */
  private static IndexReader memoryReader(StoredChunk chunk) {
    MemoryIndex index = new MemoryIndex();
    index.addField(KEYWORDS + chunk.analyzer(), chunk.text(), TextAnalyzer.of(chunk.analyzer()).lucene());
    index.addField(IDENTIFIERS, chunk.text(), IdentifierAnalyzer.INSTANCE);
    index.addField(HEADER_IDENTIFIERS, IdentifierAnalyzer.header(chunk), IdentifierAnalyzer.INSTANCE);
    index.addField(RECENT, RECENT, new KeywordAnalyzer());
    index.freeze();
    return index.createSearcher().getIndexReader();
  }
}
