package dev.freshet.core.store;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * An action that many threads need after their own writes — an index commit (durable) or a searcher refresh
 * (searchable) — run once for all of them. A thread that applied writes takes a ticket ({@link #ticket}) and
 * waits for a run that started after it ({@link #await}): if none is running, it runs one covering every
 * ticket taken so far; if one is running, it waits, and the first thread still uncovered runs the next.
 *
 * <p>Runs are at least {@code spacing} apart: a thread alone after a quiet spell runs at once, while under a
 * stream of writes each run waits out the spacing and then covers everything written meanwhile. For a Lucene
 * index this is the difference between a new segment per document (each flush and its merges cost more CPU
 * than embedding the document) and one per spacing. Lucene serialises commits and refreshes itself, but
 * one thread's run does not tell the others their writes are in it; this does. Thread-safe.
 */
final class GroupedAction {

  /** The action, e.g. {@code IndexWriter::commit}. */
  interface Action {
    void run() throws IOException;
  }

  private final Action action;
  private final long spacingNanos;
  private final AtomicLong tickets = new AtomicLong();
  private final ReentrantLock lock = new ReentrantLock();
  private final Condition finished = lock.newCondition();
  private long covered; // guarded by lock
  private boolean running; // guarded by lock
  private long lastStart = System.nanoTime() - TimeUnit.DAYS.toNanos(1); // guarded by lock

  GroupedAction(Action action, Duration spacing) {
    this.action = action;
    this.spacingNanos = spacing.toNanos();
  }

  /** A ticket for the writes the calling thread has applied (take it after applying them). */
  long ticket() {
    return tickets.incrementAndGet();
  }

  /** Returns once a run that started after {@code ticket} was taken has finished; throws if that run failed. */
  void await(long ticket) throws IOException {
    lock.lock();
    try {
      while (covered < ticket) {
        if (running) {
          finished.awaitUninterruptibly();
          continue;
        }
        running = true;
        boolean done = false;
        long covers = 0;
        lock.unlock();
        try {
          long wait = lastStart + spacingNanos - System.nanoTime();
          if (wait > 0) {
            TimeUnit.NANOSECONDS.sleep(wait);
          }
          covers = tickets.get(); // every ticket taken so far: their writes were applied before they were taken
          lastStart = System.nanoTime(); // read only by the one running thread, under the running flag
          action.run();
          done = true;
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IOException("interrupted while waiting to run", e);
        } finally {
          lock.lock();
          running = false;
          if (done) {
            covered = Math.max(covered, covers);
          }
          finished.signalAll();
        }
      }
    } finally {
      lock.unlock();
    }
  }
}
