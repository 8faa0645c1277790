package dev.freshet.core.store;

import dev.freshet.api.store.SearchHit;
import dev.freshet.api.store.StoredChunk;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.util.BytesRef;

/**
 * A chunk as the {@link LuceneVectorStore} keeps it: one Lucene document with its id and subject as exact terms, its
 * vector (indexed for HNSW, and stored as bytes to read it back), its text, position, time and analyzer stored, its
 * metadata as exact terms ({@code meta.<key>}) for filters, and its keyword fields ({@link LuceneKeywords}).
 */
final class LuceneDocuments {

  static final String ID = "id";
  static final String SUBJECT = "subject";
  static final String VECTOR = "vector";
  private static final String INDEX = "index";
  private static final String TEXT = "text";
  private static final String VECTOR_BYTES = "vector_bytes";
  private static final String INDEXED_AT = "indexed_at";
  private static final String ANALYZER = "analyzer";
  private static final String META = "meta.";

  private LuceneDocuments() {}

  static Document of(StoredChunk chunk) {
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
    LuceneKeywords.addFields(doc, chunk);
    chunk.metadata().forEach((k, v) -> doc.add(new StringField(META + k, v, Field.Store.YES)));
    return doc;
  }

  static StoredChunk chunk(Document doc) {
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

  /** The searcher's documents as hits, in order. */
  static List<SearchHit> hits(IndexSearcher searcher, ScoreDoc[] docs) throws IOException {
    StoredFields fields = searcher.storedFields();
    List<SearchHit> found = new ArrayList<>(docs.length);
    for (ScoreDoc doc : docs) {
      found.add(new SearchHit(chunk(fields.document(doc.doc)), doc.score));
    }
    return found;
  }

  /** The term a search's filter entry asks for: the subject, or a metadata value. */
  static Term filterTerm(String key, String value) {
    return new Term(key.equals(SUBJECT) ? SUBJECT : META + key, value);
  }
}
