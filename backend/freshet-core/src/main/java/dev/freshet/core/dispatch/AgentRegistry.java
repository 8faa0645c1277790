package dev.freshet.core.dispatch;

import dev.freshet.api.agent.Agent;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The agents known to this process, by logical name. Immutable and thread-safe. */
public class AgentRegistry {

  private final Map<String, Agent> byName = new LinkedHashMap<>();

  public AgentRegistry(List<? extends Agent> agents) {
    for (Agent agent : agents) {
      if (!agent.name().matches("[a-z][a-z0-9.-]*")) {
        throw new IllegalStateException("Agent " + agent.getClass().getName() + " has the name '" + agent.name()
            + "': agent names are stable logical names of lowercase letters, digits, dots and dashes.");
      }
      Agent previous = byName.putIfAbsent(agent.name(), agent);
      if (previous != null) {
        throw new IllegalStateException("Two agents are named '" + agent.name() + "': "
            + previous.getClass().getName() + " and " + agent.getClass().getName() + ". Give each a unique name().");
      }
    }
  }

  /** The agents subscribed to an event type, in registration order. */
  public List<Agent> subscribersOf(String eventType) {
    return byName.values().stream().filter(a -> a.eventTypes().contains(eventType)).toList();
  }

  public Optional<Agent> byName(String name) {
    return Optional.ofNullable(byName.get(name));
  }

  public List<String> names() {
    return List.copyOf(byName.keySet());
  }
}
