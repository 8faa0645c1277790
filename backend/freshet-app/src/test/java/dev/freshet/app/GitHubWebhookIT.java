package dev.freshet.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.sun.net.httpserver.HttpServer;
import dev.freshet.api.webhook.HmacSignatures;
import dev.freshet.connector.github.FakeGitHub;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * GitHub push deliveries POSTed to the running application, in GitHub's real payload shapes, with a local
 * HTTP server playing the REST contents API.
 */
class GitHubWebhookIT {

  private static final Duration TIMEOUT = Duration.ofSeconds(90);
  private static final String SECRET = "gh-webhook-secret-for-tests";
  private static final String SUBJECT = "github:Codertocat/Hello-World:README.md";

  @TempDir
  Path dataDir;

  private HttpServer github;
  private final AtomicReference<String> readme = new AtomicReference<>("# Hello World\n\nThe octocat says hi.");

  @BeforeEach
  void startFakeGitHub() throws Exception {
    github = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    github.createContext("/repos/Codertocat/Hello-World/contents/README.md", exchange -> {
      byte[] body = readme.get().getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(200, body.length);
      exchange.getResponseBody().write(body);
      exchange.close();
    });
    // the branch's tree, and the tree at any commit (a push that creates the branch is synced by comparing trees)
    github.createContext("/repos/Codertocat/Hello-World/git/trees/", exchange -> {
      byte[] body = ("{\"truncated\": false, \"tree\": [{\"path\": \"README.md\", \"type\": \"blob\", \"sha\": \""
          + Integer.toHexString(readme.get().hashCode()) + "\"}]}").getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(200, body.length);
      exchange.getResponseBody().write(body);
      exchange.close();
    });
    github.start();
  }

  @AfterEach
  void stopFakeGitHub() {
    github.stop(0);
  }

  @Test
  void signedPushesAreIndexedOnceAndEverythingElseIsRefusedOrIgnored() throws Exception {
    String s = "--freshet.sources.hello.";
    try (StandaloneFreshet freshet = StandaloneFreshet.start(dataDir, s + "type=github",
        s + "repository=Codertocat/Hello-World", s + "branch=master", s + "webhook-secret=" + SECRET,
        s + "api-url=http://127.0.0.1:" + github.getAddress().getPort(), s + "reconcile-interval=0",
        "--freshet.webhooks.max-body-size=16KB")) {
      int port = freshet.api().port();
      byte[] push = fixture("push-new-branch-add-readme.json");

      HttpResponse<String> ping = post(port, "ping", "delivery-0", fixture("ping.json"), sign(fixture("ping.json")));
      assertThat(ping.statusCode()).isEqualTo(200);
      assertThat(ping.body()).contains("ignored");

      HttpResponse<String> accepted = post(port, "push", "delivery-1", push, sign(push));
      assertThat(accepted.statusCode()).isEqualTo(202);
      assertThat(accepted.headers().firstValue("set-cookie")).as("no session").isEmpty();
      await().atMost(TIMEOUT).until(() -> freshet.store.chunksOf(SUBJECT).stream()
          .anyMatch(c -> c.text().contains("The octocat says hi")));

      // the same delivery again: acknowledged, nothing done twice, and the trace says so
      HttpResponse<String> again = post(port, "push", "delivery-1", push, sign(push));
      assertThat(again.statusCode()).isEqualTo(200);
      assertThat(again.body()).contains("\"duplicate\":true");
      assertThat(freshet.count("select count(*) from event_log where subject = ? and type = 'document.changed'", SUBJECT))
          .isEqualTo(1);
      assertThat(freshet.count("select count(*) from trace_step where step = 'webhook.duplicate' "
          + "and correlation_id = 'gh:delivery-1'")).isEqualTo(1);

      // a later push: the content is fetched fresh when the agent runs
      readme.set("# Hello World\n\nThe octocat now waves.");
      assertThat(post(port, "push", "delivery-2", push, sign(push)).statusCode()).isEqualTo(202);
      await().atMost(TIMEOUT).until(() -> freshet.store.chunksOf(SUBJECT).stream()
          .anyMatch(c -> c.text().contains("now waves")));

      // this source's events only: the demo source's snapshot may still be appending its own
      String changes = "select count(*) from event_log where type = 'document.changed' and source = 'hello'";
      long events = freshet.count(changes);
      assertThat(post(port, "push", "delivery-3", push, null).statusCode()).as("unsigned").isEqualTo(401);
      byte[] tampered = push.clone();
      tampered[50] ^= 1;
      assertThat(post(port, "push", "delivery-4", tampered, sign(push)).statusCode()).as("tampered").isEqualTo(401);
      assertThat(freshet.count(changes)).as("nothing enqueued").isEqualTo(events);

      byte[] big = new byte[20_000];
      java.util.Arrays.fill(big, (byte) ' ');
      assertThat(post(port, "push", "delivery-5", big, sign(big)).statusCode()).isEqualTo(413);
      // a body announced as 1 GB is refused on its headers, before a byte of it is read
      try (java.net.Socket socket = new java.net.Socket("localhost", port)) {
        socket.setSoTimeout(10_000);
        socket.getOutputStream().write(("POST /webhooks/hello HTTP/1.1\r\nHost: localhost\r\n"
            + "Content-Type: application/json\r\nContent-Length: 1073741824\r\nX-GitHub-Event: push\r\n"
            + "X-GitHub-Delivery: delivery-huge\r\n\r\n{\"ref\":").getBytes(StandardCharsets.US_ASCII));
        String status = new java.io.BufferedReader(new java.io.InputStreamReader(socket.getInputStream(),
            StandardCharsets.US_ASCII)).readLine();
        assertThat(status).startsWith("HTTP/1.1 413");
      }
      // a body without a length (chunked) is read only up to the limit
      HttpResponse<String> chunked = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
              URI.create("http://localhost:" + port + "/webhooks/hello")).header("X-GitHub-Event", "push")
          .header("X-GitHub-Delivery", "delivery-chunked").header("X-Hub-Signature-256", sign(big))
          .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(big))).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(chunked.statusCode()).isEqualTo(413);
      assertThat(post(port, "push", "delivery-8", push, sign(push).substring(0, 40)).statusCode()).as("truncated")
          .isEqualTo(401);
      HttpResponse<String> sha1Only = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
              URI.create("http://localhost:" + port + "/webhooks/hello")).header("X-GitHub-Event", "push")
          .header("X-GitHub-Delivery", "delivery-9").header("X-Hub-Signature", "sha1=" + "0".repeat(40))
          .POST(HttpRequest.BodyPublishers.ofByteArray(push)).build(), HttpResponse.BodyHandlers.ofString());
      assertThat(sha1Only.statusCode()).as("SHA-1 only").isEqualTo(401);
      HttpResponse<String> unknownKind = post(port, "star", "delivery-10", push, sign(push));
      assertThat(unknownKind.statusCode()).isEqualTo(200);
      assertThat(unknownKind.body()).contains("ignored");
      assertThat(freshet.count(changes)).as("nothing enqueued by any of them").isEqualTo(events);

      byte[] garbage = "{\"ref\": ".getBytes(StandardCharsets.UTF_8);
      HttpResponse<String> malformed = post(port, "push", "delivery-6", garbage, sign(garbage));
      assertThat(malformed.statusCode()).isEqualTo(400);
      JsonNode deadLetter = StreamSupport.stream(freshet.api().get("/api/dead-letters").json().get("items")
          .spliterator(), false).filter(d -> "ingest".equals(d.get("stage").asString())).findFirst().orElseThrow();
      assertThat(deadLetter.get("source").asString()).isEqualTo("hello");
      assertThat(deadLetter.get("payload").asString()).isEqualTo("{\"ref\": ");
      assertThat(deadLetter.get("errorMessage").asString()).contains("not JSON");

      assertThat(post(port, "push", "delivery-7", push, sign(push), "nope").statusCode()).isEqualTo(404);

      // a change whose delivery never came: the reconcile run finds it by its blob
      readme.set("# Hello World\n\nChanged while the webhook was down.");
      assertThat(freshet.api().post("/api/sources/hello/reconcile").status()).isEqualTo(200);
      await().atMost(TIMEOUT).until(() -> freshet.store.chunksOf(SUBJECT).stream()
          .anyMatch(c -> c.text().contains("while the webhook was down")));
      assertThat(freshet.api().post("/api/sources/demo/reconcile").status()).as("a database source has none")
          .isEqualTo(409);
    }
  }

  @Test
  void aPushWithAnAddAModifyARemoveAndARenameLeavesTheIndexEqualToTheBranch() throws Exception {
    try (FakeGitHub repository = new FakeGitHub("acme/docs", "main")) {
      String s = "--freshet.sources.docs.";
      byte[] first = repository.commit(Map.of("docs/kept.md", "# Kept\n\nStays as it is.",
          "docs/edited.md", "# Edited\n\nThe first draft.", "docs/gone.md", "# Gone\n\nDeleted soon.",
          "docs/old-name.md", "# Moved\n\nA page about moving."));
      try (StandaloneFreshet freshet = StandaloneFreshet.start(dataDir, s + "type=github", s + "repository=acme/docs",
          s + "webhook-secret=" + SECRET, s + "api-url=" + repository.apiUrl(), s + "reconcile-interval=0",
          s + "paths=docs/**.md")) {
        int port = freshet.api().port();
        assertThat(post(port, "push", "d-first", first, sign(first), "docs").statusCode()).isEqualTo(202);
        await().atMost(TIMEOUT).until(() -> !freshet.store.chunksOf("github:acme/docs:docs/old-name.md").isEmpty());

        Map<String, @Nullable String> changes = new HashMap<>();
        changes.put("docs/added.md", "# Added\n\nBrand new.");
        changes.put("docs/edited.md", "# Edited\n\nThe second draft.");
        changes.put("docs/gone.md", null);
        changes.put("docs/old-name.md", null);
        changes.put("docs/new-name.md", "# Moved\n\nA page about moving.");
        byte[] push = repository.commit(changes);
        assertThat(post(port, "push", "d-second", push, sign(push), "docs").statusCode()).isEqualTo(202);

        await().atMost(TIMEOUT).until(() -> freshet.store.chunksOf("github:acme/docs:docs/old-name.md").isEmpty()
            && freshet.store.chunksOf("github:acme/docs:docs/gone.md").isEmpty()
            && !freshet.store.chunksOf("github:acme/docs:docs/new-name.md").isEmpty()
            && !freshet.store.chunksOf("github:acme/docs:docs/added.md").isEmpty()
            && text(freshet, "docs/edited.md").contains("second draft"));
        assertThat(text(freshet, "docs/kept.md")).contains("Stays as it is.");
        assertThat(freshet.count("select count(*) from event_log where correlation_id = 'gh:d-second' "
            + "and type = 'document.changed'")).as("one event per changed file").isEqualTo(5);
      }
    }
  }

  private static String text(StandaloneFreshet freshet, String path) {
    return String.join("\n", freshet.store.chunksOf("github:acme/docs:" + path).stream()
        .map(dev.freshet.api.store.StoredChunk::text).toList());
  }

  private static byte[] fixture(String name) throws Exception {
    try (InputStream in = GitHubWebhookIT.class.getResourceAsStream("/github/" + name)) {
      return in.readAllBytes();
    }
  }

  private static String sign(byte[] body) {
    return HmacSignatures.sign(SECRET, body);
  }

  private static HttpResponse<String> post(int port, String kind, String delivery, byte[] body, String signature)
      throws Exception {
    return post(port, kind, delivery, body, signature, "hello");
  }

  private static HttpResponse<String> post(int port, String kind, String delivery, byte[] body, String signature,
      String source) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/webhooks/" + source))
        .header("Content-Type", "application/json").header("X-GitHub-Event", kind)
        .header("X-GitHub-Delivery", delivery).POST(HttpRequest.BodyPublishers.ofByteArray(body));
    if (signature != null) {
      request.header("X-Hub-Signature-256", signature);
    }
    return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
