package dev.freshet.app.health;

import static org.assertj.core.api.Assertions.assertThat;

import dev.freshet.api.source.SourceConnector;
import dev.freshet.api.source.SourceContext;
import dev.freshet.api.source.SourceDocument;
import dev.freshet.api.source.SourceStatus;
import dev.freshet.core.config.RoleProperties;
import dev.freshet.core.dispatch.Transport;
import dev.freshet.core.log.Handoff;
import dev.freshet.core.source.SourceRegistry;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

class StartupHealthIndicatorTest {

  private final AtomicBoolean indexOpen = new AtomicBoolean();
  private final FixedTransport transport = new FixedTransport();
  private final ScriptedSource demo = new ScriptedSource("demo");
  private final ScriptedSource notes = new ScriptedSource("notes");
  private final StartupHealthIndicator startup = new StartupHealthIndicator(indexOpen::get, transport,
      new SourceRegistry(List.of(demo, notes)), new RoleProperties(List.of("sources", "workers", "console")));

  @Test
  void downUntilTheIndexIsOpenTheTransportDeliversAndEverySourceCapturesNamingWhatIsMissing() {
    demo.status = SourceStatus.of(SourceStatus.State.STARTING, "connecting to localhost:5432");
    notes.status = SourceStatus.of(SourceStatus.State.RUNNING, "watching /srv/notes");

    Health health = startup.health();

    assertThat(health.getStatus()).isEqualTo(Status.DOWN);
    assertThat(health.getDetails()).containsEntry("index", "opening")
        .containsEntry("transport", "postgres: not delivering yet")
        .containsEntry("sources", Map.of("demo", "STARTING: connecting to localhost:5432"));

    indexOpen.set(true);
    transport.delivering = true;
    assertThat(startup.health().getStatus()).as("a source still connecting").isEqualTo(Status.DOWN);

    demo.status = SourceStatus.of(SourceStatus.State.STANDBY, "another Freshet instance runs this source");
    assertThat(startup.health().getStatus()).as("a source another instance runs counts").isEqualTo(Status.UP);
  }

  @Test
  void onceReadyASourceThatFailsLaterLeavesItUpForTheSourcesComponentToReport() {
    indexOpen.set(true);
    transport.delivering = true;
    demo.status = SourceStatus.of(SourceStatus.State.RUNNING, "streaming");
    notes.status = SourceStatus.of(SourceStatus.State.RUNNING, "watching /srv/notes");
    assertThat(startup.health().getStatus()).isEqualTo(Status.UP);

    demo.status = SourceStatus.of(SourceStatus.State.FAILED, "the source database went away");
    transport.delivering = false;

    Health later = startup.health();
    assertThat(later.getStatus()).isEqualTo(Status.UP);
    assertThat(later.getDetails()).containsKey("readySince");
  }

  @Test
  void aSourceSeenCapturingStaysCountedWhileAnotherStillStarts() {
    indexOpen.set(true);
    transport.delivering = true;
    demo.status = SourceStatus.of(SourceStatus.State.RUNNING, "streaming");
    notes.status = SourceStatus.of(SourceStatus.State.STARTING, "scanning /srv/notes");
    assertThat(startup.health().getStatus()).isEqualTo(Status.DOWN);

    demo.status = SourceStatus.of(SourceStatus.State.STARTING, "restarting: the slot was dropped");
    notes.status = SourceStatus.of(SourceStatus.State.RUNNING, "watching /srv/notes");

    assertThat(startup.health().getStatus()).isEqualTo(Status.UP);
  }

  @Test
  void anInstanceWithoutTheSourcesAndWorkersRolesWaitsForTheIndexOnly() {
    StartupHealthIndicator console = new StartupHealthIndicator(indexOpen::get, transport,
        new SourceRegistry(List.of(demo)), new RoleProperties(List.of("console")));
    demo.status = SourceStatus.of(SourceStatus.State.STOPPED, "not started");

    assertThat(console.health().getStatus()).isEqualTo(Status.DOWN);
    indexOpen.set(true);
    assertThat(console.health().getStatus()).isEqualTo(Status.UP);
  }

  /** A source whose status the test sets. */
  private static final class ScriptedSource implements SourceConnector {
    private final String id;
    volatile SourceStatus status = SourceStatus.of(SourceStatus.State.STOPPED, "not started");

    ScriptedSource(String id) {
      this.id = id;
    }

    @Override
    public String sourceId() {
      return id;
    }

    @Override
    public void start(SourceContext context) {
      // started by the test's status
    }

    @Override
    public Optional<SourceDocument> load(String subject) {
      return Optional.empty();
    }

    @Override
    public SourceStatus status() {
      return status;
    }

    @Override
    public void close() {
      // nothing to stop
    }
  }

  /** A transport whose delivering the test sets. */
  private static final class FixedTransport implements Transport {
    volatile boolean delivering;

    @Override
    public String name() {
      return "postgres";
    }

    @Override
    public Handoff handoff() {
      return Handoff.DELIVERIES;
    }

    @Override
    public void start(boolean deliver) {
      delivering = deliver;
    }

    @Override
    public void stop(Duration timeout) {
      delivering = false;
    }

    @Override
    public boolean isDelivering() {
      return delivering;
    }

    @Override
    public @Nullable String lastError() {
      return null;
    }

    @Override
    public long backlog() {
      return 0;
    }
  }
}
