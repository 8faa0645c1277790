package dev.freshet.bench;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Relevance on a real corpus that a Debian package ships (PostgreSQL 15's HTML documentation, installed when
 * missing), indexed through a files source by each built-in model in turn: labelled questions written as users ask
 * them (paraphrased, each with the documents that answer it), exact identifiers (their defining page must come first),
 * and sentences inserted into a paragraph of a page (found in the top 3 by their own words, timed from the file's
 * write). Questions are asked by document ({@code group=document}, k = 10) in each mode; reported as hit@1, hit@5,
 * MRR@10 and nDCG@10 (binary relevance), beside the time to index the corpus. The questions are in
 * {@code relevance/postgresql-15.json}.
 */
final class RelevancePhase {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final List<String> MODES = List.of("keyword", "vector", "hybrid");
  private static final String PREFIX = "docs:";

  private record Question(String text, List<String> docs) {}

  private record Edit(String doc, String sentence) {}

  private final Path dir;
  private final JsonNode set;
  private final List<Question> questions = new ArrayList<>();
  private final List<Question> identifiers = new ArrayList<>();
  private final List<Edit> edits = new ArrayList<>();

  RelevancePhase(Path dir) throws IOException {
    this.dir = dir;
    try (InputStream in = RelevancePhase.class.getResourceAsStream("/relevance/postgresql-15.json")) {
      this.set = JSON.readTree(in);
    }
    set.get("questions").forEach(q -> questions.add(new Question(q.get("q").asString(),
        q.get("docs").valueStream().map(JsonNode::asString).toList())));
    set.get("identifiers").forEach(q -> identifiers.add(new Question(q.get("q").asString(),
        List.of(q.get("doc").asString()))));
    set.get("edits").forEach(e -> edits.add(new Edit(e.get("doc").asString(), e.get("sentence").asString())));
  }

  /** One section per model (the models of {@code bench.models}, comma-separated; both built-in ones by default). */
  List<Section> run() throws Exception {
    Path corpus = corpus();
    List<Section> sections = new ArrayList<>();
    String models = System.getProperty("bench.models", "");
    for (String model : (models.isBlank() ? "all-minilm-l6-v2-q,bge-small-en-v1.5-q" : models).split(",")) {
      sections.add(measure(model.trim(), corpus));
    }
    return sections;
  }

  private Section measure(String model, Path corpus) throws Exception {
    Path run = dir.resolve(model);
    Bench.deleteRecursively(run);
    Path docs = run.resolve("corpus");
    List<Path> files = copy(corpus, docs);
    Bench.log("relevance: indexing %d files of %s with %s", files.size(), corpus, model);
    try (InProcessFreshet freshet = InProcessFreshet.start(run.resolve("freshet"), List.of(
        "--freshet.embedding.model=" + model,
        "--freshet.sources.demo.enabled=false",
        "--freshet.sources.docs.type=files",
        "--freshet.sources.docs.directory=" + docs,
        "--freshet.sources.docs.glob=*.html",
        "--freshet.sources.docs.subject-prefix=docs"), null)) {
      long start = System.nanoTime();
      long deadline = start + Duration.ofHours(2).toNanos();
      while (freshet.count("select count(*) from document_state where status = 'INDEXED'") < files.size()
          || freshet.open() > 0) {
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException("the corpus was not indexed within 2 hours");
        }
        Bench.sleep(200);
      }
      double indexSeconds = (System.nanoTime() - start) / 1e9;
      long chunks = freshet.store.count();
      Bench.log("relevance: %s indexed %d chunks in %.0f s", model, chunks, indexSeconds);

      Section section = new Section("relevance." + model, "Relevance: " + model + " on PostgreSQL 15's documentation",
          "The " + files.size() + " HTML files of Debian's " + set.get("package").asString() + " indexed through a "
              + "files source (splitter structured:800:0), then " + questions.size() + " labelled questions asked by "
              + "document (group=document, k=10) in each mode, " + identifiers.size() + " exact identifiers whose "
              + "defining page must come first, and " + edits.size() + " sentences inserted mid-paragraph into pages, "
              + "each searched by its own words (hybrid, k=3) until found.");
      section.figure("model", model).figure("files", files.size()).figure("chunks", chunks)
          .figure("indexSeconds", Math.round(indexSeconds)).figure("chunksPerSecond", Math.round(chunks / indexSeconds));
      Map<String, Map<String, Double>> byMode = new LinkedHashMap<>();
      for (String mode : MODES) {
        Map<String, Double> scores = score(freshet, questions, mode);
        scores.put("identifiersFirst", score(freshet, identifiers, mode).get("hit@1"));
        byMode.put(mode, scores);
      }
      section.figure("byMode", byMode);
      Map<String, String> misses = new LinkedHashMap<>();
      for (Question identifier : identifiers) {
        List<String> top = documents(freshet, identifier.text(), "hybrid", 1);
        if (!top.equals(identifier.docs())) {
          misses.put(identifier.text(), top.isEmpty() ? "nothing" : top.get(0));
        }
      }
      section.figure("identifiersNotFirst", misses.isEmpty() ? "none" : misses);
      Map<String, Object> edited = edits(freshet, docs);
      section.figure("editedSentences", edited);

      double hybrid = byMode.get("hybrid").get("mrr@10");
      double bestSingle = Math.max(byMode.get("keyword").get("mrr@10"), byMode.get("vector").get("mrr@10"));
      section.target(Target.atLeast("relevance." + model + ".hybridGain", "hybrid MRR@10 minus the better single "
          + "retriever's", round(hybrid - bestSingle), "", 0.05));
      section.target(Target.atLeast("relevance." + model + ".editsFound", "inserted sentences found in the top 3",
          ((Number) edited.get("foundInTop3")).doubleValue(), "of " + edits.size(), edits.size()));
      section.target(Target.atLeast("relevance." + model + ".identifiersFirst", "exact identifiers whose page is first "
          + "(hybrid)", byMode.get("hybrid").get("identifiersFirst") * identifiers.size(), "of " + identifiers.size(),
          identifiers.size()));
      return section;
    }
  }

  /** hit@1, hit@5, MRR@10 and nDCG@10 of the questions in a mode, averaged. */
  private static Map<String, Double> score(InProcessFreshet freshet, List<Question> asked, String mode) {
    double hit1 = 0;
    double hit5 = 0;
    double mrr = 0;
    double ndcg = 0;
    for (Question question : asked) {
      List<String> ranked = documents(freshet, question.text(), mode, 10);
      double dcg = 0;
      boolean first = true;
      for (int i = 0; i < ranked.size(); i++) {
        if (question.docs().contains(ranked.get(i))) {
          dcg += 1 / log2(i + 2);
          if (first) {
            mrr += 1.0 / (i + 1);
            hit1 += i == 0 ? 1 : 0;
            hit5 += i < 5 ? 1 : 0;
            first = false;
          }
        }
      }
      double ideal = 0;
      for (int i = 0; i < Math.min(question.docs().size(), 10); i++) {
        ideal += 1 / log2(i + 2);
      }
      ndcg += dcg / ideal;
    }
    int n = asked.size();
    Map<String, Double> scores = new LinkedHashMap<>();
    scores.put("hit@1", round(hit1 / n));
    scores.put("hit@5", round(hit5 / n));
    scores.put("mrr@10", round(mrr / n));
    scores.put("ndcg@10", round(ndcg / n));
    return scores;
  }

  /**
   * Inserts each sentence after the first sentence of a long paragraph of its page, and searches for it by its own
   * words until its page is in the top 3 (at most 30 s); then the rank of the page in each mode.
   */
  private Map<String, Object> edits(InProcessFreshet freshet, Path docs) throws IOException {
    List<Double> millis = new ArrayList<>();
    Map<String, Object> ranks = new LinkedHashMap<>();
    int found = 0;
    for (Edit edit : edits) {
      Path file = docs.resolve(edit.doc());
      Document page = Jsoup.parse(Files.readString(file));
      if (!insert(page, edit.sentence())) {
        throw new IllegalStateException(edit.doc() + " has no paragraph of two sentences to insert into");
      }
      long start = System.nanoTime();
      Files.writeString(file, page.outerHtml());
      long deadline = start + Duration.ofSeconds(30).toNanos();
      boolean top3 = false;
      while (!top3 && System.nanoTime() < deadline) {
        top3 = documents(freshet, edit.sentence(), "hybrid", 3).contains(edit.doc());
        if (!top3) {
          Bench.sleep(10);
        }
      }
      if (top3) {
        found++;
        millis.add((System.nanoTime() - start) / 1e6);
      }
      Map<String, Object> byMode = new LinkedHashMap<>();
      for (String mode : MODES) {
        int rank = documents(freshet, edit.sentence(), mode, 100).indexOf(edit.doc());
        byMode.put(mode, rank < 0 ? "not in the top 100" : rank + 1);
      }
      ranks.put(edit.doc(), byMode);
    }
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("foundInTop3", found);
    result.put("writeToFoundMs", millis.isEmpty() ? "none found" : Distribution.of(millis));
    result.put("rankByMode", ranks);
    return result;
  }

  /** Adds the sentence after the first sentence of the page's first paragraph that has two or more. */
  private static boolean insert(Document page, String sentence) {
    for (Element paragraph : page.select("p")) {
      for (TextNode text : paragraph.textNodes()) {
        String words = text.getWholeText();
        int end = words.indexOf(". ");
        if (end > 40 && end < words.length() - 40) {
          text.text(words.substring(0, end + 2) + sentence + " " + words.substring(end + 2));
          return true;
        }
      }
    }
    return false;
  }

  /** The pages a search returns, best first (file names). */
  private static List<String> documents(InProcessFreshet freshet, String query, String mode, int k) {
    JsonNode hits = JSON.readTree(freshet.get("/api/search?group=document&k=" + k + "&mode=" + mode + "&q="
        + URLEncoder.encode(query, StandardCharsets.UTF_8)));
    return hits.valueStream().map(h -> h.get("subject").asString()).filter(s -> s.startsWith(PREFIX))
        .map(s -> s.substring(PREFIX.length())).toList();
  }

  /** The corpus's directory: installed from Debian's package when missing (as root), or named in the error. */
  private Path corpus() throws IOException, InterruptedException {
    String configured = System.getProperty("bench.corpus", "");
    return Corpora.install(set.get("package").asString(),
        Path.of(configured.isBlank() ? set.get("directory").asString() : configured), "bench.corpus");
  }

  private static List<Path> copy(Path from, Path to) throws IOException {
    Files.createDirectories(to);
    List<Path> copied = new ArrayList<>();
    try (Stream<Path> files = Files.list(from)) {
      for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".html")).sorted().toList()) {
        copied.add(Files.copy(file, to.resolve(file.getFileName())));
      }
    }
    return copied;
  }

  private static double log2(double x) {
    return Math.log(x) / Math.log(2);
  }

  private static double round(double x) {
    return Math.round(x * 1000) / 1000.0;
  }
}
