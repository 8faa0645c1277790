package dev.freshet.core.index;

import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Keeps the indexing agent and a generation build from writing the same document at once (each reads the
 * document's chunks, then replaces them: interleaved, one could retire the other's new chunks). Striped:
 * subjects share a fixed number of locks. The dispatcher already runs one delivery per subject at a time.
 */
final class SubjectLocks {

  private final ReentrantLock[] stripes = new ReentrantLock[256];

  SubjectLocks() {
    for (int i = 0; i < stripes.length; i++) {
      stripes[i] = new ReentrantLock();
    }
  }

  <T> T with(String subject, Supplier<T> work) {
    ReentrantLock lock = stripes[Math.floorMod(subject.hashCode(), stripes.length)];
    lock.lock();
    try {
      return work.get();
    } finally {
      lock.unlock();
    }
  }
}
