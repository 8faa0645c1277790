package dev.freshet.core.dispatch;

import dev.freshet.api.agent.AgentContext;
import dev.freshet.api.event.ChangeEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** The {@link AgentContext} of one run: times each stage and remembers the one that failed. */
final class StageRecorder implements AgentContext {

  /** One timed stage of a run. */
  record Stage(String name, Instant startedAt, Instant endedAt, boolean failed) {}

  private final Claim claim;
  private List<ChangeEvent> coalesced;
  private final List<Stage> stages = new ArrayList<>();
  private String current = "handle";

  StageRecorder(Claim claim) {
    this.claim = claim;
    this.coalesced = claim.coalesced();
  }

  /** The folded events as the agent asked for them (upcast). */
  void coalesced(List<ChangeEvent> upcast) {
    this.coalesced = List.copyOf(upcast);
  }

  @Override
  public int attempt() {
    return claim.attempt();
  }

  @Override
  public List<ChangeEvent> coalesced() {
    return coalesced;
  }

  @Override
  public <T> T stage(String name, Supplier<T> work) {
    String outer = current;
    current = name;
    Instant start = Instant.now();
    boolean failed = true;
    try {
      T result = work.get();
      failed = false;
      return result;
    } finally {
      stages.add(new Stage(name, start, Instant.now(), failed));
      if (!failed) {
        current = outer;
      }
    }
  }

  /** The stage that was running when the agent threw; {@code handle} when outside any stage. */
  String failedStage() {
    return current;
  }

  List<Stage> stages() {
    return stages;
  }
}
