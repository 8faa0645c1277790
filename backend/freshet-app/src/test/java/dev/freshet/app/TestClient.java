package dev.freshet.app;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.function.BooleanSupplier;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Calls the running application's HTTP API as a client would. */
public record TestClient(int port, String user, String password) {

  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** A response: status and body. */
  public record Reply(int status, String body) {
    public JsonNode json() {
      return JSON.readTree(body);
    }
  }

  public Reply get(String pathAndQuery) {
    return send(HttpRequest.newBuilder(uri(pathAndQuery)).GET(), true);
  }

  public Reply getAnonymously(String pathAndQuery) {
    return send(HttpRequest.newBuilder(uri(pathAndQuery)).GET(), false);
  }

  public Reply post(String pathAndQuery) {
    return send(HttpRequest.newBuilder(uri(pathAndQuery)).POST(HttpRequest.BodyPublishers.noBody()), true);
  }

  public Reply delete(String pathAndQuery) {
    return send(HttpRequest.newBuilder(uri(pathAndQuery)).DELETE(), true);
  }

  /**
   * Waits until {@code /actuator/health/readiness} answers 200 (UP): the index is open, the transport delivers and
   * every source captures, so a change made from now on is captured on its own. Throws with the readiness details
   * (what is still starting) when {@code timeout} passes first, or when {@code alive} says the server is gone.
   */
  public TestClient awaitReady(Duration timeout, BooleanSupplier alive) {
    long deadline = System.nanoTime() + timeout.toNanos();
    HttpRequest readiness = HttpRequest.newBuilder(uri("/actuator/health/readiness"))
        .timeout(Duration.ofSeconds(5)).build();
    while (System.nanoTime() < deadline) {
      if (!alive.getAsBoolean()) {
        throw new IllegalStateException("Freshet exited while starting");
      }
      try {
        if (HTTP.send(readiness, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          return this;
        }
      } catch (IOException e) {
        // not listening yet
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    String details;
    try {
      details = get("/actuator/health/readiness").body();
    } catch (AssertionError e) {
      details = e.getMessage();
    }
    throw new IllegalStateException("Freshet was not ready within " + timeout + ": " + details);
  }

  private URI uri(String pathAndQuery) {
    return URI.create("http://localhost:" + port + pathAndQuery);
  }

  /** A search in the default mode. */
  public JsonNode search(String query, int k) {
    return search(query, k, null);
  }

  public JsonNode search(String query, int k, @Nullable String mode) {
    Reply reply = get("/api/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8) + "&k=" + k
        + (mode == null ? "" : "&mode=" + mode));
    if (reply.status() != 200) {
      throw new AssertionError("search answered " + reply.status() + ": " + reply.body());
    }
    return reply.json();
  }

  private Reply send(HttpRequest.Builder request, boolean authenticated) {
    if (authenticated) {
      request.header("Authorization", "Basic " + Base64.getEncoder()
          .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }
    try {
      HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
      return new Reply(response.statusCode(), response.body());
    } catch (IOException e) {
      throw new AssertionError("request failed: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
