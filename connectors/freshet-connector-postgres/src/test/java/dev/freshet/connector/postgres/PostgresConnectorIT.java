package dev.freshet.connector.postgres;

import dev.freshet.api.source.SourceConfig;
import dev.freshet.api.source.SourceConnector;
import dev.freshet.testkit.SourceConnectorContract;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
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
    try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
      s.execute("create table docs (id text primary key, body text not null)");
    }
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
    try (Connection c = postgres.getPostgresDatabase().getConnection(); PreparedStatement ps = c.prepareStatement(
        "insert into docs values (?, ?) on conflict (id) do update set body = excluded.body")) {
      ps.setString(1, key);
      ps.setString(2, text);
      ps.executeUpdate();
    }
    return "kb:public.docs:" + key;
  }

  @Override
  protected void delete(String key) throws Exception {
    try (Connection c = postgres.getPostgresDatabase().getConnection();
        PreparedStatement ps = c.prepareStatement("delete from docs where id = ?")) {
      ps.setString(1, key);
      ps.executeUpdate();
    }
  }
}
