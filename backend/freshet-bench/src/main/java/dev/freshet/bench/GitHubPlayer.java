package dev.freshet.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import tools.jackson.databind.json.JsonMapper;

/**
 * A local server playing one GitHub repository for the webhook phase: the contents API answers every file
 * with the same short page (so indexing behind the ingest costs one embedding in all, and the figure is the
 * webhook path's), the trees API an empty branch. Builds push deliveries in GitHub's documented shape.
 */
final class GitHubPlayer implements AutoCloseable {

  static final String REPOSITORY = "bench/docs";
  static final String SECRET = "bench-webhook-" + Long.toHexString(new java.security.SecureRandom().nextLong());
  private static final String PAGE = "# A page\n\nEvery page of the benchmark's repository reads the same.";
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final HttpServer server;

  private GitHubPlayer(HttpServer server) {
    this.server = server;
  }

  static GitHubPlayer start() {
    try {
      HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 64);
      server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
      server.createContext("/repos/" + REPOSITORY + "/contents/", e -> send(e, PAGE));
      server.createContext("/repos/" + REPOSITORY + "/git/trees/", e -> send(e,
          "{\"sha\": \"" + "0".repeat(39) + "1\", \"tree\": [], \"truncated\": false}"));
      server.start();
      return new GitHubPlayer(server);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Freshet's configuration of the {@code gh} source reading this repository. */
  List<String> freshetArgs() {
    return List.of("--freshet.sources.gh.type=github", "--freshet.sources.gh.repository=" + REPOSITORY,
        "--freshet.sources.gh.webhook-secret=" + SECRET,
        "--freshet.sources.gh.api-url=http://127.0.0.1:" + server.getAddress().getPort());
  }

  /** The push GitHub sends for one commit modifying {@code path}. */
  static byte[] push(int n, String path) {
    String before = String.format("%040x", n);
    String after = String.format("%040x", n + 1);
    Map<String, Object> author = Map.of("name", "Mona", "email", "mona@example.com", "username", "mona");
    Map<String, Object> commit = new LinkedHashMap<>();
    commit.put("id", after);
    commit.put("message", "Update " + path);
    commit.put("timestamp", java.time.Instant.now().toString());
    commit.put("author", author);
    commit.put("committer", author);
    commit.put("added", List.of());
    commit.put("removed", List.of());
    commit.put("modified", List.of(path));
    Map<String, Object> push = new LinkedHashMap<>();
    push.put("ref", "refs/heads/main");
    push.put("before", before);
    push.put("after", after);
    push.put("created", false);
    push.put("deleted", false);
    push.put("forced", false);
    push.put("commits", List.of(commit));
    push.put("head_commit", commit);
    push.put("repository", Map.of("full_name", REPOSITORY, "default_branch", "main"));
    push.put("pusher", Map.of("name", "mona", "email", "mona@example.com"));
    push.put("sender", Map.of("login", "mona", "type", "User"));
    return JSON.writeValueAsBytes(push);
  }

  private static void send(HttpExchange exchange, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.sendResponseHeaders(200, bytes.length);
    exchange.getResponseBody().write(bytes);
    exchange.close();
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
