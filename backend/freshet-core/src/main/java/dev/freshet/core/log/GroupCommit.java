package dev.freshet.core.log;

import dev.freshet.api.event.ChangeEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Group commit of the event log's appends. Every delivery of a webhook was a transaction of its own: with 16
 * concurrent senders the transactions (a WAL flush each) competed for the state database's connections with the
 * dispatcher's 32 workers; sharing them doubled the webhooks a second of the web server's CPU takes, and (with
 * the smaller changes of the same commit) took ingest from 244 to 340-420 deliveries a second in the benchmark's
 * webhook-only runs.
 *
 * <p>The caller that holds {@link #writing} writes whatever is queued, its own batch included, in one transaction;
 * the others wait for the lock, and find their batch written or write the next group. A lone caller writes at once;
 * nobody waits for a timer. Thread-safe; {@link #append} blocks until the caller's batch is committed.
 */
final class GroupCommit {

  private static final Logger log = LoggerFactory.getLogger(GroupCommit.class);

  /** The most events one shared transaction takes from the queue; what is left goes in the next one. */
  static final int GROUP_AT_MOST = 1_000;

  /** A caller's batch and, once its transaction has committed, the events of it that were new. */
  private record Pending(List<ChangeEvent> batch, CompletableFuture<List<ChangeEvent>> appended) {}

  private final ConcurrentLinkedQueue<Pending> queue = new ConcurrentLinkedQueue<>();
  private final ReentrantLock writing = new ReentrantLock();
  /** Writes several batches in one transaction; answers each batch's new events, in order. */
  private final Function<List<List<ChangeEvent>>, List<List<ChangeEvent>>> shared;
  /** Writes one batch in a transaction of its own; answers its new events. */
  private final Function<List<ChangeEvent>, List<ChangeEvent>> alone;

  GroupCommit(Function<List<List<ChangeEvent>>, List<List<ChangeEvent>>> shared,
      Function<List<ChangeEvent>, List<ChangeEvent>> alone) {
    this.shared = shared;
    this.alone = alone;
  }

  /** Returns the batch's new events once the transaction that wrote them has committed. */
  List<ChangeEvent> append(List<ChangeEvent> batch) {
    Pending mine = new Pending(batch, new CompletableFuture<>());
    queue.add(mine);
    while (!mine.appended().isDone()) {
      writing.lock();
      try {
        if (!mine.appended().isDone()) {
          List<Pending> group = drain();
          try {
            write(group);
          } catch (Throwable t) { // an Error: the group's callers must not wait for answers that never come
            group.forEach(p -> p.appended().completeExceptionally(t));
            throw t;
          }
        }
      } finally {
        writing.unlock();
      }
    }
    try {
      return mine.appended().join();
    } catch (CompletionException e) {
      throw e.getCause() instanceof RuntimeException cause ? cause : e;
    }
  }

  /** How many batches wait for a shared transaction (for tests). */
  int queued() {
    return queue.size();
  }

  private List<Pending> drain() {
    List<Pending> group = new ArrayList<>();
    int events = 0;
    for (Pending next = queue.peek(); next != null && (group.isEmpty() || events + next.batch().size() <= GROUP_AT_MOST);
        next = queue.peek()) {
      group.add(queue.poll());
      events += next.batch().size();
    }
    return group;
  }

  /**
   * Writes a group in one transaction. If it fails, each batch is tried in a transaction of its own, so that one
   * caller's failure is not the others' (a batch the database refuses fails alone; a database that is down fails
   * each, with its own error).
   */
  private void write(List<Pending> group) {
    if (group.size() > 1) {
      try {
        List<List<ChangeEvent>> results = shared.apply(group.stream().map(Pending::batch).toList());
        for (int i = 0; i < group.size(); i++) {
          group.get(i).appended().complete(results.get(i));
        }
        return;
      } catch (RuntimeException e) {
        log.debug("A shared append of {} batches failed, each is tried alone: {}", group.size(), e.toString());
      }
    }
    for (Pending pending : group) {
      try {
        pending.appended().complete(alone.apply(pending.batch()));
      } catch (RuntimeException e) {
        pending.appended().completeExceptionally(e);
      }
    }
  }
}
