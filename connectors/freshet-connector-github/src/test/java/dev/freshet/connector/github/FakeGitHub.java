package dev.freshet.connector.github;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * A local server playing one GitHub repository: the REST contents API (raw media type) and the git trees API
 * at the branch or at any commit, with git's own blob SHAs. {@link #commit} changes the branch and returns
 * the {@code push} delivery GitHub would send, in its documented shape.
 */
public final class FakeGitHub implements AutoCloseable {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final String repository;
  private final String branch;
  private final HttpServer server;
  private final Map<String, Map<String, String>> commits = new ConcurrentHashMap<>();
  private volatile String head;

  public FakeGitHub(String repository, String branch) throws IOException {
    this.repository = repository;
    this.branch = branch;
    this.head = sha1("initial commit");
    commits.put(head, Map.of("LICENSE", "MIT"));
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/repos/" + repository + "/contents/", this::contents);
    server.createContext("/repos/" + repository + "/git/trees/", this::tree);
    server.start();
  }

  public String apiUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  public String head() {
    return head;
  }

  /** Applies the changes (a null text removes the file) as one commit on the branch; returns the push delivery. */
  public synchronized byte[] commit(Map<String, @Nullable String> changes) {
    return push(head, changes, false);
  }

  /** Replaces the branch with a commit made on top of {@code base}, as {@code git push --force} would. */
  public synchronized byte[] forcePush(String base, Map<String, @Nullable String> changes) {
    return push(base, changes, true);
  }

  private byte[] push(String base, Map<String, @Nullable String> changes, boolean forced) {
    Map<String, String> files = new TreeMap<>(commits.get(base));
    List<String> added = new ArrayList<>();
    List<String> modified = new ArrayList<>();
    List<String> removed = new ArrayList<>();
    changes.forEach((path, text) -> {
      if (text == null) {
        if (files.remove(path) != null) {
          removed.add(path);
        }
      } else {
        (files.put(path, text) == null ? added : modified).add(path);
      }
    });
    String sha = sha1("commit " + base + files);
    commits.put(sha, Map.copyOf(files));
    String before = head;
    head = sha;
    Map<String, Object> author = Map.of("name", "Mona", "email", "mona@example.com", "username", "mona");
    Map<String, Object> commit = new LinkedHashMap<>();
    commit.put("id", sha);
    commit.put("message", "update docs");
    commit.put("timestamp", Instant.now().toString());
    commit.put("author", author);
    commit.put("committer", author);
    commit.put("added", added);
    commit.put("removed", removed);
    commit.put("modified", modified);
    Map<String, Object> push = new LinkedHashMap<>();
    push.put("ref", "refs/heads/" + branch);
    push.put("before", before);
    push.put("after", sha);
    push.put("created", false);
    push.put("deleted", false);
    push.put("forced", forced);
    push.put("commits", List.of(commit));
    push.put("head_commit", commit);
    push.put("repository", Map.of("full_name", repository, "default_branch", branch));
    push.put("pusher", Map.of("name", "mona", "email", "mona@example.com"));
    push.put("sender", Map.of("login", "mona", "type", "User"));
    return JSON.writeValueAsBytes(push);
  }

  private void contents(HttpExchange exchange) throws IOException {
    String path = URLDecoder.decode(exchange.getRequestURI().getRawPath()
        .substring(("/repos/" + repository + "/contents/").length()), StandardCharsets.UTF_8);
    String text = commits.get(head).get(path);
    if (text == null) {
      send(exchange, 404, "{\"message\": \"Not Found\", \"status\": \"404\"}");
    } else {
      send(exchange, 200, text);
    }
  }

  private void tree(HttpExchange exchange) throws IOException {
    String ref = exchange.getRequestURI().getPath().substring(("/repos/" + repository + "/git/trees/").length());
    Map<String, String> files = ref.equals(branch) ? commits.get(head) : commits.get(ref);
    if (files == null) {
      send(exchange, 404, "{\"message\": \"Not Found\", \"status\": \"404\"}");
      return;
    }
    List<Map<String, Object>> entries = new ArrayList<>();
    files.forEach((path, text) -> entries.add(Map.of("path", path, "mode", "100644", "type", "blob",
        "sha", sha1("blob " + text.getBytes(StandardCharsets.UTF_8).length + "\0" + text))));
    send(exchange, 200, JSON.writeValueAsString(Map.of("sha", ref, "tree", entries, "truncated", false)));
  }

  private static void send(HttpExchange exchange, int status, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.sendResponseHeaders(status, bytes.length);
    exchange.getResponseBody().write(bytes);
    exchange.close();
  }

  private static String sha1(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
