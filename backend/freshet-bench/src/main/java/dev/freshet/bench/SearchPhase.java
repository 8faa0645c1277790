package dev.freshet.bench;

import dev.freshet.bench.Corpora.Corpus;
import dev.freshet.core.search.SearchMode;
import dev.freshet.core.search.SearchQuery;
import dev.freshet.core.search.SearchService;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Search speed on real corpora (documentation that Debian packages ship): a small index (Node.js's API reference,
 * about 5,000 chunks) and a large one (seven packages' documentation, about 100,000 chunks), each built once through
 * files sources and kept under {@code <bench.out>/search-index} for later runs (delete it to rebuild). Users' questions
 * (the relevance set's) are asked in each mode, in process ({@link SearchService}, query embedding included) and over
 * HTTP as a viewer whose password is stored in plain text ({@code {noop}}, so that no password hash is computed per
 * request): at concurrency 1 for latency, and from 8 threads for the most searches per second.
 */
final class SearchPhase {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final List<SearchMode> MODES = List.of(SearchMode.KEYWORD, SearchMode.VECTOR, SearchMode.HYBRID);
  private static final int K = 10;
  private static final int THREADS = 8;
  private static final String USER = "bench-reader";
  private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  private static final Corpus NODE_API = new Corpus("node", "nodejs-doc", Path.of("/usr/share/doc/nodejs/api"),
      "{[!a]*,a[!l]*}.html"); // all but all.html, every page in one
  private static final List<Corpus> LARGE = List.of(
      new Corpus("postgresql", "postgresql-doc-15", Path.of("/usr/share/doc/postgresql-doc-15/html"), "*.html"),
      new Corpus("python", "python3.11-doc", Path.of("/usr/share/doc/python3.11/html"), "**.html"),
      new Corpus("django", "python-django-doc", Path.of("/usr/share/doc/python-django-doc/html"), "**.html"),
      new Corpus("sqlalchemy", "python-sqlalchemy-doc", Path.of("/usr/share/doc/python-sqlalchemy-doc/html"),
          "**.html"),
      new Corpus("sympy", "python-sympy-doc", Path.of("/usr/share/doc/python-sympy-doc/html"), "**.html"),
      new Corpus("sqlite", "sqlite3-doc", Path.of("/usr/share/doc/sqlite3"), "*.html"),
      new Corpus("nodeall", "nodejs-doc", Path.of("/usr/share/doc/nodejs/api"), "*.html"));

  /** An index size to measure. */
  private record Tier(String name, String description, List<Corpus> corpora, boolean targets) {}

  private final Path dir;
  private final Scale scale;
  private final List<String> queries = new ArrayList<>();
  private final String password = Long.toHexString(new java.security.SecureRandom().nextLong());

  SearchPhase(Path dir, Scale scale) throws IOException {
    this.dir = dir;
    this.scale = scale;
    try (InputStream in = SearchPhase.class.getResourceAsStream("/relevance/postgresql-15.json")) {
      JsonNode set = JSON.readTree(in);
      set.get("questions").forEach(q -> queries.add(q.get("q").asString()));
      set.get("identifiers").forEach(q -> queries.add(q.get("q").asString()));
    }
  }

  List<Section> run() throws Exception {
    List<Section> sections = new ArrayList<>();
    for (Tier tier : List.of(
        new Tier("small", "Node.js's API reference (Debian's nodejs-doc, HTML)", List.of(NODE_API), false),
        new Tier("large", "the HTML documentation of PostgreSQL 15, Python 3.11, Django, SQLAlchemy, SymPy, SQLite "
            + "and Node.js (Debian's postgresql-doc-15, python3.11-doc, python-django-doc, python-sqlalchemy-doc, "
            + "python-sympy-doc, sqlite3-doc, nodejs-doc)", LARGE, true))) {
      sections.add(measure(tier));
    }
    return sections;
  }

  private Section measure(Tier tier) throws Exception {
    long files = 0;
    List<String> settings = new ArrayList<>(List.of("--freshet.sources.demo.enabled=false",
        "--freshet.security.users." + USER + ".password={noop}" + password));
    for (Corpus corpus : tier.corpora()) {
      Corpora.install(corpus.pkg(), corpus.directory(), "");
      files += corpus.files();
      settings.addAll(corpus.settings());
    }
    Path data = dir.resolve(tier.name());
    boolean reused = Files.isDirectory(data);
    Bench.log("search: %s index of %d files (%s)", tier.name(), files, reused ? "kept from an earlier run" : "building");
    try (InProcessFreshet freshet = InProcessFreshet.start(data, settings, null)) {
      long start = System.nanoTime();
      awaitIndexed(freshet, files);
      double buildSeconds = (System.nanoTime() - start) / 1e9;
      freshet.awaitIdle(Duration.ofSeconds(20), Duration.ofMinutes(10)); // the sources' start-up scans settle
      long chunks = freshet.store.count();
      Bench.log("search: %s index has %d chunks (%.0f s to index or catch up)", tier.name(), chunks, buildSeconds);
      Section section = new Section("search." + tier.name(), "Search speed: " + String.format(Locale.ROOT, "%,d", chunks)
          + " chunks", "The " + files + " files of " + tier.description() + ", indexed through files sources with the "
          + "default model. " + queries.size() + " users' questions (the relevance set's) asked in turn, k=" + K
          + ", in each mode: in process (SearchService, the query's embedding included) and over HTTP (GET "
          + "/api/search as a viewer with a {noop} password). Latency at concurrency 1 (" + passes() + " passes after "
          + "two to warm up); searches per second from " + THREADS + " threads for " + scale.searchSeconds() + " s.");
      section.figure("files", files).figure("chunks", chunks).figure(reused ? "catchUpSeconds" : "indexSeconds",
          Math.round(buildSeconds));
      SearchService service = freshet.context.getBean(SearchService.class);
      for (SearchMode mode : MODES) {
        String name = mode.name().toLowerCase(Locale.ROOT);
        Searcher inProcess = q -> service.search(new SearchQuery(q, K, Map.of(), mode, false, null));
        Searcher http = q -> http(freshet.port, q, name);
        Map<String, Object> byWay = new LinkedHashMap<>();
        for (Map.Entry<String, Searcher> way : Map.of("inProcess", inProcess, "http", http).entrySet().stream()
            .sorted(Map.Entry.comparingByKey(Collections.reverseOrder())).toList()) {
          Distribution latency = latency(way.getValue());
          double throughput = throughput(way.getValue());
          Map<String, Object> figures = new LinkedHashMap<>();
          figures.put("latencyMs", latency);
          figures.put("searchesPerSecond", Math.round(throughput));
          byWay.put(way.getKey(), figures);
          Bench.log("search: %s %s %s: %s, %.0f/s at concurrency %d", tier.name(), name, way.getKey(),
              latency.describe("ms"), throughput, THREADS);
          if (tier.targets() && mode == SearchMode.HYBRID) {
            String what = "hybrid search, " + String.format(Locale.ROOT, "%,d", chunks) + " chunks, "
                + (way.getKey().equals("http") ? "over HTTP" : "in process");
            String id = "search." + tier.name() + ".hybrid." + way.getKey();
            section.target(Target.atMost(id + ".p50", what + ": p50 at concurrency 1", latency.p50(), "ms", 15));
            section.target(Target.atMost(id + ".p99", what + ": p99 at concurrency 1", latency.p99(), "ms", 40));
            section.target(Target.atLeast(id + ".qps", what + ": searches/s from " + THREADS + " threads",
                Math.round(throughput), "/s", 150));
          }
        }
        section.figure(name, byWay);
      }
      return section;
    }
  }

  /** A search of one query; throws on failure. */
  private interface Searcher {
    void search(String query) throws Exception;
  }

  private int passes() {
    return scale.name().equals("full") ? 5 : 1;
  }

  /** Milliseconds per search at concurrency 1, after two passes to warm up. */
  private Distribution latency(Searcher searcher) throws Exception {
    for (int pass = 0; pass < 2; pass++) {
      for (String q : queries) {
        searcher.search(q);
      }
    }
    List<Double> millis = new ArrayList<>();
    for (int pass = 0; pass < passes(); pass++) {
      for (String q : queries) {
        long start = System.nanoTime();
        searcher.search(q);
        millis.add((System.nanoTime() - start) / 1e6);
      }
    }
    return Distribution.of(millis);
  }

  /** Searches per second from {@link #THREADS} threads, each asking the questions in turn from its own start. */
  private double throughput(Searcher searcher) throws Exception {
    AtomicLong done = new AtomicLong();
    List<Throwable> failures = Collections.synchronizedList(new ArrayList<>());
    long end = System.nanoTime() + Duration.ofSeconds(scale.searchSeconds()).toNanos();
    List<Thread> threads = new ArrayList<>();
    long start = System.nanoTime();
    for (int t = 0; t < THREADS; t++) {
      int offset = t * queries.size() / THREADS;
      threads.add(Thread.ofPlatform().name("bench-search-" + t).start(() -> {
        for (int i = offset; System.nanoTime() < end && failures.isEmpty(); i++) {
          try {
            searcher.search(queries.get(i % queries.size()));
            done.incrementAndGet();
          } catch (Exception | AssertionError e) {
            failures.add(e);
          }
        }
      }));
    }
    for (Thread thread : threads) {
      thread.join();
    }
    if (!failures.isEmpty()) {
      throw new IllegalStateException("a search failed", failures.get(0));
    }
    return done.get() / ((System.nanoTime() - start) / 1e9);
  }

  private void http(int port, String query, String mode) throws IOException, InterruptedException {
    HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
            + "/api/search?k=" + K + "&mode=" + mode + "&q=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((USER + ":" + password)
            .getBytes(StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IllegalStateException("search answered " + response.statusCode() + ": " + response.body());
    }
  }

  /** Waits until every file is indexed (or dead-lettered) and nothing is in flight. */
  private static void awaitIndexed(InProcessFreshet freshet, long files) {
    long deadline = System.nanoTime() + Duration.ofHours(3).toNanos();
    long last = -1;
    while (freshet.count("select count(*) from document_state where status = 'INDEXED'")
        + freshet.count("select count(*) from dead_letter") < files || freshet.open() > 0) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("the corpus was not indexed within 3 hours");
      }
      long indexed = freshet.count("select count(*) from document_state where status = 'INDEXED'");
      if (indexed / 1000 != last / 1000) {
        Bench.log("search: %d of %d files indexed", indexed, files);
        last = indexed;
      }
      Bench.sleep(500);
    }
  }
}
