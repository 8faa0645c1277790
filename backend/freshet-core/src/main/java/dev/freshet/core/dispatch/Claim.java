package dev.freshet.core.dispatch;

import dev.freshet.api.agent.Agent;
import dev.freshet.api.event.ChangeEvent;
import java.time.Instant;
import java.util.List;

/**
 * Deliveries taken for one run of one agent: the handled delivery (the newest) and, for coalescing
 * agents, older pending deliveries of the same sequence key folded into it.
 *
 * @param agent the agent to run
 * @param deliveryIds ids in event-log order; the last one is the handled delivery
 * @param events the events of those deliveries, same order
 * @param attempt the attempt number of this run, 1 for the first
 * @param firstAttemptAt when the oldest of these deliveries was first attempted
 */
record Claim(Agent agent, List<Long> deliveryIds, List<ChangeEvent> events, int attempt, Instant firstAttemptAt) {

  ChangeEvent handled() {
    return events.getLast();
  }

  long handledDeliveryId() {
    return deliveryIds.getLast();
  }

  List<ChangeEvent> coalesced() {
    return events.subList(0, events.size() - 1);
  }
}
