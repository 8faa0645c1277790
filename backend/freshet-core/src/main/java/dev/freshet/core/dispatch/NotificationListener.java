package dev.freshet.core.dispatch;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Holds one connection that {@code LISTEN}s on a channel and calls {@code onWake} for every batch of
 * notifications. The wait is a blocking socket read ({@link PGConnection#getNotifications(int)}), not a
 * polling loop; it returns at least every {@code maxWait} so a lost connection is noticed. After a
 * reconnect it calls {@code onWake} too, since notifications sent while disconnected are lost.
 */
public final class NotificationListener implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(NotificationListener.class);

  private final DataSource dataSource;
  private final String channel;
  private final Duration maxWait;
  private final Runnable onWake;
  private volatile boolean running;
  private @Nullable Thread thread;

  public NotificationListener(DataSource dataSource, String channel, Duration maxWait, Runnable onWake) {
    this.dataSource = dataSource;
    this.channel = channel;
    this.maxWait = maxWait;
    this.onWake = onWake;
  }

  public void start() {
    running = true;
    thread = Thread.ofPlatform().name("freshet-listen-" + channel).daemon().start(this::listen);
  }

  @Override
  public void close() {
    running = false;
    Thread t = thread;
    if (t != null) {
      t.interrupt();
    }
  }

  private void listen() {
    long reconnectWait = 100;
    while (running) {
      try (Connection connection = dataSource.getConnection()) {
        connection.setAutoCommit(true);
        try (Statement statement = connection.createStatement()) {
          statement.execute("LISTEN " + channel);
        }
        PGConnection pg = connection.unwrap(PGConnection.class);
        onWake.run();
        reconnectWait = 100;
        while (running) {
          PGNotification[] notifications = pg.getNotifications((int) maxWait.toMillis());
          if (notifications != null && notifications.length > 0) {
            onWake.run();
          }
        }
      } catch (SQLException | RuntimeException e) {
        if (!running) {
          return;
        }
        log.warn("Lost the LISTEN connection on {}; reconnecting in {} ms: {}", channel, reconnectWait, e.toString());
        sleep(reconnectWait);
        reconnectWait = Math.min(reconnectWait * 2, 10_000);
      }
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
