package dev.freshet.bench;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.List;
import java.util.stream.Stream;

/** The real corpora the harness reads: documentation that Debian packages ship, installed when missing. */
final class Corpora {

  /**
   * A package's documentation as a files source reads it.
   *
   * @param id the source id
   * @param pkg the Debian package
   * @param directory where the package puts its HTML
   * @param glob the source's glob (relative to the directory)
   */
  record Corpus(String id, String pkg, Path directory, String glob) {

    /** The files source's settings. */
    List<String> settings() {
      return List.of("--freshet.sources." + id + ".type=files", "--freshet.sources." + id + ".directory=" + directory,
          "--freshet.sources." + id + ".glob=" + glob, "--freshet.sources." + id + ".subject-prefix=" + id);
    }

    /** The files the source indexes. */
    long files() throws IOException {
      PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + glob);
      try (Stream<Path> all = Files.walk(directory)) {
        return all.filter(Files::isRegularFile).filter(f -> matcher.matches(directory.relativize(f))).count();
      }
    }
  }

  private Corpora() {}

  /** Installs the package (as root) when its directory is missing; names the package and the property otherwise. */
  static Path install(String pkg, Path directory, String property) throws IOException, InterruptedException {
    if (!Files.isDirectory(directory) && "root".equals(System.getProperty("user.name"))) {
      Bench.log("installing %s", pkg);
      new ProcessBuilder("apt-get", "install", "-y", "-qq", pkg).inheritIO().start().waitFor();
    }
    if (!Files.isDirectory(directory)) {
      throw new IllegalStateException(property + ": no corpus at " + directory + "; install Debian's " + pkg
          + " (apt-get install " + pkg + ")" + (property.isEmpty() ? "" : " or point -D" + property + " at it"));
    }
    return directory;
  }
}
