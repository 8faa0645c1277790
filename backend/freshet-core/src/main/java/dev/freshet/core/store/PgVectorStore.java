package dev.freshet.core.store;

import com.pgvector.PGvector;
import dev.freshet.api.error.ConfigurationException;
import dev.freshet.api.error.RetryableException;
import dev.freshet.api.store.SearchHit;
import dev.freshet.api.store.SearchRequest;
import dev.freshet.api.store.StoredChunk;
import dev.freshet.api.store.VectorStore;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * A vector store in PostgreSQL with the pgvector extension: one table per index generation, one row per chunk, an
 * HNSW index over cosine distance, the metadata as {@code jsonb} (GIN-indexed for the equality filters).
 *
 * <p>The table is created by the first write, when the model's dimension is known (a {@code vector(n)} column is
 * what an HNSW index needs); until then the store reads as empty. {@link #replace} writes its upserts and removals in
 * one transaction, so a search sees the document's old chunks or its new ones, and returns after the commit: durable
 * and visible to every reader at once (no refresh to wait for, unlike Lucene). Searches ask pgvector's iterative
 * index scan for results in strict distance order, so a filter that rejects most near neighbours still returns up to
 * {@code k} hits (pgvector 0.8 or newer). Thread-safe.
 */
final class PgVectorStore implements VectorStore {

  /** Candidates an HNSW search explores at least, as {@link LuceneVectorStore} does. */
  private static final int MIN_CANDIDATES = 100;
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final TypeReference<Map<String, String>> METADATA = new TypeReference<>() {};
  private static final String COLUMNS = "id, subject, chunk_index, text, embedding, metadata, indexed_at";
  private static final String UPSERT = "on conflict (id) do update set subject = excluded.subject, "
      + "chunk_index = excluded.chunk_index, text = excluded.text, embedding = excluded.embedding, "
      + "metadata = excluded.metadata, indexed_at = excluded.indexed_at";

  private final JdbcTemplate jdbc;
  private final TransactionTemplate tx;
  private final String table;
  /** The dimension of the table's vectors; 0 while this store has not seen the table (see {@link #dimension()}). */
  private volatile int dimension;

  PgVectorStore(JdbcTemplate jdbc, TransactionTemplate tx, String table) {
    this.jdbc = jdbc;
    this.tx = tx;
    this.table = table;
    this.dimension = existingDimension();
  }

  @Override
  public void replace(String subject, Collection<StoredChunk> upserts, Collection<String> removeIds) {
    for (StoredChunk chunk : upserts) {
      if (!chunk.subject().equals(subject)) {
        throw new IllegalArgumentException("chunk " + chunk.id() + " belongs to " + chunk.subject() + ", not " + subject);
      }
      ensureTable(chunk.vector().length);
    }
    if (dimension() == 0) {
      return; // nothing written yet, so nothing to remove
    }
    write(() -> tx.executeWithoutResult(status -> {
      if (!upserts.isEmpty()) {
        jdbc.batchUpdate("insert into " + table + " (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?::jsonb, ?) " + UPSERT,
            upserts, upserts.size(), (ps, chunk) -> {
              ps.setString(1, chunk.id());
              ps.setString(2, chunk.subject());
              ps.setInt(3, chunk.index());
              ps.setString(4, chunk.text());
              ps.setObject(5, new PGvector(chunk.vector()));
              ps.setString(6, JSON.writeValueAsString(chunk.metadata()));
              ps.setTimestamp(7, Timestamp.from(chunk.indexedAt()));
            });
      }
      if (!removeIds.isEmpty()) {
        jdbc.update("delete from " + table + " where id = any(?)", (Object) removeIds.toArray(String[]::new));
      }
    }));
  }

  @Override
  public void removeBySubject(String subject) {
    if (dimension() != 0) {
      write(() -> jdbc.update("delete from " + table + " where subject = ?", subject));
    }
  }

  @Override
  public List<StoredChunk> chunksOf(String subject) {
    if (dimension() == 0) {
      return List.of();
    }
    return read(() -> jdbc.query("select " + COLUMNS + " from " + table + " where subject = ? order by chunk_index",
        (rs, row) -> toChunk(rs), subject));
  }

  @Override
  public List<SearchHit> search(SearchRequest request) {
    int stored = dimension();
    if (stored == 0) {
      return List.of();
    }
    if (request.vector().length != stored) {
      throw new IllegalArgumentException("the query vector has " + request.vector().length + " dimensions, the index "
          + stored);
    }
    StringBuilder where = new StringBuilder();
    List<Object> args = new ArrayList<>();
    Map<String, String> metadata = new LinkedHashMap<>(request.filter());
    String subject = metadata.remove("subject");
    if (subject != null) {
      where.append(" and subject = ?");
      args.add(subject);
    }
    if (!metadata.isEmpty()) {
      where.append(" and metadata @> ?::jsonb");
      args.add(JSON.writeValueAsString(metadata));
    }
    PGvector query = new PGvector(request.vector());
    List<Object> all = new ArrayList<>();
    all.add(query);
    all.addAll(args);
    all.add(query);
    all.add(request.k());
    return read(() -> tx.execute(status -> {
      // both last until the end of this transaction; set_config(..., true) is SET LOCAL with a parameter
      jdbc.execute("set local hnsw.iterative_scan = strict_order");
      jdbc.queryForObject("select set_config('hnsw.ef_search', ?, true)", String.class,
          String.valueOf(Math.max(request.k(), MIN_CANDIDATES)));
      return jdbc.query("select " + COLUMNS + ", embedding <=> ? as distance from " + table + " where true" + where
              + " order by embedding <=> ? limit ?",
          (rs, row) -> new SearchHit(toChunk(rs), 1 - rs.getDouble("distance") / 2), all.toArray());
    }));
  }

  @Override
  public long count() {
    if (dimension() == 0) {
      return 0;
    }
    Long count = read(() -> jdbc.queryForObject("select count(*) from " + table, Long.class));
    return count == null ? 0 : count;
  }

  @Override
  public List<String> subjects() {
    if (dimension() == 0) {
      return List.of();
    }
    return read(() -> jdbc.queryForList("select distinct subject from " + table, String.class));
  }

  /**
   * Creates the table and its indexes for vectors of {@code size} dimensions on the first write; afterwards checks
   * that a vector has the table's dimension (one generation holds one model's vectors).
   */
  private void ensureTable(int size) {
    if (dimension() == 0) {
      synchronized (this) {
        if (dimension == 0) {
          write(() -> tx.executeWithoutResult(status -> {
            jdbc.execute("create table if not exists " + table + " (id text primary key, subject text not null, "
                + "chunk_index int not null, text text not null, embedding vector(" + size + ") not null, "
                + "metadata jsonb not null, indexed_at timestamptz not null)");
            jdbc.execute("create index if not exists " + table + "_subject on " + table + " (subject)");
            jdbc.execute("create index if not exists " + table + "_metadata on " + table
                + " using gin (metadata jsonb_path_ops)");
            jdbc.execute("create index if not exists " + table + "_embedding on " + table
                + " using hnsw (embedding vector_cosine_ops)");
          }));
          dimension = existingDimension();
        }
      }
    }
    if (dimension != size) {
      throw new IllegalArgumentException("a vector of " + size + " dimensions for " + table + ", whose vectors have "
          + dimension);
    }
  }

  /**
   * The table's dimension, looked up again while this store has not seen the table: another instance sharing the
   * database (a worker, while this one only searches) may have created it since.
   */
  private int dimension() {
    int known = dimension;
    if (known == 0) {
      known = existingDimension();
      dimension = known;
    }
    return known;
  }

  /** The dimension of the table's vector column, 0 if there is no table. */
  private int existingDimension() {
    Integer typmod = read(() -> jdbc.query("select a.atttypmod from pg_attribute a where a.attrelid = to_regclass(?) "
        + "and a.attname = 'embedding'", rs -> rs.next() ? rs.getInt(1) : null, table));
    return typmod == null ? 0 : typmod;
  }

  private static StoredChunk toChunk(ResultSet rs) throws SQLException {
    return new StoredChunk(rs.getString("id"), rs.getString("subject"), rs.getInt("chunk_index"), rs.getString("text"),
        new PGvector(rs.getString("embedding")).toArray(), parse(rs.getString("metadata")),
        rs.getTimestamp("indexed_at").toInstant());
  }

  private static Map<String, String> parse(@Nullable String metadata) {
    return metadata == null ? Map.of() : JSON.readValue(metadata, METADATA);
  }

  private void write(Runnable work) {
    try {
      work.run();
    } catch (DataAccessException e) {
      throw new RetryableException("pgvector write to " + table + " failed: " + e.getMostSpecificCause().getMessage(),
          e);
    }
  }

  private <T> T read(java.util.function.Supplier<T> work) {
    try {
      return work.get();
    } catch (DataAccessException e) {
      throw new RetryableException("pgvector read of " + table + " failed: " + e.getMostSpecificCause().getMessage(),
          e);
    }
  }

  /** The message of a missing extension, for {@link PgVectorStoreFactory}. */
  static ConfigurationException missingExtension(String property, String problem) {
    return new ConfigurationException(property, "the pgvector extension is not available in this database ("
        + problem + ")", "Install pgvector on the PostgreSQL server (0.8 or newer; e.g. the postgresql-17-pgvector "
        + "package) and run 'create extension vector' in the database as a superuser, or set freshet.store.type=lucene");
  }
}
