package dev.freshet.api.source;

import dev.freshet.api.event.ChangeEvent;
import java.util.List;
import java.util.Optional;

/**
 * A push-based source of change events. The platform calls {@link #start} once; from then on the
 * connector captures changes on its own threads and hands them to {@link SourceContext#sink()}.
 * It commits its position through {@link SourceContext#commitPosition} only after the sink accepted
 * the events up to that position, so a crash at any moment loses nothing: events are re-sent from
 * the last committed position and the event log drops the copies by id.
 */
public interface SourceConnector extends AutoCloseable {

  /** The source instance id; the {@code source} of every event this connector produces. */
  String sourceId();

  /** Starts capturing; returns without waiting for the first event. */
  void start(SourceContext context);

  /**
   * Reads the subject's current state at the source. Indexing agents call this rather than trusting
   * an event's payload, so the newest state always wins and out-of-order events cannot regress it.
   * Blocking; called from agent threads concurrently.
   *
   * @return the document, or empty when it no longer exists at the source
   * @throws dev.freshet.api.error.RetryableException when the source cannot be reached
   */
  Optional<SourceDocument> load(String subject);

  /**
   * Re-reads every document of one collection while capture goes on (an incremental snapshot), e.g.
   * after documents were missed or the mapping changed. Returns once the request is durable; the
   * documents follow as ordinary change events. Optional: sources that cannot re-read say so.
   *
   * @throws UnsupportedOperationException when this source cannot re-snapshot
   * @throws IllegalArgumentException when the source has no such collection
   */
  default void resnapshot(String collection) {
    throw new UnsupportedOperationException("source " + sourceId() + " cannot re-snapshot a collection");
  }

  /**
   * Every document the source holds now, as subjects, for the drift audit, which compares them (and what
   * {@link #load} returns for each) with the index. Blocking; it may read the whole source, and it runs while
   * capture goes on. Optional: a source that cannot list its documents returns empty, and the audit then checks
   * only the documents the index knows (it cannot see one that never arrived).
   *
   * @throws dev.freshet.api.error.RetryableException when the source cannot be reached
   */
  default Optional<List<String>> subjects() {
    return Optional.empty();
  }

  /** The collections {@link #resnapshot} accepts, for the console to offer; empty when it cannot re-snapshot. */
  default List<String> collections() {
    return List.of();
  }

  /**
   * Compares the whole source with what was handed over before and sends the differences: the backstop
   * that keeps a missed webhook from leaving the index stale. Returns once the differences are durable.
   * Optional: push sources that cannot miss a change (a replication stream) do not need it.
   *
   * @throws UnsupportedOperationException when this source has no reconcile run
   */
  default void reconcile() {
    throw new UnsupportedOperationException("source " + sourceId() + " has no reconcile run");
  }

  /**
   * Reads the set of documents a {@code collection.changed} event of this source names (see {@link
   * dev.freshet.api.event.EventType#COLLECTION_CHANGED}) and returns a {@code document.changed} for each
   * document in it that changed or disappeared. Called by the platform's sync agent when the event's turn
   * comes, so the webhook that announced the change was answered long before; the platform appends the
   * returned events. Ids must derive from the request's id and the document, so a retry after a crash
   * returns the same ids; give them the request's correlation id and the request's id as causation.
   *
   * @throws UnsupportedOperationException when this source never emits {@code collection.changed}
   * @throws dev.freshet.api.error.RetryableException when the source cannot be reached
   */
  default List<ChangeEvent> sync(ChangeEvent request) {
    throw new UnsupportedOperationException("source " + sourceId() + " does not emit collection.changed");
  }

  /** The connector's current state for health checks and the console. Cheap: at most one short query. */
  SourceStatus status();

  /** Stops capturing and releases resources; waits for in-flight batches to finish. */
  @Override
  void close();
}
