package dev.freshet.core.store;

import com.pgvector.PGvector;
import dev.freshet.api.error.ConfigurationException;
import dev.freshet.api.error.RetryableException;
import dev.freshet.api.store.KeywordQuery;
import dev.freshet.api.store.SearchHit;
import dev.freshet.api.store.SearchHits;
import dev.freshet.api.store.SearchRequest;
import dev.freshet.api.store.StoredChunk;
import dev.freshet.api.store.VectorStore;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * A vector store in PostgreSQL with the pgvector extension: one table per index generation, one row per chunk, an
 * HNSW index over cosine distance, the chunk's lexemes as a {@code tsvector} (GIN-indexed, for keyword search: the
 * same row, so the same transaction writes and removes both), the metadata as {@code jsonb} (GIN-indexed for the
 * equality filters).
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
  private static final String COLUMNS = "id, subject, chunk_index, text, embedding, metadata, indexed_at, analyzer";
  private static final String UPSERT = "on conflict (id) do update set subject = excluded.subject, "
      + "chunk_index = excluded.chunk_index, text = excluded.text, embedding = excluded.embedding, "
      + "metadata = excluded.metadata, indexed_at = excluded.indexed_at, analyzer = excluded.analyzer, "
      + "lexemes = excluded.lexemes";
  /** Marks the lexemes of a chunk's header's identifiers. */
  private static final String HEADER = "h:";
  /**
   * A query's words as its analyzer reads them, any of them: plainto_tsquery asks for all ({@code &}, and {@code <->}
   * between the parts of a hyphenated word), which a question in natural language rarely meets; keyword search
   * ranks by how well a chunk matches, as BM25 does. Lexemes hold no spaces, so only operators are replaced.
   */
  private static final String ANY_WORD = "regexp_replace(plainto_tsquery(cast(? as regconfig), ?)::text, "
      + "' (&|<->|<[0-9]+>) ', ' | ', 'g')::tsquery";

  private final JdbcTemplate jdbc;
  private final TransactionTemplate tx;
  /** Both retrievers of a search in one snapshot, so a document's replacement shows in both or in neither. */
  private final TransactionTemplate snapshot;
  private final String table;
  /** The dimension of the table's vectors; 0 while this store has not seen the table (see {@link #dimension()}). */
  private volatile int dimension;

  PgVectorStore(JdbcTemplate jdbc, TransactionTemplate tx, String table) {
    this.jdbc = jdbc;
    this.tx = tx;
    this.snapshot = new TransactionTemplate(java.util.Objects.requireNonNull(tx.getTransactionManager()));
    this.snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
    this.snapshot.setReadOnly(true);
    this.table = table;
    this.dimension = existingDimension();
    if (dimension != 0) {
      addKeywordColumns();
    }
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
        jdbc.batchUpdate("insert into " + table + " (" + COLUMNS + ", lexemes) values (?, ?, ?, ?, ?, ?::jsonb, ?, ?, "
                + "to_tsvector(cast(? as regconfig), ?) || array_to_tsvector(?::text[])) " + UPSERT,
            upserts, upserts.size(), (ps, chunk) -> {
              ps.setString(1, chunk.id());
              ps.setString(2, chunk.subject());
              ps.setInt(3, chunk.index());
              ps.setString(4, chunk.text());
              ps.setObject(5, new PGvector(chunk.vector()));
              ps.setString(6, JSON.writeValueAsString(chunk.metadata()));
              ps.setTimestamp(7, Timestamp.from(chunk.indexedAt()));
              ps.setString(8, chunk.analyzer());
              ps.setString(9, TextAnalyzer.of(chunk.analyzer()).postgresConfig());
              ps.setString(10, IdentifierParts.expand(chunk.text()));
              ps.setArray(11, ps.getConnection().createArrayOf("text", identifierLexemes(chunk).toArray()));
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
  public SearchHits search(SearchRequest request) {
    int stored = dimension();
    if (stored == 0) {
      return new SearchHits(List.of(), List.of());
    }
    if (request.vector() != null && request.vector().length != stored) {
      throw new IllegalArgumentException("the query vector has " + request.vector().length + " dimensions, the index "
          + stored);
    }
    StringBuilder where = new StringBuilder();
    List<Object> filterArgs = new ArrayList<>();
    Map<String, String> metadata = new LinkedHashMap<>(request.filter());
    String subject = metadata.remove("subject");
    if (subject != null) {
      where.append(" and subject = ?");
      filterArgs.add(subject);
    }
    if (!metadata.isEmpty()) {
      where.append(" and metadata @> ?::jsonb");
      filterArgs.add(JSON.writeValueAsString(metadata));
    }
    TransactionTemplate view = request.vector() != null && request.keywords() != null ? snapshot : tx;
    return read(() -> view.execute(status -> new SearchHits(
        request.vector() == null ? List.of() : nearest(request.vector(), request.k(), where.toString(), filterArgs),
        request.keywords() == null ? List.of() : matching(request.keywords(), request.k(), where.toString(),
            filterArgs))));
  }

  @Override
  public boolean searchesKeywords() {
    return true;
  }

  /** The nearest chunks, in the caller's transaction. */
  private List<SearchHit> nearest(float[] vector, int k, String where, List<Object> filterArgs) {
    PGvector query = new PGvector(vector);
    List<Object> args = new ArrayList<>();
    args.add(query);
    args.addAll(filterArgs);
    args.add(query);
    args.add(k);
    // both last until the end of the transaction; set_config(..., true) is SET LOCAL with a parameter
    jdbc.execute("set local hnsw.iterative_scan = strict_order");
    jdbc.queryForObject("select set_config('hnsw.ef_search', ?, true)", String.class,
        String.valueOf(Math.max(k, MIN_CANDIDATES)));
    return jdbc.query("select " + COLUMNS + ", embedding <=> ? as distance from " + table + " where true" + where
            + " order by embedding <=> ? limit ?",
        (rs, row) -> new SearchHit(toChunk(rs), 1 - rs.getDouble("distance") / 2), args.toArray());
  }

  /**
   * The chunks that best match the keywords: each analyzer's chunks against the query as that analyzer reads it, or
   * against its identifiers, ranked by {@code ts_rank} (normalised by the chunk's length), in the caller's
   * transaction. Text and query are read with their identifiers' parts as words ({@link IdentifierParts}).
   */
  private List<SearchHit> matching(KeywordQuery keywords, int k, String where, List<Object> filterArgs) {
    List<String> identifiers = IdentifierAnalyzer.queryTerms(keywords.text());
    String identifierQuery = identifiers.stream().flatMap(term -> Stream.of(term, HEADER + term))
        .map(PgVectorStore::quoteLexeme).collect(Collectors.joining(" | "));
    StringBuilder queries = new StringBuilder();
    List<Object> args = new ArrayList<>();
    for (String id : keywords.analyzers().stream().sorted().toList()) {
      queries.append(queries.isEmpty() ? "" : ", ").append("(?, ").append(ANY_WORD)
          .append(identifiers.isEmpty() ? "" : " || ?::tsquery").append(')');
      args.add(id);
      args.add(TextAnalyzer.of(id).postgresConfig());
      args.add(IdentifierParts.expand(keywords.text()));
      if (!identifiers.isEmpty()) {
        args.add(identifierQuery);
      }
    }
    args.addAll(filterArgs);
    args.add(k);
    return jdbc.query("with q (analyzer, query) as (values " + queries + ") select " + prefixed("c.")
            + ", ts_rank(c.lexemes, q.query, 1) as rank from " + table + " c join q on c.analyzer = q.analyzer "
            + "where c.lexemes @@ q.query" + where.replace(" and ", " and c.") + " order by rank desc, c.id limit ?",
        (rs, row) -> new SearchHit(toChunk(rs), rs.getDouble("rank")), args.toArray());
  }

  /**
   * A chunk's identifiers as lexemes, and those of its header ({@link IdentifierAnalyzer#header}) a second time,
   * marked {@value #HEADER}: a query's identifier matches both in the chunk whose section it names, which ranks it
   * above one that only mentions it, as in the Lucene index.
   */
  private static List<String> identifierLexemes(StoredChunk chunk) {
    List<String> lexemes = new ArrayList<>(IdentifierAnalyzer.terms(chunk.text()));
    IdentifierAnalyzer.terms(IdentifierAnalyzer.header(chunk)).forEach(term -> lexemes.add(HEADER + term));
    return lexemes;
  }

  /** A lexeme as a tsquery operand, taken as it is: quoted, with its quotes and backslashes escaped. */
  private static String quoteLexeme(String lexeme) {
    return "'" + lexeme.replace("\\", "\\\\").replace("'", "''") + "'";
  }

  private static String prefixed(String alias) {
    return Arrays.stream(COLUMNS.split(", ")).map(column -> alias + column).collect(Collectors.joining(", "));
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
          addKeywordColumns();
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
   * The keyword search's columns and index: the chunk's analyzer, and its lexemes (the text as that analyzer's
   * configuration reads it, and its {@linkplain IdentifierAnalyzer identifiers}), GIN-indexed. Added to a table
   * made before keyword search, whose rows are then found by vector only until they are written again.
   */
  private void addKeywordColumns() {
    Integer present = read(() -> jdbc.queryForObject("select count(*) from pg_attribute where attrelid = to_regclass(?) "
        + "and attname = 'lexemes' and not attisdropped", Integer.class, table));
    if (present != null && present > 0) {
      return; // an ALTER TABLE would lock the table against every search, even with nothing to add
    }
    write(() -> tx.executeWithoutResult(status -> {
      jdbc.execute("alter table " + table + " add column if not exists analyzer text not null default '"
          + StoredChunk.DEFAULT_ANALYZER + "', add column if not exists lexemes tsvector not null default ''");
      jdbc.execute("create index if not exists " + table + "_lexemes on " + table + " using gin (lexemes)");
    }));
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
        rs.getTimestamp("indexed_at").toInstant(), rs.getString("analyzer"));
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
