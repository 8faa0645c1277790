package dev.freshet.bench;

import dev.freshet.api.store.VectorStore;
import dev.freshet.app.FreshetApplication;
import dev.langchain4j.model.embedding.EmbeddingModel;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Freshet started in the harness's JVM as the command line starts it (the embedded default: its state in an
 * embedded PostgreSQL, the Lucene index on disk), with two differences: its {@code demo} source reads the
 * harness's {@link SourceDb}, and the embedding model is the harness's {@link CountingModel} (the same
 * in-process model, counted at its edge).
 */
final class InProcessFreshet implements AutoCloseable {

  static final String PASSWORD = "bench-" + Long.toHexString(new java.security.SecureRandom().nextLong());

  private static final HttpClient HTTP = HttpClient.newHttpClient();

  final ConfigurableApplicationContext context;
  final VectorStore store;
  final JdbcTemplate state;
  final int port;

  private InProcessFreshet(ConfigurableApplicationContext context) {
    this.context = context;
    this.store = context.getBean(VectorStore.class);
    this.state = new JdbcTemplate(context.getBean(DataSource.class));
    this.port = ((WebServerApplicationContext) context).getWebServer().getPort();
  }

  static InProcessFreshet start(Path dataDir, SourceDb source, EmbeddingModel model, List<String> extraArgs) {
    List<String> args = new ArrayList<>(List.of(
        "--freshet.sources.demo.host=localhost",
        "--freshet.sources.demo.port=" + source.port(),
        "--freshet.sources.demo.snapshot-mode=no_data",
        "--freshet.sources.demo.collections.bulk.table=public.bulk_articles",
        "--freshet.sources.demo.collections.bulk.key-columns=id",
        "--freshet.sources.demo.collections.bulk.text-columns=title,body",
        "--freshet.sources.demo.collections.bulk.metadata-columns=author"));
    args.addAll(extraArgs);
    return start(dataDir, args, model);
  }

  /**
   * Freshet with the harness's data directory, password and log, and the given sources and settings; {@code model}
   * replaces the configured embedding model when it is not null.
   */
  static InProcessFreshet start(Path dataDir, List<String> settings, @Nullable EmbeddingModel model) {
    List<String> args = new ArrayList<>(List.of(
        "--freshet.data-dir=" + dataDir,
        "--server.port=0",
        "--freshet.embedded-postgres.port=0",
        "--freshet.embedded-postgres.demo=false",
        "--freshet.security.admin-password=" + PASSWORD,
        "--logging.file.name=" + dataDir.resolveSibling(dataDir.getFileName() + ".log"),
        "--logging.threshold.console=warn"));
    args.addAll(settings);
    SpringApplicationBuilder builder = new SpringApplicationBuilder(FreshetApplication.class);
    if (model != null) {
      builder.initializers(c -> c.getBeanFactory().registerSingleton("benchEmbeddingModel", model));
    }
    ConfigurableApplicationContext context = builder.run(args.toArray(String[]::new));
    InProcessFreshet freshet = new InProcessFreshet(context);
    try {
      Readiness.await(freshet.port, System.nanoTime() + Duration.ofMinutes(3).toNanos(), context::isActive);
    } catch (RuntimeException e) {
      context.close();
      throw e;
    }
    return freshet;
  }

  /** GETs from Freshet's REST API as the administrator; returns the body, failing on an error. */
  String get(String path) {
    return send("GET", path);
  }

  long count(String sql, Object... args) {
    Long n = state.queryForObject(sql, Long.class, args);
    return n == null ? 0 : n;
  }

  /** Deliveries not yet finished (pending or running). */
  long open() {
    return count("select count(*) from delivery where status in ('PENDING', 'RUNNING')");
  }

  /** The newest event's sequence number: a mark to count events appended after it. */
  long lastSeq() {
    return count("select coalesce(max(seq), 0) from event_log");
  }

  /** Waits until no delivery is open for {@code quiet} in a row (and at most {@code limit}). */
  void awaitIdle(Duration quiet, Duration limit) {
    long deadline = System.nanoTime() + limit.toNanos();
    long idleSince = -1;
    while (System.nanoTime() < deadline) {
      if (open() == 0) {
        idleSince = idleSince < 0 ? System.nanoTime() : idleSince;
        if (System.nanoTime() - idleSince >= quiet.toNanos()) {
          return;
        }
      } else {
        idleSince = -1;
      }
      Bench.sleep(50);
    }
    throw new IllegalStateException("Freshet did not become idle within " + limit + ": " + open() + " deliveries open");
  }

  /** POSTs to Freshet's REST API as the administrator; returns the body, failing on an error. */
  String post(String path) {
    return send("POST", path);
  }

  private String send(String method, String path) {
    try {
      HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
          .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
              ("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
          .method(method, HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() >= 300) {
        throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + ": "
            + response.body());
      }
      return response.body();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    context.close();
  }
}
