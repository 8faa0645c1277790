package dev.freshet.core.index;

import dev.freshet.api.agent.AgentContext;
import dev.freshet.api.event.ChangeEvent;
import java.util.List;
import java.util.function.Supplier;

/** Records the stages of writing a non-serving generation under its name, e.g. {@code g2.embed}. */
record PrefixedStages(AgentContext context, String prefix) implements AgentContext {

  @Override
  public int attempt() {
    return context.attempt();
  }

  @Override
  public List<ChangeEvent> coalesced() {
    return context.coalesced();
  }

  @Override
  public <T> T stage(String name, Supplier<T> work) {
    return context.stage(prefix + name, work);
  }
}
