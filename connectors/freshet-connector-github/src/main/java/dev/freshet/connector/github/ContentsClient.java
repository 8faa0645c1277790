package dev.freshet.connector.github;

import dev.freshet.api.error.PermanentException;
import dev.freshet.api.error.RetryableException;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a file's current content through GitHub's REST contents API, asking for the raw media type (which
 * also serves files over 1 MB). Honours rate limits: a 403 or 429 with {@code Retry-After} or an exhausted
 * {@code X-RateLimit-Remaining} becomes a retry after that time. Thread-safe.
 */
final class ContentsClient {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final GitHubSettings settings;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  ContentsClient(GitHubSettings settings) {
    this.settings = settings;
  }

  /** The file's text at the head of the indexed branch, or empty when the file does not exist there. */
  Optional<String> read(String path) {
    String encodedPath = Arrays.stream(path.split("/")).map(s -> URLEncoder.encode(s, StandardCharsets.UTF_8)
        .replace("+", "%20")).collect(Collectors.joining("/"));
    HttpResponse<String> response = get("/contents/" + encodedPath + "?ref="
        + URLEncoder.encode(settings.branch(), StandardCharsets.UTF_8), "application/vnd.github.raw");
    return switch (response.statusCode()) {
      case 200 -> Optional.of(response.body());
      case 404 -> Optional.empty();
      case 403, 429 -> throw rateLimited(response);
      case 401 -> throw new PermanentException("GitHub refused the token for " + settings.repository()
          + " (401); check freshet.sources." + settings.sourceId() + ".token");
      default -> throw new RetryableException("GitHub answered " + response.statusCode() + " for " + path);
    };
  }

  /** The indexed branch's files at its head; see {@link #tree(String)}. */
  Tree tree() {
    return tree(settings.branch());
  }

  /**
   * The files at a branch or commit: path → blob SHA, from the recursive git tree. GitHub truncates very large
   * trees; then the result is partial and says so.
   *
   * @throws PermanentException when GitHub does not know the commit (404, 409, 422)
   */
  Tree tree(String ref) {
    HttpResponse<String> response = get("/git/trees/" + URLEncoder.encode(ref, StandardCharsets.UTF_8)
        + "?recursive=1", "application/vnd.github+json");
    if (response.statusCode() == 403 || response.statusCode() == 429) {
      throw rateLimited(response);
    }
    if (response.statusCode() == 404 || response.statusCode() == 409 || response.statusCode() == 422) {
      throw new PermanentException("GitHub has no tree for " + ref + " in " + settings.repository() + " ("
          + response.statusCode() + "); a reconcile run (POST /api/sources/" + settings.sourceId()
          + "/reconcile) compares the branch as it is now");
    }
    if (response.statusCode() != 200) {
      throw new RetryableException("GitHub answered " + response.statusCode() + " for the tree of " + ref);
    }
    JsonNode tree = JSON.readTree(response.body());
    Map<String, String> blobs = new TreeMap<>();
    for (JsonNode entry : tree.path("tree")) {
      if ("blob".equals(entry.path("type").asString(""))) {
        blobs.put(entry.path("path").asString(), entry.path("sha").asString());
      }
    }
    return new Tree(blobs, tree.path("truncated").asBoolean(false));
  }

  /** A branch's files by path, with their blob SHA; {@code truncated} when GitHub cut the listing short. */
  record Tree(Map<String, String> blobs, boolean truncated) {}

  private HttpResponse<String> get(String repositoryPath, String accept) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(settings.apiUrl() + "/repos/"
            + settings.repository() + repositoryPath))
        .timeout(Duration.ofSeconds(30)).header("Accept", accept).header("X-GitHub-Api-Version", "2022-11-28")
        .header("User-Agent", "freshet");
    if (settings.token() != null) {
      request.header("Authorization", "Bearer " + settings.token());
    }
    try {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new RetryableException("GitHub did not answer: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new RetryableException("interrupted while calling GitHub", e);
    }
  }

  private RetryableException rateLimited(HttpResponse<String> response) {
    Duration wait = retryAfter(response);
    return new RetryableException("GitHub rate limit (" + response.statusCode() + ")"
        + (wait == null ? "" : ", retrying after " + wait.toSeconds() + " s"), null, wait);
  }

  private static @Nullable Duration retryAfter(HttpResponse<String> response) {
    Optional<String> retryAfter = response.headers().firstValue("retry-after");
    if (retryAfter.isPresent()) {
      try {
        return Duration.ofSeconds(Long.parseLong(retryAfter.get().trim()));
      } catch (NumberFormatException e) {
        return null;
      }
    }
    if (response.headers().firstValue("x-ratelimit-remaining").orElse("").equals("0")) {
      Optional<String> reset = response.headers().firstValue("x-ratelimit-reset");
      if (reset.isPresent()) {
        try {
          Duration wait = Duration.between(Instant.now(), Instant.ofEpochSecond(Long.parseLong(reset.get().trim())));
          return wait.isNegative() ? Duration.ZERO : wait;
        } catch (NumberFormatException e) {
          return null;
        }
      }
    }
    return null;
  }
}
