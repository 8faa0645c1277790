package dev.freshet.connector.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.freshet.api.error.ConfigurationException;
import dev.freshet.api.event.ChangeEvent;
import dev.freshet.api.source.SourceConfig;
import dev.freshet.api.source.SourceConnector;
import dev.freshet.api.source.SourceStatus;
import dev.freshet.testkit.RecordingSourceContext;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A user's PostgreSQL that lacks a prerequisite stops the source's start with the property and the fix; set up
 * as docs/configuration.md says, with a role that is not a superuser, it captures.
 */
class ServerCheckIT {

  private static EmbeddedPostgres logical;

  @BeforeAll
  static void startPostgres() throws Exception {
    logical = EmbeddedPostgres.builder().setServerConfig("wal_level", "logical").setServerConfig("fsync", "on")
        .setServerConfig("synchronous_commit", "on").start();
    sql(logical, "create table docs (id text primary key, body text not null)",
        "create role plain login password 'plain-secret'", "grant select on docs to plain",
        "create role streamer login replication password 'streamer-secret'", "grant select on docs to streamer");
  }

  @AfterAll
  static void stopPostgres() throws Exception {
    logical.close();
  }

  @Test
  void aServerWithoutLogicalDecodingNamesTheSettingAndTheRestart() throws Exception {
    try (EmbeddedPostgres replica = EmbeddedPostgres.builder().setServerConfig("wal_level", "replica").start()) {
      sql(replica, "create table docs (id text primary key, body text not null)");

      assertThatThrownBy(() -> start(connector(replica, "postgres", "", Map.of())))
          .isInstanceOf(ConfigurationException.class)
          .hasMessageStartingWith("freshet.sources.user-db.host: the PostgreSQL server at localhost:" + replica.getPort()
              + " runs with wal_level=replica")
          .hasMessageContaining("ALTER SYSTEM SET wal_level = logical");
    }
  }

  @Test
  void aRoleWithoutReplicationIsToldWhatToGrant() {
    assertThatThrownBy(() -> start(connector(logical, "plain", "plain-secret", Map.of())))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageStartingWith("freshet.sources.user-db.user: role 'plain' may not stream changes")
        .hasMessageContaining("ALTER ROLE plain WITH REPLICATION")
        .hasMessageNotContaining("plain-secret");
  }

  @Test
  void aSignalTableTheRoleCannotCreateIsToldHowToCreateIt() {
    // PostgreSQL 15 and later give no one but its owner CREATE on schema public
    assertThatThrownBy(() -> start(connector(logical, "streamer", "streamer-secret",
        Map.of("signal-table", "public.streamer_signal"))))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageStartingWith("freshet.sources.user-db.signal-table: role 'streamer' may not create "
            + "public.streamer_signal (no CREATE on schema public)")
        .hasMessageContaining("GRANT SELECT, INSERT ON public.streamer_signal TO streamer");
  }

  @Test
  void aMissingPublicationOnTablesTheRoleDoesNotOwnIsToldHowToCreateItThenCaptures() throws Exception {
    sql(logical, "create table public.owned_signal (id varchar(42) primary key, type varchar(32) not null, "
        + "data varchar(2048) null)", "grant select, insert on public.owned_signal to streamer");
    Map<String, String> options = Map.of("signal-table", "public.owned_signal", "publication-name", "streamer_pub",
        "slot-name", "streamer_slot");

    assertThatThrownBy(() -> start(connector(logical, "streamer", "streamer-secret", options)))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageStartingWith("freshet.sources.user-db.publication-name: publication 'streamer_pub' does not exist, "
            + "and role 'streamer' cannot create it (it does not own public.docs, public.owned_signal)")
        .hasMessageContaining("CREATE PUBLICATION streamer_pub FOR TABLE public.docs, public.owned_signal");

    sql(logical, "create publication streamer_pub for table public.docs, public.owned_signal");
    SourceConnector connector = connector(logical, "streamer", "streamer-secret", options);
    RecordingSourceContext context = new RecordingSourceContext("user-db", null);
    try {
      connector.start(context);
      await().atMost(Duration.ofSeconds(60)).until(() -> connector.status().state() == SourceStatus.State.RUNNING);
      sql(logical, "insert into docs values ('set-up-as-documented', 'captured without a superuser')");
      await().atMost(Duration.ofSeconds(60)).until(() -> context.events().stream().map(ChangeEvent::subject)
          .anyMatch(s -> s.equals("kb:public.docs:set-up-as-documented")));
    } finally {
      connector.close();
    }
    assertThat(context.events()).isNotEmpty();
  }

  private static void start(SourceConnector connector) {
    try {
      connector.start(new RecordingSourceContext("user-db", null));
    } finally {
      connector.close();
    }
  }

  private static SourceConnector connector(EmbeddedPostgres server, String user, String password,
      Map<String, String> extra) {
    Map<String, String> options = new HashMap<>(Map.of("host", "localhost", "port", Integer.toString(server.getPort()),
        "database", "postgres", "user", user, "password", password, "offset-flush-interval", "100ms",
        "collections.docs.table", "public.docs", "collections.docs.text-columns", "body"));
    options.putAll(extra);
    return new PostgresConnectorProvider().create(new SourceConfig("user-db", options));
  }

  private static void sql(EmbeddedPostgres server, String... statements) throws Exception {
    try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
      for (String statement : statements) {
        s.execute(statement);
      }
    }
  }
}
