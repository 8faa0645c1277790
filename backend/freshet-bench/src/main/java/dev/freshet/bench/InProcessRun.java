package dev.freshet.bench;

import dev.langchain4j.model.embedding.EmbeddingModel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The phases that run against one Freshet in the harness's JVM, in this order: bulk (on an empty index),
 * freshness (over the bulk documents, so the index is not trivially small), incremental, webhooks.
 */
final class InProcessRun {

  private final Path dir;
  private final Scale scale;
  private final EmbeddingModel model;

  InProcessRun(Path dir, Scale scale, EmbeddingModel model) {
    this.dir = dir;
    this.scale = scale;
    this.model = model;
  }

  List<Section> run() throws Exception {
    if (Stream.of("bulk", "freshness", "incremental", "webhooks").noneMatch(Bench::selected)) {
      return List.of();
    }
    Texts texts = new Texts(42);
    try (SourceDb source = SourceDb.start(dir.resolve("source")); GitHubPlayer github = GitHubPlayer.start()) {
      BulkPhase.prepare(source, scale, texts);
      CountingModel counted = new CountingModel(model);
      Bench.log("starting Freshet in process (log: %s)", dir.resolve("freshet.log"));
      List<String> args = new ArrayList<>(github.freshetArgs());
      String extra = System.getProperty("bench.freshetArgs", "").trim();
      if (!extra.isEmpty()) {
        args.addAll(List.of(extra.split("\\s+")));
      }
      try (InProcessFreshet freshet = InProcessFreshet.start(dir.resolve("freshet"), source, counted, args)) {
        Lab lab = new Lab(freshet, source, counted, scale, texts);
        List<Section> sections = new ArrayList<>();
        if (Bench.selected("bulk")) {
          sections.add(new BulkPhase(lab).run());
        }
        if (Bench.selected("freshness")) {
          sections.addAll(new FreshnessPhase(lab).run());
        }
        if (Bench.selected("incremental")) {
          sections.add(new IncrementalPhase(lab).run());
        }
        if (Bench.selected("webhooks")) {
          sections.add(new WebhookPhase(lab).run());
        }
        return sections;
      }
    }
  }
}
