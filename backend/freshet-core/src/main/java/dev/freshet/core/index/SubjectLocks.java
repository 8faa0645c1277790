package dev.freshet.core.index;

import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Keeps the indexing agent and a generation build from writing the same document at once (each reads the
 * document's chunks, then replaces them: interleaved, one could retire the other's new chunks). Striped:
 * subjects share a fixed number of locks. The dispatcher already runs one delivery per subject at a time.
 * It also knows which subjects are being worked on ({@link #inFlight}): a collection's re-check must include a
 * document whose first indexing is under way, which has no recorded state yet.
 */
final class SubjectLocks {

  private final ReentrantLock[] stripes = new ReentrantLock[256];
  /** Subjects whose work has begun (waiting for their lock or holding it), with how many works each. */
  private final ConcurrentHashMap<String, Integer> working = new ConcurrentHashMap<>();

  SubjectLocks() {
    for (int i = 0; i < stripes.length; i++) {
      stripes[i] = new ReentrantLock();
    }
  }

  <T> T with(String subject, Supplier<T> work) {
    ReentrantLock lock = stripes[Math.floorMod(subject.hashCode(), stripes.length)];
    working.merge(subject, 1, Integer::sum);
    try {
      lock.lock();
      try {
        return work.get();
      } finally {
        lock.unlock();
      }
    } finally {
      working.computeIfPresent(subject, (s, n) -> n == 1 ? null : n - 1);
    }
  }

  /** The subjects starting with {@code prefix} whose work has begun and not ended, at the moment of the call. */
  List<String> inFlight(String prefix) {
    return working.keySet().stream().filter(s -> s.startsWith(prefix)).sorted().toList();
  }
}
