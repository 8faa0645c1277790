package dev.freshet.api.agent;

import dev.freshet.api.event.ChangeEvent;
import java.util.List;
import java.util.function.Supplier;

/** What the dispatcher tells an agent about the delivery it is handling. */
public interface AgentContext {

  /** 1 for the first attempt of this delivery, 2 for the first retry, and so on. */
  int attempt();

  /** Older events of the same sequence key folded into this delivery, oldest first; usually empty. */
  List<ChangeEvent> coalesced();

  /**
   * Runs one named stage of the work (e.g. {@code load}, {@code split}, {@code embed}, {@code store})
   * and records its duration in the trace. If the stage throws, the failure is recorded against it:
   * a dead letter's {@code stage} is the stage that failed.
   */
  <T> T stage(String name, Supplier<T> work);
}
