package dev.freshet.connector.postgres;

import dev.freshet.api.source.SourceConfig;
import dev.freshet.api.source.SourceConnector;
import dev.freshet.testkit.SourceConnectorContract;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The PostgreSQL connector (embedded Debezium) against a real PostgreSQL with logical decoding. */
class PostgresConnectorIT extends SourceConnectorContract {

  private static EmbeddedPostgres postgres;

  @BeforeAll
  static void startPostgres() throws Exception {
    postgres = EmbeddedPostgres.builder().setServerConfig("wal_level", "logical")
        .setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on").start();
    DocsTable.create(postgres.getPostgresDatabase());
  }

  @AfterAll
  static void stopPostgres() throws Exception {
    postgres.close();
  }

  @Override
  protected SourceConnector newConnector() {
    return new PostgresConnectorProvider().create(new SourceConfig("contract", Map.of(
        "host", "localhost", "port", Integer.toString(postgres.getPort()), "database", "postgres",
        "offset-flush-interval", "100ms",
        "collections.docs.table", "public.docs", "collections.docs.text-columns", "body")));
  }

  @Override
  protected String write(String key, String text) throws Exception {
    return DocsTable.write(postgres.getPostgresDatabase(), key, text);
  }

  @Override
  protected void delete(String key) throws Exception {
    DocsTable.delete(postgres.getPostgresDatabase(), key);
  }
}
