package dev.freshet.bench;

import dev.freshet.core.embedding.Embedder;
import dev.langchain4j.model.embedding.EmbeddingModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The benchmark harness: {@code ./mvnw -Pbench -DskipTests verify} (see docs/benchmarks.md). Each run
 * measures, on one machine and in one go so that ratios compare like with like: freshness (commit →
 * searchable at idle and at half of the measured capacity, beside Debezium's own latency and the model's own
 * time), a bulk snapshot against the raw model, incremental efficiency against a naive re-embed and against
 * Debezium's FieldToEmbedding, webhook ingest, and the built jar's memory under a burst and its start-up.
 * Two runs (the default) are an A/A comparison. Writes {@code report.json} and {@code report.md}.
 *
 * <p>System properties: {@code bench.out} (report directory), {@code bench.scale} ({@code full} or
 * {@code quick} or {@code smoke}), {@code bench.runs}, {@code bench.jar} (the built {@code freshet.jar}),
 * {@code bench.freshetArgs} (extra Freshet arguments for the in-process phases, space-separated, e.g.
 * {@code --freshet.dispatcher.concurrency=8}: to measure other settings), {@code bench.phases} (a comma-separated
 * subset of {@code bulk,freshness,incremental,webhooks,startup,memory,relevance,search}; all by default: to work
 * on one of them), {@code bench.models} and {@code bench.corpus} (the relevance phase's models and corpus directory).
 */
public final class Bench {

  private Bench() {}

  public static void main(String[] args) throws Exception {
    Path out = Path.of(System.getProperty("bench.out", "target/bench")).toAbsolutePath();
    Scale scale = Scale.named(System.getProperty("bench.scale", "full"));
    int runs = Integer.parseInt(System.getProperty("bench.runs", "2"));
    Path jar = Path.of(System.getProperty("bench.jar", "../freshet-app/target/freshet.jar")).toAbsolutePath();
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException("bench.jar: no built Freshet at " + jar + "; build it first (./mvnw -Pbench "
          + "-DskipTests verify builds it) or point -Dbench.jar at freshet.jar");
    }
    List<Report.Run> results = run(out, scale, runs, jar);
    System.out.println("Benchmark report: " + out.resolve("report.md") + " and report.json");
    boolean missed = results.stream().flatMap(r -> r.sections().stream()).flatMap(s -> s.targets().stream())
        .anyMatch(t -> !t.met());
    System.out.println(missed ? "Some targets were missed: see the report's Targets table." : "Every target was met.");
  }

  /** Runs every phase {@code runs} times and writes the reports; returns the runs. */
  static List<Report.Run> run(Path out, Scale scale, int runs, Path jar) throws Exception {
    Files.createDirectories(out);
    Map<String, Object> machine = Machine.describe();
    Map<String, Object> settings = new LinkedHashMap<>(scale.describe());
    settings.put("runs", runs);
    settings.put("freshetArgs", System.getProperty("bench.freshetArgs", ""));
    settings.put("phases", phases().isEmpty() ? "all" : String.join(",", phases()));
    // the model as Freshet loads it by default: the raw figures are its own limit in that configuration
    EmbeddingModel model = Embedder.builtIn(Embedder.MINILM_QUANTIZED);
    List<Report.Run> results = new ArrayList<>();
    for (int i = 0; i < runs; i++) {
      String name = "run-" + (char) ('a' + i);
      Path dir = out.resolve(name);
      deleteRecursively(dir);
      Instant started = Instant.now();
      long start = System.nanoTime();
      log("%s: starting (%s scale)", name, scale.name());
      List<Section> sections = new ArrayList<>(new InProcessRun(dir, scale, model).run());
      sections.addAll(new ProcessPhase(dir.resolve("process"), scale, jar).run());
      if (selected("relevance")) {
        sections.addAll(new RelevancePhase(dir.resolve("relevance")).run());
      }
      if (selected("search")) {
        sections.addAll(new SearchPhase(out.resolve("search-index"), scale).run()); // kept: built once
      }
      results.add(new Report.Run(started, (System.nanoTime() - start) / 1e9, sections));
      Report.write(out, machine, settings, results); // after every run, so a long invocation shows progress
      log("%s: done in %.0f s", name, (System.nanoTime() - start) / 1e9);
    }
    return results;
  }

  /** Whether {@code bench.phases} asks for the phase (every phase when it is not set). */
  static boolean selected(String phase) {
    return phases().isEmpty() || phases().contains(phase);
  }

  private static List<String> phases() {
    List<String> known = List.of("bulk", "freshness", "incremental", "webhooks", "startup", "memory", "relevance",
        "search");
    List<String> asked = java.util.Arrays.stream(System.getProperty("bench.phases", "").split(","))
        .map(String::trim).filter(p -> !p.isEmpty()).toList();
    for (String p : asked) {
      if (!known.contains(p)) {
        throw new IllegalArgumentException("bench.phases: no phase named " + p + "; known: " + known);
      }
    }
    return asked;
  }

  static void log(String format, Object... args) {
    System.out.printf("[bench %s] %s%n", java.time.LocalTime.now().withNano(0), String.format(format, args));
  }

  static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  static void deleteRecursively(Path dir) throws java.io.IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (var paths = Files.walk(dir)) {
      for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
