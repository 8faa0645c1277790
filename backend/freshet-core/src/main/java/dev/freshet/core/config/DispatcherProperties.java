package dev.freshet.core.config;

import dev.freshet.api.error.ConfigurationException;
import dev.freshet.core.dispatch.Backoff;
import dev.freshet.core.dispatch.DispatcherSettings;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How events are delivered to agents.
 *
 * @param concurrency deliveries handled at once, across all agents and subjects; they mostly wait (for the
 *     model, whose own limit is freshet.embedding.concurrency, for the index's shared refresh and commit, for
 *     a source), so this is well above the number of cores
 * @param maxAttempts attempts of one delivery before it becomes a dead letter
 * @param backoffInitial wait after the first failed attempt
 * @param backoffMax longest wait between attempts
 * @param backoffMultiplier growth of the wait per failed attempt (jitter picks between half and all of it)
 * @param maxReplays how often an operator may replay one dead letter (retry, or edit and retry) that keeps
 *     failing; the loop guard that keeps a poison event from being redriven forever
 * @param sweepInterval how often the dispatcher looks for work without being woken (a safety net for
 *     lost notifications; normal wake-ups come from LISTEN/NOTIFY)
 * @param maxHops the longest causal chain of agent-emitted events: an event that many hops from its root
 *     emits nothing further, and the cut is traced and logged (the loop guard against agents that trigger
 *     each other)
 * @param backlogHighWater open deliveries (pending or running) at which capture sources are held
 *     (backpressure): a burst then waits in the source (PostgreSQL's WAL), not in Freshet
 * @param backlogLowWater open deliveries at which held sources go on
 */
@ConfigurationProperties("freshet.dispatcher")
public record DispatcherProperties(
    @DefaultValue("32") int concurrency,
    @DefaultValue("5") int maxAttempts,
    @DefaultValue("1s") Duration backoffInitial,
    @DefaultValue("5m") Duration backoffMax,
    @DefaultValue("2.0") double backoffMultiplier,
    @DefaultValue("30s") Duration sweepInterval,
    @DefaultValue("3") int maxReplays,
    @DefaultValue("8") int maxHops,
    @DefaultValue("10000") long backlogHighWater,
    @DefaultValue("5000") long backlogLowWater) {

  public DispatcherProperties {
    if (concurrency < 1) {
      throw new ConfigurationException("freshet.dispatcher.concurrency", "must be 1 or more, was " + concurrency,
          "Set it to the number of deliveries to run at once, e.g. 4");
    }
    if (maxAttempts < 1) {
      throw new ConfigurationException("freshet.dispatcher.max-attempts", "must be 1 or more, was " + maxAttempts,
          "Set it to how often a delivery is tried before it is dead-lettered, e.g. 5");
    }
    if (backoffMax.compareTo(backoffInitial) < 0 || backoffMultiplier < 1) {
      throw new ConfigurationException("freshet.dispatcher.backoff-max",
          "must be at least backoff-initial, with backoff-multiplier 1 or more",
          "Set e.g. backoff-initial=1s, backoff-max=5m, backoff-multiplier=2");
    }
    if (maxReplays < 0) {
      throw new ConfigurationException("freshet.dispatcher.max-replays", "must be 0 or more, was " + maxReplays,
          "Set it to how often one dead letter may be replayed, e.g. 3");
    }
    if (backlogLowWater < 0 || backlogHighWater <= backlogLowWater) {
      throw new ConfigurationException("freshet.dispatcher.backlog-high-water",
          "must be above backlog-low-water (and that 0 or more), were " + backlogHighWater + " and " + backlogLowWater,
          "Set e.g. backlog-high-water=10000 and backlog-low-water=5000");
    }
    if (maxHops < 1) {
      throw new ConfigurationException("freshet.dispatcher.max-hops", "must be 1 or more, was " + maxHops,
          "Set it to the longest chain of agent-emitted events to allow, e.g. 8");
    }
    if (sweepInterval.toMillis() < 10) {
      throw new ConfigurationException("freshet.dispatcher.sweep-interval", "must be 10ms or more",
          "Set it to e.g. 30s");
    }
  }

  DispatcherSettings toSettings() {
    return new DispatcherSettings(concurrency, maxAttempts,
        new Backoff(backoffInitial, backoffMax, backoffMultiplier), sweepInterval, maxHops);
  }
}
