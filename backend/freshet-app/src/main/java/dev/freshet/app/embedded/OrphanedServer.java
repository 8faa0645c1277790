package dev.freshet.app.embedded;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL server still running on the embedded data directory after the Freshet that started it
 * died without stopping it: the server is a child process, and a killed JVM runs no shutdown hooks. Its
 * clients died with that Freshet, so a smart shutdown (SIGTERM) ends it promptly; a server that does not
 * stop within a minute is killed, and PostgreSQL's crash recovery (fsync is on) replays its WAL at the
 * next start. Call only while holding the {@link DataDirectoryLock}, which proves no live Freshet owns it.
 */
final class OrphanedServer {

  private static final Logger log = LoggerFactory.getLogger(OrphanedServer.class);

  private OrphanedServer() {}

  static void stopIfRunning(Path dataDirectory) {
    Optional<ProcessHandle> server = find(dataDirectory);
    if (server.isEmpty()) {
      return;
    }
    ProcessHandle process = server.get();
    log.warn("Stopping the PostgreSQL server (pid {}) that a previous Freshet left running in {}", process.pid(),
        dataDirectory);
    process.destroy();
    if (!awaitExit(process, 60)) {
      log.warn("PostgreSQL (pid {}) did not stop within 60 s; killing it (crash recovery follows)", process.pid());
      process.destroyForcibly();
      if (!awaitExit(process, 30)) {
        throw new IllegalStateException("The PostgreSQL server (pid " + process.pid() + ") left running in "
            + dataDirectory + " does not stop. Stop it (pg_ctl stop -D " + dataDirectory + ") and start Freshet again.");
      }
    }
  }

  /** The live postgres process named by the directory's {@code postmaster.pid}, if there is one. */
  static Optional<ProcessHandle> find(Path dataDirectory) {
    List<String> lines;
    try {
      lines = Files.readAllLines(dataDirectory.resolve("postmaster.pid"), StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException e) {
      log.warn("Cannot read {}: {}", dataDirectory.resolve("postmaster.pid"), e.toString());
      return Optional.empty();
    }
    if (lines.isEmpty()) {
      return Optional.empty();
    }
    long pid;
    try {
      pid = Long.parseLong(lines.getFirst().trim());
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
    // a stale file (the server died too) or a pid reused by another program: PostgreSQL sorts that out itself
    return ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
        .filter(p -> p.info().command().map(c -> Path.of(c).getFileName().toString().equals("postgres")).orElse(false));
  }

  private static boolean awaitExit(ProcessHandle process, int seconds) {
    try {
      process.onExit().get(seconds, TimeUnit.SECONDS);
      return true;
    } catch (TimeoutException e) {
      return false;
    } catch (ExecutionException e) {
      return !process.isAlive();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return !process.isAlive();
    }
  }
}
