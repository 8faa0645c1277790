package dev.freshet.app.reliability;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * A steady stream of sequence-numbered documents written to the source's {@code articles} table, one
 * transaction per change: inserts (every fifth document long enough for several chunks), text edits of
 * one paragraph, updates of a column that is not text, and deletes. Remembers what the source
 * acknowledged (committed): a change whose commit failed is in doubt, and the table itself is the truth
 * for it. Keeps going across restarts of the source database, reconnecting.
 */
final class SourceWriter implements AutoCloseable {

  /** Document ids of the stream start here, clear of the demo's own rows. */
  static final long FIRST_ID = 1_000_000;
  private static final String[] WORDS = ("river current harbour ledger index vector signal lantern archive "
      + "meadow quartz beacon orbit cinder fable glacier hollow ivory juniper kettle lumen marble nectar "
      + "oyster pepper quiver rustle saffron timber umber velvet willow yonder zephyr").split(" ");

  private final Supplier<String> jdbcUrl;
  private final Random random;
  private final long pauseMillis;
  private final AtomicLong nextSeq = new AtomicLong();
  private final AtomicLong committed = new AtomicLong();
  private final AtomicLong inDoubt = new AtomicLong();
  /** Live documents the source acknowledged, by sequence number, with their paragraphs' revisions. */
  private final Map<Long, int[]> live = new ConcurrentHashMap<>();
  private final List<Long> liveOrder = new ArrayList<>();
  /** Documents whose last change's commit failed: the source may or may not have it. */
  private final Set<Long> doubtful = ConcurrentHashMap.newKeySet();
  private long current = -1;
  private volatile boolean running;
  private @Nullable Thread thread;
  private @Nullable Connection connection;

  /**
   * @param jdbcUrl the source database, asked again at each reconnect
   * @param pauseMillis the pause between two changes (25 ms is about 35 changes a second here)
   */
  SourceWriter(Supplier<String> jdbcUrl, long seed, long pauseMillis) {
    this.jdbcUrl = jdbcUrl;
    this.random = new Random(seed);
    this.pauseMillis = pauseMillis;
  }

  void start() {
    running = true;
    thread = Thread.ofPlatform().name("source-writer").daemon().start(this::run);
  }

  /** Stops after the change in progress. */
  void stop() throws InterruptedException {
    running = false;
    if (thread != null) {
      thread.join();
    }
    closeConnection();
  }

  @Override
  public void close() throws InterruptedException {
    stop();
  }

  long committed() {
    return committed.get();
  }

  long inDoubt() {
    return inDoubt.get();
  }

  /** The sequence numbers of the documents the source acknowledged and that were not deleted since. */
  List<Long> liveSequences() {
    return live.keySet().stream().filter(seq -> !doubtful.contains(seq)).sorted().toList();
  }

  /** The newest sequence numbers handed out, up to {@code n}. */
  List<Long> lastSequences(int n) {
    long last = nextSeq.get();
    List<Long> out = new ArrayList<>();
    for (long s = Math.max(0, last - n); s < last; s++) {
      out.add(s);
    }
    return out;
  }

  static String subject(long seq) {
    return "kb:public.articles:" + (FIRST_ID + seq);
  }

  private void run() {
    while (running) {
      try {
        step();
        committed.incrementAndGet();
      } catch (SQLException e) {
        inDoubt.incrementAndGet();
        doubtful.add(current);
        closeConnection();
        FreshetProcess.sleep(200); // the source is down or restarting: try again shortly
      }
      FreshetProcess.sleep(pauseMillis);
    }
  }

  private void step() throws SQLException {
    Connection c = connection();
    int dice = random.nextInt(100);
    if (dice < 55 || liveOrder.size() < 20) {
      insert(c);
    } else if (dice < 80) {
      editParagraph(c);
    } else if (dice < 90) {
      touchViews(c);
    } else {
      delete(c);
    }
  }

  private void insert(Connection c) throws SQLException {
    long seq = nextSeq.getAndIncrement();
    current = seq;
    int[] revisions = new int[seq % 5 == 0 ? 4 : 1];
    try (PreparedStatement s = c.prepareStatement(
        "insert into articles (id, title, body, author, tags) values (?, ?, ?, 'Reliability Rig', '{stream}')")) {
      s.setLong(1, FIRST_ID + seq);
      s.setString(2, "Stream document " + seq);
      s.setString(3, body(seq, revisions));
      s.executeUpdate();
    }
    live.put(seq, revisions);
    liveOrder.add(seq);
  }

  private void editParagraph(Connection c) throws SQLException {
    long seq = pickLive();
    int[] revisions = live.get(seq).clone();
    revisions[random.nextInt(revisions.length)]++;
    try (PreparedStatement s = c.prepareStatement("update articles set body = ?, updated_at = now() where id = ?")) {
      s.setString(1, body(seq, revisions));
      s.setLong(2, FIRST_ID + seq);
      s.executeUpdate();
    }
    live.put(seq, revisions);
  }

  private void touchViews(Connection c) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("update articles set views = views + 1 where id = ?")) {
      s.setLong(1, FIRST_ID + pickLive());
      s.executeUpdate();
    }
  }

  private void delete(Connection c) throws SQLException {
    long seq = pickLive();
    try (PreparedStatement s = c.prepareStatement("delete from articles where id = ?")) {
      s.setLong(1, FIRST_ID + seq);
      s.executeUpdate();
    }
    live.remove(seq);
    liveOrder.remove(seq);
  }

  private long pickLive() {
    current = liveOrder.get(random.nextInt(liveOrder.size()));
    return current;
  }

  /**
   * The body of document {@code seq} at the given paragraph revisions: each paragraph about 600 characters
   * of words drawn from a seed of (seq, paragraph, revision), so an edit changes exactly one paragraph.
   */
  static String body(long seq, int[] revisions) {
    StringBuilder body = new StringBuilder();
    for (int p = 0; p < revisions.length; p++) {
      if (p > 0) {
        body.append("\n\n");
      }
      StringBuilder paragraph = new StringBuilder("seq-" + seq + " paragraph-" + p + " rev-" + revisions[p] + ":");
      Random words = new Random(seq * 1_000_003L + p * 1_009L + revisions[p]);
      int length = revisions.length == 1 ? 120 : 600;
      while (paragraph.length() < length) {
        paragraph.append(' ').append(WORDS[words.nextInt(WORDS.length)]);
      }
      body.append(paragraph).append('.');
    }
    return body.toString();
  }

  private Connection connection() throws SQLException {
    if (connection == null) {
      connection = DriverManager.getConnection(jdbcUrl.get(), "postgres", "");
    }
    return connection;
  }

  private void closeConnection() {
    if (connection != null) {
      try {
        connection.close();
      } catch (SQLException e) {
        // the server went away; nothing to close
      }
      connection = null;
    }
  }
}
