package dev.freshet.app.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Long transactions interleaved with short ones across restarts, the pattern behind known change data
 * capture losses: a long transaction's changes sit in the WAL before the commits of short transactions
 * that Freshet has already confirmed, so a resume that trusts "everything before the confirmed position
 * was seen" skips them. Every row of every long transaction must be indexed.
 */
class LongTransactionIT {

  private static final long LONG_IDS = 2_000_000;
  private static final int LARGE_FROM = 5_000;
  private static final int LARGE_ROWS = 2_500;
  private static final int ROWS = 350 + 100 + LARGE_ROWS;

  @TempDir
  Path dir;

  @Test
  void everyRowOfALongTransactionInterleavedWithShortOnesAcrossRestartsIsIndexed() throws Exception {
    try (ReliabilityRig rig = ReliabilityRig.create(dir, "long-transaction");
        SourceWriter writer = new SourceWriter(rig::sourceUrl, 5, 40);
        Connection spanning = DriverManager.getConnection(rig.sourceUrl(), "postgres", "");
        Connection downtime = DriverManager.getConnection(rig.sourceUrl(), "postgres", "")) {
      spanning.setAutoCommit(false);
      downtime.setAutoCommit(false);
      rig.start();
      writer.start();
      FreshetProcess.sleep(2_000);

      // begun while Freshet runs, written on while short transactions commit and Freshet is killed and
      // restarted, committed after the restart
      insertSlowly(spanning, 0, 150);
      // begun while Freshet runs, committed while it is down
      insertSlowly(downtime, 1_000, 100);
      rig.freshet().kill();
      insertSlowly(spanning, 150, 100);
      downtime.commit();
      rig.start();
      insertSlowly(spanning, 250, 100);
      spanning.commit();
      FreshetProcess.sleep(1_000);

      // a large transaction (more rows than Debezium hands over in one batch), and Freshet killed as soon as
      // the first of its rows are in the log, while it is streaming the rest
      try (Connection large = DriverManager.getConnection(rig.sourceUrl(), "postgres", "")) {
        large.setAutoCommit(false);
        insert(large, LARGE_FROM, LARGE_ROWS);
        large.commit();
      }
      String largeLogged = "select count(*) from event_log where subject >= ? and subject < ?";
      Object[] largeRange = {"kb:public.articles:" + (LONG_IDS + LARGE_FROM), "kb:public.articles:" + (LONG_IDS + LARGE_FROM + LARGE_ROWS)};
      await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(20))
          .until(() -> rig.state(largeLogged, largeRange) > 0);
      rig.freshet().kill();
      System.out.println("LongTransactionIT killed while streaming the large transaction: "
          + rig.state(largeLogged, largeRange) + " of its " + LARGE_ROWS + " rows logged");
      rig.start();
      FreshetProcess.sleep(2_000);
      writer.stop();
      rig.awaitCaughtUp();
      rig.freshet().stop();

      assertThat(rig.source("select count(*) from articles where id >= ?", LONG_IDS)).isEqualTo(ROWS);
      assertThat(rig.state("""
          select count(*) from document_state where status = 'INDEXED'
          and subject like 'kb:public.articles:%' and substring(subject from 20)::bigint >= ?""", LONG_IDS))
          .as("rows of the long transactions indexed").isEqualTo(ROWS);
      assertThat(rig.check(writer.liveSequences())).as("differences between the index and the source").isEmpty();
    }
  }

  /** Inserts {@code count} rows in the open transaction, ten at a time with a pause, so short ones commit between. */
  private static void insertSlowly(Connection c, int from, int count) throws SQLException {
    for (int i = from; i < from + count; i += 10) {
      insert(c, i, 10);
      FreshetProcess.sleep(30);
    }
  }

  private static void insert(Connection c, int from, int count) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(
        "insert into articles (id, title, body, author) values (?, ?, ?, 'Long Transaction')")) {
      for (int i = from; i < from + count; i++) {
        s.setLong(1, LONG_IDS + i);
        // one text for all of the large transaction's rows: the embedding cache keeps the run short
        s.setString(2, i >= LARGE_FROM ? "Large transaction row" : "Long transaction row " + i);
        s.setString(3, "A row of a transaction that spans restarts; it must be indexed like any other.");
        s.addBatch();
      }
      s.executeBatch();
    }
  }
}
