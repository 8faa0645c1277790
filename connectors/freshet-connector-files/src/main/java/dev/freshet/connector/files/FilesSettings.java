package dev.freshet.connector.files;

import dev.freshet.api.error.ConfigurationException;
import dev.freshet.api.source.ConfigOption;
import dev.freshet.api.source.SourceConfig;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.List;

/**
 * A files source's settings, read from {@code freshet.sources.<id>.*}.
 *
 * @param sourceId the source id
 * @param directory the watched directory
 * @param glob which files (relative to the directory) are documents
 * @param subjectPrefix first part of every subject
 */
record FilesSettings(String sourceId, Path directory, String glob, String subjectPrefix) {

  static final List<ConfigOption> OPTIONS = List.of(
      new ConfigOption("type", "files", null),
      new ConfigOption("directory", "The directory to watch, with its subdirectories.", null),
      new ConfigOption("glob", "Which files are documents, as a glob over paths relative to the directory.",
          "**.{md,markdown,txt,html,htm}"),
      new ConfigOption("subject-prefix", "First part of every subject, as in files:guide/intro.md.", "files"));

  static FilesSettings from(SourceConfig config) {
    Path directory = Path.of(config.require("directory", "Set it to the directory of Markdown or text files to index"))
        .toAbsolutePath().normalize();
    if (!Files.isDirectory(directory)) {
      throw new ConfigurationException(config.property("directory"), directory + " is not a directory",
          "Create it, or point the setting at an existing directory");
    }
    String glob = config.get("glob", "**.{md,markdown,txt,html,htm}");
    try {
      FileSystems.getDefault().getPathMatcher("glob:" + glob);
    } catch (IllegalArgumentException e) {
      throw new ConfigurationException(config.property("glob"), "'" + glob + "' is not a glob: " + e.getMessage(),
          "Write a glob such as **.md or docs/**.{md,txt}");
    }
    return new FilesSettings(config.sourceId(), directory, glob, config.get("subject-prefix", "files"));
  }

  PathMatcher matcher() {
    return FileSystems.getDefault().getPathMatcher("glob:" + glob);
  }

  /** The subject of a file, e.g. {@code files:guide/intro.md} (separators are always {@code /}). */
  String subjectOf(Path relative) {
    return subjectPrefix + ":" + relative.toString().replace(java.io.File.separatorChar, '/');
  }

  /** The file a subject names, if it is one of ours and inside the directory. */
  java.util.Optional<Path> fileOf(String subject) {
    String start = subjectPrefix + ":";
    if (!subject.startsWith(start)) {
      return java.util.Optional.empty();
    }
    Path file = directory.resolve(subject.substring(start.length())).normalize();
    return file.startsWith(directory) ? java.util.Optional.of(file) : java.util.Optional.empty();
  }
}
