package dev.freshet.core.store;

import dev.freshet.api.store.SearchHit;
import dev.freshet.api.store.SearchHits;
import dev.freshet.api.store.SearchRequest;
import dev.freshet.api.store.StoredChunk;
import dev.freshet.api.store.VectorStore;
import dev.freshet.core.json.Json;
import dev.langchain4j.data.document.Metadata;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.store.embedding.EmbeddingMatch;
import dev.langchain4j.store.embedding.EmbeddingSearchRequest;
import dev.langchain4j.store.embedding.EmbeddingStore;
import dev.langchain4j.store.embedding.filter.Filter;
import dev.langchain4j.store.embedding.filter.MetadataFilterBuilder;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One index generation in any langchain4j {@link EmbeddingStore}: the store holds the vectors and answers searches;
 * an inventory in the state database ({@code embedding_store_chunk}) records each chunk written, because
 * EmbeddingStore cannot list a document's chunks, count them or name the subjects it holds. Every generation shares
 * the one store: its segments carry {@value #GENERATION} in their metadata, searches filter on it, and dropping a
 * generation removes by that filter.
 *
 * <p>A chunk's id in the store is a name-based UUID of the generation and Freshet's chunk id (stores such as Qdrant
 * or pgvector accept only UUIDs). A replace adds the new chunks before it removes the stale ones, so a search sees
 * old or new chunks and never a document without any; unlike the Lucene and pgvector stores, which switch in one
 * step, it may briefly see both. The chunks a replace writes are removed from the store first, since not every store
 * replaces by id; a chunk written again with the same text (a redelivered event) is thus briefly absent.
 */
final class EmbeddingStoreVectorStore implements VectorStore {

  static final String GENERATION = "freshet_generation";
  static final String SUBJECT = "freshet_subject";
  static final String CHUNK_ID = "freshet_chunk_id";
  static final String INDEX = "freshet_chunk_index";
  static final String INDEXED_AT = "freshet_indexed_at";

  private final EmbeddingStore<TextSegment> store;
  private final JdbcTemplate jdbc;
  private final TransactionTemplate tx;
  private final String generation;

  EmbeddingStoreVectorStore(EmbeddingStore<TextSegment> store, JdbcTemplate jdbc, TransactionTemplate tx,
      String generation) {
    this.store = store;
    this.jdbc = jdbc;
    this.tx = tx;
    this.generation = generation;
  }

  @Override
  public void replace(String subject, Collection<StoredChunk> upserts, Collection<String> removeIds) {
    if (!upserts.isEmpty()) {
      // not every store replaces by id: take out any copy first (a redelivery, or an earlier replace that failed
      // after the store had the chunks but before the inventory did)
      store.removeAll(upserts.stream().map(c -> storeId(c.id())).toList());
      List<String> storeIds = new ArrayList<>();
      List<Embedding> embeddings = new ArrayList<>();
      List<TextSegment> segments = new ArrayList<>();
      for (StoredChunk chunk : upserts) {
        storeIds.add(storeId(chunk.id()));
        embeddings.add(Embedding.from(chunk.vector()));
        segments.add(TextSegment.from(chunk.text(), metadataOf(chunk)));
      }
      store.addAll(storeIds, embeddings, segments);
    }
    List<Object[]> rows = upserts.stream().map(chunk -> new Object[] {generation, chunk.id(), chunk.subject(),
        chunk.index(), chunk.text(), boxed(chunk.vector()), Json.write(chunk.metadata()),
        Timestamp.from(chunk.indexedAt())}).toList();
    tx.executeWithoutResult(status -> {
      // one round trip for the document's chunks, not one per chunk
      jdbc.batchUpdate("""
          insert into embedding_store_chunk (generation, id, subject, chunk_index, text, vector, metadata, indexed_at)
          values (?, ?, ?, ?, ?, ?, ?::jsonb, ?)
          on conflict (generation, id) do update set subject = excluded.subject, chunk_index = excluded.chunk_index,
            text = excluded.text, vector = excluded.vector, metadata = excluded.metadata,
            indexed_at = excluded.indexed_at""", rows);
      if (!removeIds.isEmpty()) {
        jdbc.update("delete from embedding_store_chunk where generation = ? and id = any(?)", generation,
            removeIds.toArray(String[]::new));
      }
    });
    if (!removeIds.isEmpty()) {
      store.removeAll(removeIds.stream().map(this::storeId).toList());
    }
  }

  @Override
  public void removeBySubject(String subject) {
    List<String> ids = jdbc.queryForList("select id from embedding_store_chunk where generation = ? and subject = ?",
        String.class, generation, subject);
    if (ids.isEmpty()) {
      return;
    }
    store.removeAll(ids.stream().map(this::storeId).toList());
    jdbc.update("delete from embedding_store_chunk where generation = ? and id = any(?)", generation,
        ids.toArray(String[]::new));
  }

  @Override
  public List<StoredChunk> chunksOf(String subject) {
    return jdbc.query("""
        select id, subject, chunk_index, text, vector, metadata::text as metadata, indexed_at
        from embedding_store_chunk where generation = ? and subject = ? order by chunk_index""",
        (rs, n) -> read(rs), generation, subject);
  }

  @Override
  public SearchHits search(SearchRequest request) {
    float[] vector = request.vector();
    if (request.keywords() != null || vector == null) {
      throw new UnsupportedOperationException("a langchain4j EmbeddingStore answers vector searches only");
    }
    Filter filter = MetadataFilterBuilder.metadataKey(GENERATION).isEqualTo(generation);
    for (Map.Entry<String, String> entry : request.filter().entrySet()) {
      String key = entry.getKey().equals("subject") ? SUBJECT : entry.getKey();
      filter = filter.and(MetadataFilterBuilder.metadataKey(key).isEqualTo(entry.getValue()));
    }
    List<EmbeddingMatch<TextSegment>> matches = store.search(EmbeddingSearchRequest.builder()
        .queryEmbedding(Embedding.from(vector)).maxResults(request.k()).filter(filter).build()).matches();
    List<SearchHit> hits = new ArrayList<>(matches.size());
    for (EmbeddingMatch<TextSegment> match : matches) {
      TextSegment segment = match.embedded();
      if (segment != null) {
        hits.add(new SearchHit(chunkOf(segment, match.embedding()), match.score()));
      }
    }
    return new SearchHits(hits, List.of());
  }

  @Override
  public long count() {
    Long count = jdbc.queryForObject("select count(*) from embedding_store_chunk where generation = ?", Long.class,
        generation);
    return count == null ? 0 : count;
  }

  @Override
  public List<String> subjects() {
    return jdbc.queryForList("select distinct subject from embedding_store_chunk where generation = ?", String.class,
        generation);
  }

  private String storeId(String chunkId) {
    return UUID.nameUUIDFromBytes((generation + "|" + chunkId).getBytes(StandardCharsets.UTF_8)).toString();
  }

  private Metadata metadataOf(StoredChunk chunk) {
    Map<String, Object> values = new HashMap<>(chunk.metadata());
    values.put(GENERATION, generation);
    values.put(SUBJECT, chunk.subject());
    values.put(CHUNK_ID, chunk.id());
    values.put(INDEX, chunk.index());
    values.put(INDEXED_AT, chunk.indexedAt().toString());
    return Metadata.from(values);
  }

  /** A hit's chunk from what the store keeps with the segment: its text and metadata (and vector, if returned). */
  private static StoredChunk chunkOf(TextSegment segment, @Nullable Embedding embedding) {
    Metadata metadata = segment.metadata();
    Map<String, String> own = new LinkedHashMap<>();
    metadata.toMap().forEach((key, value) -> {
      if (!key.startsWith("freshet_")) {
        own.put(key, String.valueOf(value));
      }
    });
    Integer index = metadata.getInteger(INDEX);
    String indexedAt = metadata.getString(INDEXED_AT);
    return new StoredChunk(String.valueOf(metadata.getString(CHUNK_ID)), String.valueOf(metadata.getString(SUBJECT)),
        index == null ? 0 : index, segment.text(), embedding == null ? new float[0] : embedding.vector(), own,
        indexedAt == null ? Instant.EPOCH : Instant.parse(indexedAt));
  }

  private static StoredChunk read(ResultSet rs) throws SQLException {
    Array array = rs.getArray("vector");
    Object[] values = (Object[]) array.getArray();
    float[] vector = new float[values.length];
    for (int i = 0; i < values.length; i++) {
      vector[i] = ((Number) values[i]).floatValue();
    }
    Map<String, String> metadata = new LinkedHashMap<>();
    Json.readMap(rs.getString("metadata")).forEach((k, v) -> metadata.put(k, String.valueOf(v)));
    return new StoredChunk(rs.getString("id"), rs.getString("subject"), rs.getInt("chunk_index"), rs.getString("text"),
        vector, metadata, rs.getTimestamp("indexed_at").toInstant());
  }

  private static Float[] boxed(float[] vector) {
    Float[] boxed = new Float[vector.length];
    for (int i = 0; i < vector.length; i++) {
      boxed[i] = vector[i];
    }
    return boxed;
  }
}
