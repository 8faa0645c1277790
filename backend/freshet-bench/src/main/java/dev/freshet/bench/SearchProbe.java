package dev.freshet.bench;

import dev.freshet.api.store.StoredChunk;
import dev.freshet.api.store.VectorStore;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.LockSupport;

/**
 * Watches the index for expected text: every {@code intervalNanos} it reads each awaited subject's chunks
 * through the same store searches read ({@link VectorStore#chunksOf}) and completes the subject's future with
 * the {@link System#nanoTime} at which a chunk holding the awaited token was first seen. So "searchable" is
 * observed from outside Freshet, to within one interval. Reports the CPU time it used, so its own cost on
 * the machine is known.
 */
final class SearchProbe implements AutoCloseable {

  /** A chunk text awaited in a subject. */
  private record Awaited(String subject, String token, CompletableFuture<Seen> seen) {}

  /** When the token was first seen, and the chunk's text then. */
  record Seen(long nanos, String text) {}

  private final VectorStore store;
  private final long intervalNanos;
  private final Map<String, Awaited> awaited = new ConcurrentHashMap<>();
  private final Thread thread;
  private volatile boolean running = true;
  private volatile long cpuNanos;

  SearchProbe(VectorStore store, long intervalNanos) {
    this.store = store;
    this.intervalNanos = intervalNanos;
    this.thread = Thread.ofPlatform().name("bench-search-probe").daemon().start(this::run);
  }

  /** Starts watching for {@code token} in {@code subject}'s chunks; call before the change is committed. */
  CompletableFuture<Seen> await(String subject, String token) {
    Awaited a = new Awaited(subject, token, new CompletableFuture<>());
    awaited.put(token, a);
    return a.seen();
  }

  /** CPU time the probe's thread has used so far. */
  long cpuNanos() {
    return cpuNanos;
  }

  private void run() {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    while (running) {
      for (Awaited a : awaited.values()) {
        for (StoredChunk chunk : store.chunksOf(a.subject())) {
          if (chunk.text().contains(a.token())) {
            long now = System.nanoTime();
            awaited.remove(a.token());
            a.seen().complete(new Seen(now, chunk.text()));
            break;
          }
        }
      }
      cpuNanos = threads.getCurrentThreadCpuTime();
      LockSupport.parkNanos(intervalNanos);
    }
  }

  @Override
  public void close() throws InterruptedException {
    running = false;
    thread.join(5_000);
  }
}
