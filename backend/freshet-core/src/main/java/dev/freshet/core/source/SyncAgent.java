package dev.freshet.core.source;

import dev.freshet.api.agent.Agent;
import dev.freshet.api.agent.AgentContext;
import dev.freshet.api.agent.AgentOutcome;
import dev.freshet.api.error.PermanentException;
import dev.freshet.api.event.ChangeEvent;
import dev.freshet.api.event.EventType;
import dev.freshet.core.log.EventLog;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns a {@code collection.changed} event into the {@code document.changed} events it stands for: the
 * source reads the named set now ({@link dev.freshet.api.source.SourceConnector#sync}) and the events are
 * appended under the source's own name, so the indexing agent loads each document from that source. Runs
 * after the webhook that announced the change was answered; a retry after a crash appends nothing twice
 * (the source derives the ids from the request).
 */
public class SyncAgent implements Agent {

  /** The agent's logical name. */
  public static final String NAME = "sync";

  private final SourceRegistry sources;
  private final EventLog eventLog;

  public SyncAgent(SourceRegistry sources, EventLog eventLog) {
    this.sources = sources;
    this.eventLog = eventLog;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Set<String> eventTypes() {
    return Set.of(EventType.COLLECTION_CHANGED.name());
  }

  // No coalescing: each request names its own span (the trees before and after one push, the pages edited
  // around one event), so folding two requests into the newest would skip what only the older one covers.

  @Override
  public AgentOutcome handle(ChangeEvent event, AgentContext context) {
    List<ChangeEvent> changes = context.stage("read", () -> sources.connector(event.source()).sync(event));
    for (ChangeEvent change : changes) {
      if (!change.source().equals(event.source()) || !change.type().equals(EventType.DOCUMENT_CHANGED.name())) {
        throw new PermanentException("source " + event.source() + " answered a sync with " + change.type()
            + " from " + change.source() + "; a sync returns document.changed events of the same source");
      }
    }
    List<ChangeEvent> appended = context.stage("append", () -> eventLog.append(changes));
    if (changes.isEmpty()) {
      return AgentOutcome.skipped("nothing in " + event.subject() + " changed");
    }
    return AgentOutcome.completed(List.of(), Map.of("documents", changes.size(), "appended", appended.size()));
  }
}
