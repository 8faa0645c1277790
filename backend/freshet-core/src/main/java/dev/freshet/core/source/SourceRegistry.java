package dev.freshet.core.source;

import dev.freshet.api.error.PermanentException;
import dev.freshet.api.source.SourceConnector;
import dev.freshet.api.source.SourceStatus;
import dev.freshet.api.store.StoredChunk;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The configured source connectors by source id, and which of them another instance runs (STANDBY). Thread-safe;
 * the set of connectors is fixed.
 */
public class SourceRegistry {

  private final Map<String, SourceConnector> connectors = new LinkedHashMap<>();
  private final Map<String, String> analyzers;
  private final java.util.Set<String> standby = java.util.concurrent.ConcurrentHashMap.newKeySet();

  /** Sources whose text keyword search reads with the {@linkplain StoredChunk#DEFAULT_ANALYZER default analyzer}. */
  public SourceRegistry(List<? extends SourceConnector> connectors) {
    this(connectors, Map.of());
  }

  /**
   * @param analyzers the keyword analyzer of each source that sets one ({@code freshet.sources.<id>.analyzer}), by
   *     source id
   */
  public SourceRegistry(List<? extends SourceConnector> connectors, Map<String, String> analyzers) {
    this.analyzers = Map.copyOf(analyzers);
    for (SourceConnector connector : connectors) {
      if (this.connectors.putIfAbsent(connector.sourceId(), connector) != null) {
        throw new IllegalStateException("Two sources have the id " + connector.sourceId());
      }
    }
  }

  /**
   * The connector of a source, to load documents from it.
   *
   * @throws PermanentException when no such source is configured (an event from a removed source)
   */
  public SourceConnector connector(String sourceId) {
    SourceConnector connector = connectors.get(sourceId);
    if (connector == null) {
      throw new PermanentException("no source named '" + sourceId + "' is configured (known: " + connectors.keySet()
          + "); configure freshet.sources." + sourceId + " or discard the event");
    }
    return connector;
  }

  /** The connector of a source, if there is one. */
  public java.util.Optional<SourceConnector> find(String sourceId) {
    return java.util.Optional.ofNullable(connectors.get(sourceId));
  }

  /** The analyzer keyword search reads a source's text with. */
  public String analyzer(String sourceId) {
    return analyzers.getOrDefault(sourceId, StoredChunk.DEFAULT_ANALYZER);
  }

  /** Every analyzer the sources' text is read with: a keyword query is read with each. */
  public Set<String> analyzers() {
    Set<String> all = new TreeSet<>(analyzers.values());
    connectors.keySet().forEach(id -> all.add(analyzer(id)));
    if (all.isEmpty()) {
      all.add(StoredChunk.DEFAULT_ANALYZER);
    }
    return all;
  }

  public Collection<SourceConnector> all() {
    return connectors.values();
  }

  /** Each source's status, by id. */
  public Map<String, SourceStatus> statuses() {
    Map<String, SourceStatus> statuses = new LinkedHashMap<>();
    connectors.forEach((id, c) -> statuses.put(id, status(c)));
    return statuses;
  }

  /** The connector's own status, or STANDBY while another instance runs it. */
  public SourceStatus status(SourceConnector connector) {
    if (standby.contains(connector.sourceId())) {
      return SourceStatus.of(SourceStatus.State.STANDBY, "another Freshet instance runs this source; this one takes "
          + "it over if that one stops");
    }
    return connector.status();
  }

  /** Marks a source as run by another instance, or not; true if that changed the mark. */
  boolean standby(String sourceId, boolean standing) {
    return standing ? standby.add(sourceId) : standby.remove(sourceId);
  }
}
