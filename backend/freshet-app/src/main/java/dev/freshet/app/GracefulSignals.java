package dev.freshet.app;

import java.util.List;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ConfigurableApplicationContext;
import sun.misc.Signal;

/**
 * Stops Freshet on SIGTERM and SIGINT (Ctrl-C) by closing the application context before the JVM's shutdown hooks
 * run, then exits with the signal's usual status. The JVM runs all shutdown hooks at once, and ONNX Runtime's Java
 * API registers one that releases its native environment: beside Spring's graceful shutdown it released the
 * environment under an embedding still running, and the JVM crashed (SIGSEGV in libonnxruntime). Closed first, the
 * context lets the running deliveries finish, stops the sources, then the embedded PostgreSQL; the hooks that run at
 * exit find nothing left to do. A platform or JVM ({@code -Xrs}) that does not let the signal be handled keeps the
 * JVM's default.
 */
final class GracefulSignals {

  private GracefulSignals() {
  }

  /** Handles SIGTERM and SIGINT from now on; {@code context} is the application's, or null before it exists. */
  static void install(Supplier<@Nullable ConfigurableApplicationContext> context) {
    for (String name : List.of("TERM", "INT")) {
      try {
        Signal.handle(new Signal(name), signal -> {
          try {
            ConfigurableApplicationContext running = context.get();
            if (running != null) {
              running.close(); // waits for a start-up in progress, then stops gracefully
            }
          } finally {
            // even when closing failed: a JVM that outlives its SIGTERM waits for the orchestrator's SIGKILL (seen
            // with the data directory deleted under a running Freshet: the close threw and the JVM stayed)
            System.exit(128 + signal.getNumber());
          }
        });
      } catch (IllegalArgumentException e) {
        // not available here: the JVM's default (its shutdown hooks) stays
      }
    }
  }
}
