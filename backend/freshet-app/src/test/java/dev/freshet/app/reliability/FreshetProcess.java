package dev.freshet.app.reliability;

import dev.freshet.app.TestClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Freshet as its users run it: the built jar ({@code java -jar target/freshet.jar}) in a JVM of its own,
 * so a test can kill it with SIGKILL. Its output goes to a log file of the test's, one per start.
 */
final class FreshetProcess implements AutoCloseable {

  static final String ADMIN_PASSWORD = "reliability-admin-secret";
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

  private final Process process;
  private final int port;
  private final Path log;

  private FreshetProcess(Process process, int port, Path log) {
    this.process = process;
    this.port = port;
    this.log = log;
  }

  /**
   * Starts the jar with {@code args} (plus a free HTTP port and the admin password) and returns at once;
   * {@link #awaitReady} waits for it.
   */
  static FreshetProcess launch(Path logFile, List<String> jvmOptions, List<String> args) {
    Path jar = Path.of("target", "freshet.jar").toAbsolutePath();
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException(jar + " is missing: the reliability tests run the packaged jar (mvn verify builds it)");
    }
    int port = freePort();
    List<String> command = new ArrayList<>();
    command.add(ProcessHandle.current().info().command().orElse("java"));
    command.addAll(List.of("--add-modules", "jdk.incubator.vector")); // as the README's command runs it
    command.addAll(jvmOptions);
    command.addAll(List.of("-jar", jar.toString(), "--server.port=" + port,
        "--freshet.security.admin-password=" + ADMIN_PASSWORD));
    command.addAll(args);
    try {
      Files.createDirectories(logFile.getParent());
      Process process = new ProcessBuilder(command).redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile())).start();
      return new FreshetProcess(process, port, logFile);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Waits until Freshet is ready ({@code /actuator/health/readiness} UP: the index open, the transport delivering,
   * every source capturing), as an orchestrator would before sending traffic.
   */
  FreshetProcess awaitReady(Duration timeout) {
    try {
      api().awaitReady(timeout, process::isAlive);
    } catch (IllegalStateException e) {
      throw new IllegalStateException(e.getMessage() + (process.isAlive() ? "" : " with " + process.exitValue())
          + "; see " + log, e);
    }
    return this;
  }

  /** Waits until the HTTP server answers at all: for a start that is meant to stay unready (a source that fails). */
  FreshetProcess awaitAnswering(Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException("Freshet exited with " + process.exitValue() + " during start-up; see " + log);
      }
      try {
        HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health/liveness"))
            .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding());
        return this;
      } catch (IOException e) {
        sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    throw new IllegalStateException("Freshet did not answer within " + timeout + "; see " + log);
  }

  /** SIGKILL: no shutdown hook, no flush, no goodbye. */
  void kill() {
    process.destroyForcibly();
    waitFor(Duration.ofSeconds(30));
  }

  /** SIGTERM: Spring's graceful shutdown. */
  void stop() {
    process.destroy();
    if (!waitFor(Duration.ofSeconds(120))) {
      threadDump();
      process.destroyForcibly();
      throw new IllegalStateException("Freshet did not stop within 120 s of SIGTERM; see " + log
          + " (a thread dump is at its end)");
    }
  }

  /** Appends the process's threads to its log, with the JDK's jcmd beside the java that runs the tests. */
  private void threadDump() {
    Path jcmd = Path.of(ProcessHandle.current().info().command().orElse("java")).resolveSibling("jcmd");
    try {
      new ProcessBuilder(jcmd.toString(), Long.toString(process.pid()), "Thread.print").redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start().waitFor(30, TimeUnit.SECONDS);
    } catch (IOException e) {
      // no jcmd here: the log has to do
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  boolean isAlive() {
    return process.isAlive();
  }

  TestClient api() {
    return new TestClient(port, "admin", ADMIN_PASSWORD);
  }

  Path log() {
    return log;
  }

  private boolean waitFor(Duration timeout) {
    try {
      return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  @Override
  public void close() {
    if (process.isAlive()) {
      process.destroyForcibly();
      waitFor(Duration.ofSeconds(30));
    }
  }

  static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
