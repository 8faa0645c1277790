package dev.freshet.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.freshet.testkit.LocalPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * Freshet with {@code freshet.store.type=pgvector}: the demo's snapshot, a change and a search go through a pgvector
 * table in a real PostgreSQL (the machine's own server with the extension; see {@link LocalPostgres}), and a restart
 * finds the vectors where it left them.
 */
class PgVectorStoreFreshetIT {

  @RegisterExtension
  static final LocalPostgres postgres = LocalPostgres.withExtension("vector");

  private static final Duration TIMEOUT = Duration.ofSeconds(120);

  @TempDir
  Path dataDir;

  @Test
  void changesAreIndexedIntoPgvectorAndSearchedFromIt() throws Exception {
    String[] args = {"--freshet.store.type=pgvector", "--freshet.store.pgvector.url=" + postgres.jdbcUrl(),
        "--freshet.store.pgvector.username=postgres"};
    try (StandaloneFreshet freshet = StandaloneFreshet.start(dataDir, args)) {
      await().atMost(TIMEOUT).until(() -> freshet.indexed() == 220);
      freshet.demo("update articles set body = body || ' The rooftop beehives give twelve jars of honey a year.' "
          + "where id = 5");
      await().atMost(TIMEOUT).until(() -> freshet.chunkTexts(5).contains("rooftop beehives"));
      await().atMost(TIMEOUT).until(freshet::settled);

      assertThat(rowsInPgvector()).as("every chunk the watermarks record, once, in the pgvector table")
          .isEqualTo(freshet.expectedChunks()).isEqualTo(freshet.store.count());
      JsonNode hits = freshet.api().search("how much honey do the rooftop beehives give", 3);
      assertThat(hits.get(0).get("subject").asString()).isEqualTo("kb:public.articles:5");
    }

    try (StandaloneFreshet restarted = StandaloneFreshet.start(dataDir, args)) {
      assertThat(restarted.chunkTexts(5)).contains("rooftop beehives");
      assertThat(restarted.store.count()).isEqualTo(rowsInPgvector());
    }
  }

  private static long rowsInPgvector() throws Exception {
    try (Connection c = DriverManager.getConnection(postgres.jdbcUrl(), "postgres", "");
        Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select count(*) from freshet_chunks_g1")) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
