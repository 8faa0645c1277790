package dev.freshet.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The built jar run as users run it (the README's {@code java --add-modules jdk.incubator.vector -jar freshet.jar}),
 * in the embedded default.
 */
final class ChildFreshet implements AutoCloseable {

  final Process process;
  final int httpPort;
  final int postgresPort;
  final long launchedNanos;

  private ChildFreshet(Process process, int httpPort, int postgresPort, long launchedNanos) {
    this.process = process;
    this.httpPort = httpPort;
    this.postgresPort = postgresPort;
    this.launchedNanos = launchedNanos;
  }

  /** The JVM options of the README's command: Lucene's vector arithmetic in SIMD. */
  static final List<String> README_JVM_OPTIONS = List.of("--add-modules", "jdk.incubator.vector");

  static ChildFreshet launch(Path jar, Path dataDir, Path log, List<String> jvmOptions) throws IOException {
    int http = SourceDb.freePort();
    int postgres = SourceDb.freePort();
    List<String> command = new ArrayList<>();
    command.add(ProcessHandle.current().info().command().orElse("java"));
    command.addAll(README_JVM_OPTIONS);
    command.addAll(jvmOptions);
    command.addAll(List.of("-jar", jar.toString(), "--freshet.data-dir=" + dataDir, "--server.port=" + http,
        "--freshet.embedded-postgres.port=" + postgres, "--freshet.security.admin-password=" + InProcessFreshet.PASSWORD));
    long launched = System.nanoTime();
    Process process = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
    return new ChildFreshet(process, http, postgres, launched);
  }

  /** Seconds from launch until Freshet is ready ({@link Readiness}). */
  double awaitReady(Duration limit) {
    Readiness.await(httpPort, launchedNanos + limit.toNanos(), process::isAlive);
    return (System.nanoTime() - launchedNanos) / 1e9;
  }

  String stateUrl() {
    return "jdbc:postgresql://localhost:" + postgresPort + "/freshet";
  }

  String demoUrl() {
    return "jdbc:postgresql://localhost:" + postgresPort + "/demo";
  }

  /** Stops it as an operator would (SIGTERM: a graceful shutdown), waiting up to a minute. */
  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor();
    }
  }
}
