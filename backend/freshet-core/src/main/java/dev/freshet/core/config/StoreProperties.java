package dev.freshet.core.config;

import dev.freshet.api.error.ConfigurationException;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The vector store.
 *
 * @param type {@code lucene} (the embedded default: an index on disk), {@code pgvector} (tables in a PostgreSQL
 *     database with the pgvector extension, one per index generation; for several Freshet instances, which all
 *     search the same store) or {@code embedding-store} (the application's langchain4j {@code EmbeddingStore} bean,
 *     with an inventory of its chunks in the state database)
 * @param lucenePath directory of the embedded Lucene indexes, one subdirectory per index generation
 *     ({@code g1}, {@code g2}, ...)
 * @param pgvector the pgvector store's database and tables
 */
@ConfigurationProperties("freshet.store")
public record StoreProperties(@DefaultValue("lucene") String type, @DefaultValue("freshet-data/index") Path lucenePath,
    @DefaultValue Pgvector pgvector) {

  public static final String LUCENE = "lucene";
  public static final String PGVECTOR = "pgvector";
  public static final String EMBEDDING_STORE = "embedding-store";

  public StoreProperties {
    if (!type.equals(LUCENE) && !type.equals(PGVECTOR) && !type.equals(EMBEDDING_STORE)) {
      throw new ConfigurationException("freshet.store.type", "unknown store '" + type + "'",
          "Set it to lucene (the embedded index, the default), pgvector, or embedding-store (your langchain4j "
              + "EmbeddingStore bean)");
    }
  }

  /**
   * The pgvector store.
   *
   * @param url JDBC URL of the database that holds the vectors, e.g.
   *     {@code jdbc:postgresql://db:5432/freshet}; unset: the state database ({@code spring.datasource.*}, or the
   *     embedded one)
   * @param username the database user (needs to create tables; and the extension, unless it exists)
   * @param password the user's password (environment: {@code FRESHET_STORE_PGVECTOR_PASSWORD})
   * @param tablePrefix the tables' prefix: a generation's table is {@code <prefix>_g1}, {@code <prefix>_g2}, ...
   */
  public record Pgvector(@Nullable String url, @Nullable String username, @Nullable String password,
      @DefaultValue("freshet_chunks") String tablePrefix) {

    public Pgvector {
      if (!tablePrefix.matches("[a-z_][a-z0-9_]{0,30}")) {
        throw new ConfigurationException("freshet.store.pgvector.table-prefix", "'" + tablePrefix
            + "' is not a plain table name", "Use up to 31 lowercase letters, digits and underscores, e.g. "
            + "freshet_chunks");
      }
      if (url != null && !url.startsWith("jdbc:postgresql:")) {
        throw new ConfigurationException("freshet.store.pgvector.url", "not a PostgreSQL JDBC URL",
            "Set it to jdbc:postgresql://<host>:<port>/<database>, or leave it unset to keep the vectors in the state "
                + "database");
      }
    }

    /** Hides the password from logs and error messages. */
    @Override
    public String toString() {
      return "Pgvector[url=" + url + ", username=" + username + ", password=" + (password == null ? null : "****")
          + ", tablePrefix=" + tablePrefix + "]";
    }
  }
}
