package dev.freshet.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A throwaway PostgreSQL cluster of the machine's own server (Debian's packages, {@code /usr/lib/postgresql/<major>}),
 * for what the embedded zonky binaries lack: extensions such as pgvector. One per test class:
 * {@code @RegisterExtension static final LocalPostgres postgres = LocalPostgres.withExtension("vector");}.
 *
 * <p>Before the class's first test it runs {@code initdb} in a temporary directory and starts the server on a free
 * port of localhost (trust authentication, user {@code postgres}, {@code fsync} on); after the last it stops the
 * server and deletes the directory. Where no installed server has the extension, the class is skipped, or fails if
 * the environment variable {@value #REQUIRED} is {@code true} (CI sets it, so a missing build cannot pass as a skip).
 * As root (which PostgreSQL refuses), the server runs as the {@code postgres} user that Debian's packages create.
 */
public final class LocalPostgres implements BeforeAllCallback, AfterAllCallback {

  /** The environment variable that turns a missing server or extension from a skip into a failure. */
  public static final String REQUIRED = "FRESHET_REQUIRE_LOCAL_POSTGRES";
  private static final Path INSTALLATIONS = Path.of("/usr/lib/postgresql");

  private final String extension;
  private Path dataDir = Path.of("");
  private Path bin = Path.of("");
  private int port;

  private LocalPostgres(String extension) {
    this.extension = extension;
  }

  /** A cluster of the newest installed server that has {@code extension} (its {@code .control} file). */
  public static LocalPostgres withExtension(String extension) {
    return new LocalPostgres(extension);
  }

  /** The JDBC URL of the {@code postgres} database; user {@code postgres}, no password. */
  public String jdbcUrl() {
    return "jdbc:postgresql://localhost:" + port + "/postgres";
  }

  @Override
  public void beforeAll(ExtensionContext context) throws Exception {
    Optional<Path> found = installationWith(extension);
    if (found.isEmpty()) {
      String problem = "no PostgreSQL server under " + INSTALLATIONS + " has the extension '" + extension
          + "' (on Debian: run .ci/pgvector.sh, which builds pgvector for postgresql-15)";
      if (Boolean.parseBoolean(System.getenv(REQUIRED))) {
        throw new IllegalStateException(problem + "; " + REQUIRED + " is set, so this fails instead of skipping");
      }
      Assumptions.abort(problem);
    }
    bin = found.get().resolve("bin");
    dataDir = Files.createTempDirectory("freshet-local-pg");
    port = freePort();
    if (asRoot()) {
      UserPrincipal postgres = dataDir.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("postgres");
      Files.setOwner(dataDir, postgres);
    }
    run(List.of(bin.resolve("initdb").toString(), "-D", dataDir.resolve("data").toString(), "-U", "postgres",
        "--auth=trust", "--encoding=UTF8", "--no-instructions"));
    run(List.of(bin.resolve("pg_ctl").toString(), "-D", dataDir.resolve("data").toString(), "-w", "-t", "60",
        "-l", dataDir.resolve("server.log").toString(), "-o", "-p " + port + " -c listen_addresses=localhost "
            + "-c unix_socket_directories=" + dataDir + " -c fsync=on -c synchronous_commit=on", "start"));
  }

  @Override
  public void afterAll(ExtensionContext context) throws Exception {
    if (port == 0) {
      return;
    }
    run(List.of(bin.resolve("pg_ctl").toString(), "-D", dataDir.resolve("data").toString(), "-w", "-m", "fast",
        "stop"));
    try (Stream<Path> files = Files.walk(dataDir)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(file);
      }
    }
  }

  /** The newest installation whose share directory holds the extension's control file. */
  static Optional<Path> installationWith(String extension) {
    if (!Files.isDirectory(INSTALLATIONS)) {
      return Optional.empty();
    }
    try (Stream<Path> majors = Files.list(INSTALLATIONS)) {
      return majors.filter(dir -> dir.getFileName().toString().matches("\\d+"))
          .filter(dir -> Files.isExecutable(dir.resolve("bin/initdb")))
          .filter(dir -> Files.isRegularFile(Path.of("/usr/share/postgresql", dir.getFileName().toString(),
              "extension", extension + ".control")))
          .max(Comparator.comparingInt(dir -> Integer.parseInt(dir.getFileName().toString())));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean asRoot() {
    return "root".equals(System.getProperty("user.name"));
  }

  /** Runs a server program (as {@code postgres} when this is root) and fails with its output if it fails. */
  private void run(List<String> command) throws IOException, InterruptedException {
    List<String> full = new ArrayList<>();
    if (asRoot()) {
      full.addAll(List.of("runuser", "-u", "postgres", "--"));
    }
    full.addAll(command);
    Process process = new ProcessBuilder(full).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes());
    if (!process.waitFor(2, TimeUnit.MINUTES) || process.exitValue() != 0) {
      String log = Files.isRegularFile(dataDir.resolve("server.log")) ? Files.readString(dataDir.resolve("server.log"))
          : "";
      throw new IllegalStateException(String.join(" ", command) + " failed: " + output + log);
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
