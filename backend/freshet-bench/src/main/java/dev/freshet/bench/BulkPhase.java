package dev.freshet.bench;

import dev.freshet.api.store.StoredChunk;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Bulk: a snapshot of {@code bulkDocuments} rows that were in the source before Freshet started (its source
 * streams with {@code snapshot-mode: no_data}), requested through the REST API while Freshet is warm and
 * idle. End-to-end chunks/s is the chunks that arrived in the index divided by the time from the request to
 * the last arrival; the raw rate is the same model embedding the same chunk texts (read back from the index)
 * directly, in batches, in the same run. The ratio of the two is the figure.
 */
final class BulkPhase {

  private static final int RAW_BATCH = 64;
  private static final int RAW_THREADS = 2 * Runtime.getRuntime().availableProcessors();

  private final Lab lab;

  BulkPhase(Lab lab) {
    this.lab = lab;
  }

  /** Writes the rows before Freshet starts: 1 to 3 paragraphs each, so 1 to 3 chunks. */
  static void prepare(SourceDb source, Scale scale, Texts texts) {
    List<String> titles = new ArrayList<>();
    List<String> bodies = new ArrayList<>();
    for (int i = 1; i <= scale.bulkDocuments(); i++) {
      titles.add("Bulk document " + i);
      List<String> paragraphs = new ArrayList<>();
      for (int p = texts.between(1, 3); p > 0; p--) {
        paragraphs.add(texts.paragraph(450, 700));
      }
      bodies.add(String.join("\n\n", paragraphs));
    }
    source.insert("bulk_articles", 1, titles, bodies);
  }

  /**
   * How long the index must stay unchanged before the event log is asked whether the snapshot is done. Asking it
   * every poll cost the state database 8-18 ms a time (15% of a core) during the run it measures; the time of
   * the last arrival is taken from the index polls, so the wait does not enter the figure.
   */
  private static final long QUIET = Duration.ofSeconds(1).toNanos();

  Section run() {
    InProcessFreshet freshet = lab.freshet();
    warmUp();
    long before = freshet.store.count();
    long mark = freshet.lastSeq();
    CountingModel.Counts modelBefore = lab.model().counts();
    long start = System.nanoTime();
    freshet.post("/api/sources/demo/snapshots?collection=bulk");
    long lastChange = start;
    long seen = before;
    long deadline = start + Duration.ofMinutes(30).toNanos();
    while (true) {
      Bench.sleep(100);
      long now = System.nanoTime();
      long count = freshet.store.count();
      if (count != seen) {
        seen = count;
        lastChange = now;
      }
      if (now - lastChange < QUIET && now < deadline) {
        continue; // still arriving: the event log is asked only once the index is quiet (the query is not free)
      }
      long indexed = freshet.count("select count(distinct subject) from event_log where seq > ? and type = "
          + "'document.indexed' and subject like 'kb:public.bulk_articles:%'", mark);
      if (indexed >= lab.scale().bulkDocuments() && freshet.open() == 0 && freshet.store.count() == seen) {
        break;
      }
      if (now > deadline) {
        throw new IllegalStateException("the bulk snapshot did not finish in 30 minutes: " + indexed + " of "
            + lab.scale().bulkDocuments() + " documents indexed");
      }
    }
    CountingModel.Counts model = lab.model().counts().minus(modelBefore);
    double seconds = (lastChange - start) / 1e9;
    long chunks = seen - before;

    List<String> texts = chunkTexts();
    if (texts.size() != chunks) {
      throw new IllegalStateException("the index grew by " + chunks + " chunks but holds " + texts.size()
          + " for the bulk documents");
    }
    double batchedSeconds = embedDirectly(lab.model().real(), texts);
    double concurrentSeconds = embedConcurrently(lab.model().real(), texts);
    double rawSeconds = Math.min(batchedSeconds, concurrentSeconds);
    double endToEnd = chunks / seconds;
    double raw = texts.size() / rawSeconds;
    Bench.log("bulk: %d documents, %d chunks in %.1f s end to end (%.0f chunks/s); raw model %.0f chunks/s",
        lab.scale().bulkDocuments(), chunks, seconds, endToEnd, raw);
    return new Section("bulk", "Bulk: snapshot of " + lab.scale().bulkDocuments() + " documents",
        "A snapshot of rows already in the source (1 to 3 paragraphs of 450-700 characters each), requested with "
            + "POST /api/sources/demo/snapshots while Freshet is idle. End to end: chunks that arrived in the index "
            + "(its document count, polled every 100 ms) divided by the time from the request to the last arrival. "
            + "Raw: the same model embedding the same chunk texts (read back from the index) directly after the "
            + "snapshot, the faster of two ways: " + RAW_BATCH + " texts per embedAll call (langchain4j spreads a "
            + "call over its threads), and one text per call from " + RAW_THREADS + " threads at once.")
        .figure("documents", lab.scale().bulkDocuments())
        .figure("chunks", chunks)
        .figure("endToEndSeconds", Numbers.round(seconds, 2))
        .figure("endToEndChunksPerSecond", Numbers.round(endToEnd, 1))
        .figure("rawBatchedChunksPerSecond", Numbers.round(texts.size() / batchedSeconds, 1))
        .figure("rawConcurrentChunksPerSecond", Numbers.round(texts.size() / concurrentSeconds, 1))
        .figure("rawChunksPerSecond", Numbers.round(raw, 1))
        .figure("ratio", Numbers.round(endToEnd / raw, 3))
        .figure("textsEmbeddedByFreshet", model.texts())
        .figure("modelBusySecondsInFreshet", Numbers.round(model.nanos() / 1e9, 2))
        .target(Target.atLeast("bulk.ratio", "bulk snapshot: end-to-end chunks/s ÷ raw model chunks/s",
            Numbers.round(endToEnd / raw, 3), "", 0.9));
  }

  /** A few changes through the whole pipeline, so the model and the code paths are warm before timing. */
  private void warmUp() {
    List<String> titles = new ArrayList<>();
    List<String> bodies = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      titles.add("Warm-up " + i);
      bodies.add(lab.texts().paragraph(500, 700));
    }
    lab.source().insert("articles", 900_001, titles, bodies);
    lab.freshet().awaitIdle(Duration.ofMillis(500), Duration.ofMinutes(5));
    embedDirectly(lab.model().real(), bodies);
  }

  private List<String> chunkTexts() {
    List<String> texts = new ArrayList<>();
    for (String subject : lab.freshet().store.subjects()) {
      if (subject.startsWith("kb:public.bulk_articles:")) {
        lab.freshet().store.chunksOf(subject).stream().map(StoredChunk::text).forEach(texts::add);
      }
    }
    return texts;
  }

  /** Seconds the model takes to embed {@code texts}, one per call, from {@link #RAW_THREADS} threads at once. */
  static double embedConcurrently(EmbeddingModel model, List<String> texts) {
    long start = System.nanoTime();
    try (var pool = java.util.concurrent.Executors.newFixedThreadPool(RAW_THREADS)) {
      for (String text : texts) {
        pool.execute(() -> model.embed(text));
      }
    }
    return (System.nanoTime() - start) / 1e9;
  }

  /** Seconds the model takes to embed {@code texts} called directly, in batches. */
  static double embedDirectly(EmbeddingModel model, List<String> texts) {
    long start = System.nanoTime();
    for (int i = 0; i < texts.size(); i += RAW_BATCH) {
      model.embedAll(texts.subList(i, Math.min(i + RAW_BATCH, texts.size())).stream().map(TextSegment::from).toList());
    }
    return (System.nanoTime() - start) / 1e9;
  }
}
