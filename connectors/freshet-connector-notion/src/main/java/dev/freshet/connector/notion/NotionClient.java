package dev.freshet.connector.notion;

import dev.freshet.api.error.PermanentException;
import dev.freshet.api.error.RetryableException;
import io.github.resilience4j.core.IntervalBiFunction;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Calls the Notion API with the integration's token and the configured {@code Notion-Version} on every
 * request. Every request first takes a permit from the integration's budget (resilience4j's rate limiter,
 * shared by all sources with the same token, as Notion's limit is per integration). A 429, 529 or 503 is
 * retried in place after its {@code Retry-After} (resilience4j's retry) when that wait is short; a longer
 * wait, or a fourth refusal, becomes a {@link RetryableException} carrying the wait, so the dispatcher tries
 * the whole delivery again then. Thread-safe.
 */
final class NotionClient {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final Set<Integer> BUSY = Set.of(429, 503, 529);
  /** Waits up to this long are spent in place; longer ones are handed back to the dispatcher. */
  private static final Duration LONGEST_WAIT_IN_PLACE = Duration.ofSeconds(10);
  private static final Map<String, RateLimiter> BUDGETS = new ConcurrentHashMap<>();

  /**
   * An answer of the API.
   *
   * @param status the HTTP status
   * @param body the parsed body (a missing node when it was not JSON)
   */
  record Answer(int status, JsonNode body) {}

  private final NotionSettings settings;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private final RateLimiter budget;
  private final Retry retry;

  NotionClient(NotionSettings settings) {
    this.settings = settings;
    this.budget = BUDGETS.computeIfAbsent(integrationKey(settings), key -> RateLimiter.of("notion-" + key.substring(0, 8),
        RateLimiterConfig.custom().limitForPeriod(settings.requestsPerSecond()).limitRefreshPeriod(Duration.ofSeconds(1))
            .timeoutDuration(Duration.ofSeconds(60)).build()));
    this.retry = Retry.of("notion-" + settings.sourceId(), RetryConfig.<HttpResponse<String>>custom()
        .maxAttempts(4)
        .retryExceptions(IOException.class)
        .retryOnResult(r -> BUSY.contains(r.statusCode())
            && retryAfter(r).orElse(Duration.ZERO).compareTo(LONGEST_WAIT_IN_PLACE) <= 0)
        .intervalBiFunction((IntervalBiFunction<HttpResponse<String>>) (attempt, outcome) -> outcome.isRight()
            ? retryAfter(outcome.get()).orElse(backoff(attempt)).toMillis()
            : backoff(attempt).toMillis())
        .failAfterMaxAttempts(false)
        .build());
  }

  Answer get(String path) {
    return send(request(path).GET(), path);
  }

  Answer post(String path, Map<String, ?> body) {
    return send(request(path).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))), path);
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create(settings.apiUrl() + path)).timeout(Duration.ofSeconds(30))
        .header("Authorization", "Bearer " + settings.token())
        .header("Notion-Version", settings.notionVersion())
        .header("Accept", "application/json")
        .header("User-Agent", "freshet");
  }

  private Answer send(HttpRequest.Builder builder, String path) {
    HttpRequest request = builder.build();
    HttpResponse<String> response;
    try {
      response = Retry.decorateCheckedSupplier(retry, () -> {
        if (!budget.acquirePermission()) {
          throw new RetryableException("the Notion request budget of source " + settings.sourceId()
              + " (requests-per-second: " + settings.requestsPerSecond() + ") stayed exhausted for a minute");
        }
        return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      }).get();
    } catch (IOException e) {
      throw new RetryableException("Notion did not answer " + path + ": " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new RetryableException("interrupted while calling Notion", e);
    } catch (RuntimeException e) {
      throw e;
    } catch (Throwable e) {
      throw new RetryableException("calling Notion failed: " + e, e);
    }
    int status = response.statusCode();
    if (BUSY.contains(status)) {
      Duration wait = retryAfter(response).orElse(null);
      throw new RetryableException("Notion is busy (" + status + ") for " + path
          + (wait == null ? "" : ", retrying after " + wait.toSeconds() + " s"), null, wait);
    }
    if (status == 401) {
      throw new PermanentException("Notion refused the token (401); check freshet.sources." + settings.sourceId()
          + ".token");
    }
    if (status >= 500) {
      throw new RetryableException("Notion answered " + status + " for " + path);
    }
    JsonNode body = response.body().isBlank() ? JSON.missingNode() : JSON.readTree(response.body());
    if (status >= 400 && status != 404) {
      throw new PermanentException("Notion answered " + status + " for " + path + ": "
          + body.path("code").asString("") + " " + body.path("message").asString(""));
    }
    return new Answer(status, body);
  }

  private static Duration backoff(int attempt) {
    return Duration.ofMillis(500L << Math.min(attempt - 1, 4));
  }

  private static Optional<Duration> retryAfter(HttpResponse<String> response) {
    return response.headers().firstValue("retry-after").flatMap(value -> {
      try {
        return Optional.of(Duration.ofSeconds(Long.parseLong(value.trim())));
      } catch (NumberFormatException e) {
        return Optional.empty();
      }
    });
  }

  /** The budget is the integration's, so sources sharing a token share it; the key does not keep the token. */
  private static String integrationKey(NotionSettings settings) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
          .digest((settings.apiUrl() + " " + settings.token()).getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
