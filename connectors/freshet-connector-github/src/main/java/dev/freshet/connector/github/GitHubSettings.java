package dev.freshet.connector.github;

import dev.freshet.api.error.ConfigurationException;
import dev.freshet.api.source.ConfigOption;
import dev.freshet.api.source.SourceConfig;
import java.net.URI;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A GitHub source's settings, read from {@code freshet.sources.<id>.*}.
 *
 * @param sourceId the source id
 * @param repository {@code owner/name}
 * @param branch the indexed branch
 * @param paths globs of the indexed files, relative to the repository root
 * @param webhookSecret the secret the webhook signs deliveries with (never logged)
 * @param token a token for the contents API, or null for public repositories (never logged)
 * @param apiUrl the REST API's base URL (GitHub Enterprise Server: {@code https://host/api/v3})
 * @param subjectPrefix first part of every subject
 * @param reconcileInterval how often the whole branch is compared with the index; zero for never
 */
record GitHubSettings(String sourceId, String repository, String branch, List<String> paths, String webhookSecret,
    @Nullable String token, URI apiUrl, String subjectPrefix, Duration reconcileInterval) {

  static final List<ConfigOption> OPTIONS = List.of(
      new ConfigOption("type", "github", null),
      new ConfigOption("repository", "The repository, owner/name.", null),
      new ConfigOption("branch", "The indexed branch; pushes to other refs are ignored.", "main"),
      new ConfigOption("paths", "Comma-separated globs of the indexed files, relative to the repository root.", "**.md"),
      new ConfigOption("webhook-secret", "The secret of the repository's webhook (Settings → Webhooks); deliveries are verified with it. Never logged or shown.", null),
      new ConfigOption("token", "A token that can read the repository's contents; unset for public repositories. Never logged or shown.", null),
      new ConfigOption("api-url", "The REST API's base URL; for GitHub Enterprise Server, https://<host>/api/v3.", "https://api.github.com"),
      new ConfigOption("subject-prefix", "First part of every subject, as in github:acme/docs:guide/intro.md.", "github"),
      new ConfigOption("reconcile-interval", "How often the whole branch is compared with the index (at start, then at this interval), so a missed delivery cannot leave a file stale; 0 for never.", "60m"));

  static GitHubSettings from(SourceConfig config) {
    String repository = config.require("repository", "Set it to the repository as owner/name, e.g. acme/docs");
    if (!repository.matches("[\\w.-]+/[\\w.-]+")) {
      throw new ConfigurationException(config.property("repository"), "'" + repository + "' is not owner/name",
          "Write the owner and the repository separated by a slash, e.g. acme/docs");
    }
    String secret = config.require("webhook-secret",
        "Set it to the webhook's secret (environment: FRESHET_SOURCES_<ID>_WEBHOOKSECRET); unsigned deliveries are refused");
    List<String> paths = config.getList("paths", "**.md");
    for (String glob : paths) {
      try {
        FileSystems.getDefault().getPathMatcher("glob:" + glob);
      } catch (IllegalArgumentException e) {
        throw new ConfigurationException(config.property("paths"), "'" + glob + "' is not a glob",
            "Write globs such as docs/**.md");
      }
    }
    URI api;
    try {
      api = URI.create(config.get("api-url", "https://api.github.com").replaceAll("/+$", ""));
    } catch (IllegalArgumentException e) {
      throw new ConfigurationException(config.property("api-url"), "not a URL", "Write e.g. https://api.github.com");
    }
    return new GitHubSettings(config.sourceId(), repository, config.get("branch", "main"), paths, secret,
        config.optional("token").orElse(null), api, config.get("subject-prefix", "github"),
        config.getDuration("reconcile-interval", Duration.ofMinutes(60)));
  }

  boolean indexes(String path) {
    Path p = Path.of(path);
    return paths.stream().anyMatch(glob -> FileSystems.getDefault().getPathMatcher("glob:" + glob).matches(p));
  }

  String subjectOf(String path) {
    return subjectPrefix + ":" + repository + ":" + path;
  }

  @Nullable String pathOf(String subject) {
    String start = subjectPrefix + ":" + repository + ":";
    return subject.startsWith(start) ? subject.substring(start.length()) : null;
  }

  /** Never print the secrets: a record's default toString would. */
  @Override
  public String toString() {
    return "GitHubSettings[" + sourceId + " " + repository + "@" + branch + " " + paths + " via " + apiUrl + "]";
  }

}
