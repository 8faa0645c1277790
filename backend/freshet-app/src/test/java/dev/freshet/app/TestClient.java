package dev.freshet.app;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
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

  private URI uri(String pathAndQuery) {
    return URI.create("http://localhost:" + port + pathAndQuery);
  }

  public JsonNode search(String query, int k) {
    Reply reply = get("/api/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8) + "&k=" + k);
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
