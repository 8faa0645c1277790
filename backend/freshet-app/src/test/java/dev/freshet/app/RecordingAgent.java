package dev.freshet.app;

import dev.freshet.api.agent.Agent;
import dev.freshet.api.agent.AgentContext;
import dev.freshet.api.agent.AgentOutcome;
import dev.freshet.api.event.ChangeEvent;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

/** A custom agent, as a user would plug one in: records every {@code document.indexed} it receives. */
class RecordingAgent implements Agent {

  final List<ChangeEvent> received = new CopyOnWriteArrayList<>();

  @Override
  public String name() {
    return "recorder";
  }

  @Override
  public Set<String> eventTypes() {
    return Set.of("document.indexed");
  }

  @Override
  public AgentOutcome handle(ChangeEvent event, AgentContext context) {
    received.add(event);
    return AgentOutcome.completed(List.of(), Map.of());
  }

  List<ChangeEvent> receivedFor(String subject) {
    return received.stream().filter(e -> e.subject().equals(subject)).toList();
  }
}
