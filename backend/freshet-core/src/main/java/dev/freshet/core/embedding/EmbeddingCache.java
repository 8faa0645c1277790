package dev.freshet.core.embedding;

import java.nio.ByteBuffer;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Embeddings by chunk text in the state database, keyed by (model id and version, splitter settings,
 * SHA-256 of the text). Thread-safe; blocking.
 *
 * <p>Entries are never evicted yet: the table grows with the distinct chunk texts ever embedded
 * (about 1.6 KB each for a 384-dimension model).
 */
public class EmbeddingCache {

  private final JdbcTemplate jdbc;

  public EmbeddingCache(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** The cached vectors of the given text hashes; missing hashes are absent from the result. */
  public Map<String, float[]> find(String model, String splitter, Collection<String> textHashes) {
    Map<String, float[]> found = new HashMap<>();
    if (textHashes.isEmpty()) {
      return found;
    }
    jdbc.query("select text_hash, vector from embedding_cache where model = ? and splitter = ? and text_hash = any(?)",
        rs -> {
          found.put(rs.getString(1), decode(rs.getBytes(2)));
        }, model, splitter, textHashes.toArray(String[]::new));
    return found;
  }

  /** Stores vectors by text hash; entries already present are kept. */
  public void put(String model, String splitter, Map<String, float[]> vectorsByHash) {
    if (vectorsByHash.isEmpty()) {
      return;
    }
    List<Map.Entry<String, float[]>> entries = List.copyOf(vectorsByHash.entrySet());
    jdbc.batchUpdate("""
        insert into embedding_cache (model, splitter, text_hash, vector) values (?, ?, ?, ?)
        on conflict do nothing""", entries, entries.size(), (ps, e) -> {
          ps.setString(1, model);
          ps.setString(2, splitter);
          ps.setString(3, e.getKey());
          ps.setBytes(4, encode(e.getValue()));
        });
  }

  static byte[] encode(float[] vector) {
    ByteBuffer bytes = ByteBuffer.allocate(vector.length * Float.BYTES);
    bytes.asFloatBuffer().put(vector);
    return bytes.array();
  }

  static float[] decode(byte[] raw) {
    float[] vector = new float[raw.length / Float.BYTES];
    ByteBuffer.wrap(raw).asFloatBuffer().get(vector);
    return vector;
  }
}
