package dev.freshet.core.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.zaxxer.hikari.HikariDataSource;
import dev.freshet.api.source.SourceConnector;
import dev.freshet.api.source.SourceContext;
import dev.freshet.api.source.SourceDocument;
import dev.freshet.api.source.SourceStatus;
import dev.freshet.core.StateDatabase;
import dev.freshet.core.secret.SecretStore;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.KeyGenerator;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two Freshet instances sharing one state database (two managers, each with a connection pool of its own, as two
 * processes have): a capture source runs on one of them, the other stands by, and takes it over when the first
 * stops or its session in the state database ends.
 */
class SourceLeasesIT {

  @RegisterExtension
  static final StateDatabase database = new StateDatabase();

  private static final Duration CHECK = Duration.ofMillis(200);
  private static final Duration TIMEOUT = Duration.ofSeconds(15);

  private final HikariDataSource poolA = pool();
  private final HikariDataSource poolB = pool();
  private final FakeCapture sourceOnA = new FakeCapture();
  private final FakeCapture sourceOnB = new FakeCapture();
  private final SourceRegistry registryA = new SourceRegistry(List.of(sourceOnA));
  private final SourceRegistry registryB = new SourceRegistry(List.of(sourceOnB));
  private final SourceManager instanceA = manager(registryA, poolA);
  private final SourceManager instanceB = manager(registryB, poolB);

  @AfterEach
  void stop() {
    instanceA.close();
    instanceB.close();
    poolA.close();
    poolB.close();
  }

  @Test
  void oneInstanceRunsTheSourceAndTheOtherTakesItOverWhenItStops() {
    instanceA.start();
    instanceB.start();

    assertThat(sourceOnA.starts.get()).isEqualTo(1);
    assertThat(sourceOnB.starts.get()).isZero();
    assertThat(registryB.statuses().get("db").state()).isEqualTo(SourceStatus.State.STANDBY);

    instanceA.close();

    await().atMost(TIMEOUT).until(() -> sourceOnB.starts.get() == 1);
    assertThat(registryB.statuses().get("db").state()).isEqualTo(SourceStatus.State.RUNNING);
    assertThat(sourceOnA.running()).isFalse();
  }

  /** A restart of the state database ends the lease's session: alone, the instance takes the lease again and runs on. */
  @Test
  void aLeaseWhoseSessionEndedIsTakenAgainWithoutStoppingTheSource() {
    instanceA.start();
    assertThat(sourceOnA.running()).isTrue();

    terminateLeaseSessions();

    await().atMost(TIMEOUT).until(() -> advisoryLocks() == 1); // held again, on a new session
    assertThat(sourceOnA.closes.get()).as("the source ran on undisturbed").isZero();
    assertThat(sourceOnA.starts.get()).isEqualTo(1);
  }

  /** Another instance may take the lease between the session's end and the next check: the first then gives up. */
  @Test
  void afterItsSessionEndedExactlyOneInstanceRunsTheSource() {
    instanceA.start();
    instanceB.start();

    terminateLeaseSessions();

    await().atMost(TIMEOUT).until(() -> advisoryLocks() == 1);
    await().atMost(TIMEOUT).until(() -> sourceOnA.running() ^ sourceOnB.running());
    if (sourceOnB.running()) {
      assertThat(registryA.statuses().get("db").state()).isEqualTo(SourceStatus.State.STANDBY);
    } else {
      assertThat(sourceOnA.closes.get()).isZero();
    }
  }

  private static void terminateLeaseSessions() {
    new JdbcTemplate(database.dataSource()).queryForList("select pg_terminate_backend(pid) from pg_locks "
        + "where locktype = 'advisory' and granted");
  }

  private static long advisoryLocks() {
    Long n = new JdbcTemplate(database.dataSource()).queryForObject("select count(*) from pg_locks "
        + "where locktype = 'advisory' and granted", Long.class);
    return n == null ? 0 : n;
  }

  private SourceManager manager(SourceRegistry registry, DataSource pool) {
    SecretStore secrets;
    try {
      KeyGenerator keys = KeyGenerator.getInstance("AES");
      keys.init(256);
      secrets = new SecretStore(new JdbcTemplate(pool), keys.generateKey());
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
    return new SourceManager(registry, null, pool, secrets, new SourcePauses(new JdbcTemplate(pool), 10, 5), CHECK);
  }

  private static HikariDataSource pool() {
    HikariDataSource pool = new HikariDataSource();
    pool.setJdbcUrl(((HikariDataSource) database.dataSource()).getJdbcUrl());
    pool.setUsername("postgres");
    pool.setMaximumPoolSize(4);
    return pool;
  }

  /** A capture source that records its starts and stops. */
  private static final class FakeCapture implements SourceConnector {

    final AtomicInteger starts = new AtomicInteger();
    final AtomicInteger closes = new AtomicInteger();

    boolean running() {
      return starts.get() > closes.get();
    }

    @Override
    public String sourceId() {
      return "db";
    }

    @Override
    public void start(SourceContext context) {
      starts.incrementAndGet();
    }

    @Override
    public Optional<SourceDocument> load(String subject) {
      return Optional.empty();
    }

    @Override
    public SourceStatus status() {
      return SourceStatus.of(running() ? SourceStatus.State.RUNNING : SourceStatus.State.STOPPED, "");
    }

    @Override
    public void close() {
      if (running()) {
        closes.incrementAndGet();
      }
    }
  }
}
