package dev.freshet.testkit;

import dev.freshet.api.event.ChangeEvent;
import dev.freshet.api.source.ChangeSink;
import dev.freshet.api.source.SourceContext;
import dev.freshet.api.source.SourceSecrets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;

/**
 * A {@link SourceContext} that keeps what a connector sends in memory, like the event log would: events
 * are de-duplicated by id, positions are recorded in the order they are committed, and secrets are kept in
 * memory. The sink can be told to fail its next calls, to check that a connector commits nothing it has not
 * handed over.
 */
public final class RecordingSourceContext implements SourceContext {

  private final String sourceId;
  private final List<ChangeEvent> accepted = new CopyOnWriteArrayList<>();
  private final List<String> positions = new CopyOnWriteArrayList<>();
  private final AtomicInteger failures = new AtomicInteger();
  private final List<String> journal = new CopyOnWriteArrayList<>();
  private volatile @Nullable String committed;
  private final Map<String, String> secrets = new ConcurrentHashMap<>();

  public RecordingSourceContext(String sourceId, @Nullable String committedPosition) {
    this.sourceId = sourceId;
    this.committed = committedPosition;
  }

  /** The sink throws on its next {@code times} calls, as an event log that is down would. */
  public void failNextAccepts(int times) {
    failures.set(times);
  }

  /** Events accepted so far, without the copies of ids already accepted. */
  public List<ChangeEvent> events() {
    return new ArrayList<>(accepted);
  }

  public List<String> committedPositions() {
    return new ArrayList<>(positions);
  }

  /** What happened, in order: {@code failed} (a refused batch), {@code accepted}, {@code committed}. */
  public List<String> journal() {
    return new ArrayList<>(journal);
  }

  @Override
  public String sourceId() {
    return sourceId;
  }

  @Override
  public Optional<String> committedPosition() {
    return Optional.ofNullable(committed);
  }

  @Override
  public void commitPosition(String position) {
    positions.add(position);
    committed = position;
    journal.add("committed");
  }

  @Override
  public SourceSecrets secrets() {
    return new SourceSecrets() {
      @Override
      public Optional<String> get(String name) {
        return Optional.ofNullable(secrets.get(name));
      }

      @Override
      public boolean putIfAbsent(String name, String value) {
        return secrets.putIfAbsent(name, value) == null;
      }
    };
  }

  @Override
  public ChangeSink sink() {
    return batch -> {
      if (failures.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
        journal.add("failed");
        throw new IllegalStateException("the event log is unavailable (injected by the test)");
      }
      journal.add("accepted");
      for (ChangeEvent event : batch) {
        if (accepted.stream().noneMatch(e -> e.id().equals(event.id()))) {
          accepted.add(event);
        }
      }
    };
  }
}
