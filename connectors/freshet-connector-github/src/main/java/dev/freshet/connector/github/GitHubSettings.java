package dev.freshet.connector.github;

import dev.freshet.api.error.ConfigurationException;
import dev.freshet.api.source.ConfigOption;
import dev.freshet.api.source.SourceConfig;
import java.net.URI;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
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
 * @param forcePush what a forced push to the branch does
 * @param branchDeletion what deleting the branch does
 * @param botLogins logins whose pushes are the bot's own edits: acknowledged, not indexed
 */
record GitHubSettings(String sourceId, String repository, String branch, List<String> paths, String webhookSecret,
    @Nullable String token, URI apiUrl, String subjectPrefix, Duration reconcileInterval, ForcePush forcePush,
    BranchDeletion branchDeletion, Set<String> botLogins) {

  /** What a forced push does. */
  enum ForcePush {
    /** Compare the tree before the push with the tree after it and re-index every file that differs. */
    COMPARE_TREES,
    /** Index only the files named in the push's commit list, like any other push. */
    COMMITS_ONLY
  }

  /** What deleting the indexed branch does. */
  enum BranchDeletion {
    /** Keep the documents searchable until the branch comes back. */
    KEEP,
    /** Remove every document of the branch. */
    REMOVE
  }

  static final List<ConfigOption> OPTIONS = List.of(
      new ConfigOption("type", "github", null),
      new ConfigOption("repository", "The repository, owner/name.", null),
      new ConfigOption("branch", "The indexed branch; pushes to other refs are ignored.", "main"),
      new ConfigOption("paths", "Comma-separated globs of the indexed files, relative to the repository root.", "**.md"),
      new ConfigOption("webhook-secret", "The secret of the repository's webhook (Settings → Webhooks); deliveries are verified with it. Never logged or shown.", null),
      new ConfigOption("token", "A token that can read the repository's contents; unset for public repositories. Never logged or shown.", null),
      new ConfigOption("api-url", "The REST API's base URL; for GitHub Enterprise Server, https://<host>/api/v3.", "https://api.github.com"),
      new ConfigOption("subject-prefix", "First part of every subject, as in github:acme/docs:guide/intro.md.", "github"),
      new ConfigOption("reconcile-interval", "How often the whole branch is compared with the index, so a missed delivery cannot leave a file stale; the first run is at the first start, later ones this long after the previous run (restarts do not trigger one); 0 for never.", "60m"),
      new ConfigOption("force-push", "What a forced push to the branch does: compare-trees (compare the tree before the push with the tree after it and re-index every file that differs, so rewritten history leaves nothing stale) or commits-only (index only the files the push's commit list names).", "compare-trees"),
      new ConfigOption("branch-deletion", "What deleting the indexed branch does: keep (the documents stay searchable until the branch comes back) or remove (every document of the branch is removed).", "keep"),
      new ConfigOption("bot-logins", "Comma-separated logins whose pushes are the bot's own edits, e.g. freshet-docs[bot]: acknowledged and not re-indexed, so a bot that writes back to the repository cannot start a loop.", ""));

  /**
   * Compiled globs by glob, as few as the configured ones: compiling a glob (into a regular expression) for every
   * path of every push was 2% of the web server's CPU in the benchmark's webhook phase.
   */
  private static final Map<String, PathMatcher> MATCHERS = new ConcurrentHashMap<>();

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
        matcher(glob);
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
        config.getDuration("reconcile-interval", Duration.ofMinutes(60)),
        config.getChoice("force-push", ForcePush.COMPARE_TREES),
        config.getChoice("branch-deletion", BranchDeletion.KEEP),
        config.getList("bot-logins", "").stream().map(String::toLowerCase).collect(Collectors.toUnmodifiableSet()));
  }

  /** The subject of the whole branch, for {@code collection.changed}. */
  String branchSubject() {
    return subjectPrefix + ":" + repository;
  }

  boolean indexes(String path) {
    Path p = Path.of(path);
    return paths.stream().anyMatch(glob -> matcher(glob).matches(p));
  }

  private static PathMatcher matcher(String glob) {
    return MATCHERS.computeIfAbsent(glob, g -> FileSystems.getDefault().getPathMatcher("glob:" + g));
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
