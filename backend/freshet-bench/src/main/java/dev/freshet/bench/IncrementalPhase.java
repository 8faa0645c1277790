package dev.freshet.bench;

import dev.freshet.api.store.StoredChunk;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Incremental efficiency: embeddings computed for (a) an update of a column that is not indexed, (b) a
 * one-paragraph edit of a 50-chunk document and (c) a rename that touches N documents — Freshet (counted at
 * the model's edge), a naive indexer that re-embeds every chunk of a changed document (counted from the
 * index and timed by embedding those chunks), and Debezium's FieldToEmbedding transform running on the same
 * changes through its own engine (counted at its model's edge, timed commit → embedded).
 */
final class IncrementalPhase {

  private static final long HANDBOOK = 500_001;
  private static final long FIRST_GUIDE = 600_001;
  private static final int PARAGRAPHS = 50;

  private final Lab lab;
  private final List<String> paragraphs = new ArrayList<>();

  IncrementalPhase(Lab lab) {
    this.lab = lab;
  }

  /** What one kind of change cost each indexer, summed over its repetitions. */
  private static final class Tally {
    final List<Long> freshet = new ArrayList<>();
    final List<Long> fieldToEmbedding = new ArrayList<>();
    final List<Long> naive = new ArrayList<>();
    long freshetTokens;
    long fieldToEmbeddingTokens;
    long naiveTokens;
    final List<Double> freshetMs = new ArrayList<>();
    final List<Double> fieldToEmbeddingMs = new ArrayList<>();
    final List<Double> naiveModelMs = new ArrayList<>();

    Map<String, Object> describe() {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("changes", freshet.size());
      m.put("freshetEmbeddingsPerChange", freshet);
      m.put("naiveEmbeddingsPerChange", naive);
      m.put("fieldToEmbeddingCallsPerChange", fieldToEmbedding);
      m.put("freshetTokens", freshetTokens);
      m.put("naiveTokens", naiveTokens);
      m.put("fieldToEmbeddingTokens", fieldToEmbeddingTokens);
      if (!freshetMs.isEmpty()) {
        m.put("freshetCommitToSearchableMs", Distribution.of(freshetMs));
      }
      if (!fieldToEmbeddingMs.isEmpty()) {
        m.put("fieldToEmbeddingCommitToEmbeddedMs", Distribution.of(fieldToEmbeddingMs));
      }
      if (!naiveModelMs.isEmpty()) {
        m.put("naiveModelMs", Distribution.of(naiveModelMs));
      }
      return m;
    }
  }

  Section run() throws Exception {
    createDocuments();
    CountingModel fteModel = new CountingModel(lab.model().real());
    BenchModelFactory.use(fteModel);
    CountingModel naiveModel = new CountingModel(lab.model().real());
    Tally nonText = new Tally();
    Tally edit = new Tally();
    Tally rename = new Tally();
    long documentsRenamed;
    long otherDocumentsIndexed;
    try (PeerEngine fte = PeerEngine.fieldToEmbedding(lab.source(), "bench_fte");
        SearchProbe probe = new SearchProbe(lab.freshet().store, TimeUnit.MILLISECONDS.toNanos(1))) {
      for (int i = 0; i < lab.scale().edits(); i++) {
        change(nonText, fte, fteModel, naiveModel, probe, null, 1,
            "update articles set views = views + 1 where id = " + HANDBOOK, List.of(HANDBOOK));
        int p = 3 + i * 4 % (PARAGRAPHS - 3);
        String token = "bt" + (System.nanoTime() & 0xffffffffL) + "z";
        paragraphs.set(p, lab.texts().paragraph(600, 690) + " " + token);
        change(edit, fte, fteModel, naiveModel, probe, token, 1, "update articles set body = '"
            + String.join("\n\n", paragraphs).replace("'", "''") + "' where id = " + HANDBOOK, List.of(HANDBOOK));
      }
      long mark = lab.freshet().lastSeq();
      List<Long> guides = new ArrayList<>();
      for (int i = 0; i < lab.scale().renamed(); i++) {
        guides.add(FIRST_GUIDE + i);
      }
      change(rename, fte, fteModel, naiveModel, probe, null, guides.size(),
          "update articles set title = replace(title, 'Orion', 'Vega') where id between " + FIRST_GUIDE + " and "
              + (FIRST_GUIDE + guides.size() - 1), guides);
      List<String> indexed = lab.freshet().state.queryForList("select distinct subject from event_log where seq > ? "
          + "and type = 'document.indexed'", String.class, mark);
      List<String> renamedSubjects = guides.stream().map(Lab::article).toList();
      documentsRenamed = indexed.stream().filter(renamedSubjects::contains).count();
      otherDocumentsIndexed = indexed.size() - documentsRenamed;
    }
    long editMax = edit.freshet.stream().mapToLong(Long::longValue).max().orElseThrow();
    long nonTextMax = nonText.freshet.stream().mapToLong(Long::longValue).max().orElseThrow();
    Bench.log("incremental: non-text %s, edit %s, rename %s (%d documents re-indexed)", nonText.freshet,
        edit.freshet, rename.freshet, documentsRenamed);
    return new Section("incremental", "Incremental efficiency",
        "A " + PARAGRAPHS + "-chunk document (paragraphs of 600-720 characters, one chunk each) and "
            + lab.scale().renamed() + " documents of three paragraphs whose titles contain 'Orion'. (a) views = views"
            + " + 1 on the big document, (b) one paragraph of it replaced, each " + lab.scale().edits()
            + " times; (c) one UPDATE renaming 'Orion' to 'Vega' in every title. Freshet: texts its model embedded "
            + "between the commit and the end of its work (document.indexed, or the delivery skipped). Naive: every "
            + "chunk of each changed document, as the index holds it after the change, embedded directly (what a "
            + "whole-document re-embed computes). FieldToEmbedding: Debezium's transform (debezium-ai-embeddings "
            + "3.3.0.Final) on its own slot, embedding articles.body with the same model; calls counted at its "
            + "model, latency from the commit until the record with its embedding reached the handler.")
        .figure("nonTextUpdate", nonText.describe())
        .figure("paragraphEdit", edit.describe())
        .figure("rename", rename.describe())
        .figure("documentsReindexedByRename", documentsRenamed)
        .figure("otherDocumentsReindexedDuringRename", otherDocumentsIndexed)
        .target(Target.exactly("incremental.nonText", "embeddings for a non-text column update (most in one change)",
            nonTextMax, "", 0))
        .target(Target.atMost("incremental.edit", "embeddings for a one-paragraph edit of a 50-chunk document "
            + "(most in one change)", editMax, "", 2))
        .target(Target.exactly("incremental.rename", "documents re-indexed by a rename touching "
            + lab.scale().renamed(), documentsRenamed + otherDocumentsIndexed, "", lab.scale().renamed()));
  }

  private void change(Tally tally, PeerEngine fte, CountingModel fteModel, CountingModel naiveModel, SearchProbe probe,
      String token, int records, String sql, List<Long> documents) throws Exception {
    lab.freshet().awaitIdle(Duration.ofMillis(300), Duration.ofMinutes(2));
    long mark = lab.freshet().lastSeq();
    CountingModel.Counts freshetBefore = lab.model().counts();
    CountingModel.Counts fteBefore = fteModel.counts();
    long fteRecords = fte.records();
    var searchable = token == null ? null : probe.await(Lab.article(documents.getFirst()), token);
    var embedded = token == null ? null : fte.arrival(token);
    lab.source().execute(sql);
    long committed = System.nanoTime();
    // Freshet is done when every changed document has its event and no delivery is open
    long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
    while (lab.freshet().count("select count(distinct subject) from event_log where seq > ? and type = "
        + "'document.changed'", mark) < documents.size() || fte.records() < fteRecords + records) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("the change was not captured within 2 minutes: " + sql);
      }
      Bench.sleep(20);
    }
    if (searchable != null) {
      tally.freshetMs.add(Numbers.millis(searchable.get(60, TimeUnit.SECONDS).nanos() - committed));
      tally.fieldToEmbeddingMs.add(Numbers.millis(embedded.get(60, TimeUnit.SECONDS).nanos() - committed));
    }
    lab.freshet().awaitIdle(Duration.ofMillis(300), Duration.ofMinutes(2));
    CountingModel.Counts freshet = lab.model().counts().minus(freshetBefore);
    CountingModel.Counts peer = fteModel.counts().minus(fteBefore);
    tally.freshet.add(freshet.texts());
    tally.freshetTokens += freshet.tokens();
    tally.fieldToEmbedding.add(peer.calls());
    tally.fieldToEmbeddingTokens += peer.tokens();

    List<String> naiveTexts = new ArrayList<>();
    for (long id : documents) {
      lab.freshet().store.chunksOf(Lab.article(id)).stream().map(StoredChunk::text).forEach(naiveTexts::add);
    }
    CountingModel.Counts naiveBefore = naiveModel.counts();
    long start = System.nanoTime();
    BulkPhase.embedDirectly(naiveModel, naiveTexts);
    tally.naiveModelMs.add(Numbers.millis(System.nanoTime() - start));
    tally.naive.add((long) naiveTexts.size());
    tally.naiveTokens += naiveModel.counts().minus(naiveBefore).tokens();
  }

  private void createDocuments() {
    for (int i = 0; i < PARAGRAPHS; i++) {
      paragraphs.add(lab.texts().paragraph(600, 700));
    }
    lab.source().insert("articles", HANDBOOK, List.of("Operations handbook"), List.of(String.join("\n\n", paragraphs)));
    List<String> titles = new ArrayList<>();
    List<String> bodies = new ArrayList<>();
    for (int i = 0; i < lab.scale().renamed(); i++) {
      titles.add("Orion guide " + (i + 1));
      bodies.add(String.join("\n\n", lab.texts().paragraph(500, 700), lab.texts().paragraph(500, 700),
          lab.texts().paragraph(500, 700)));
    }
    lab.source().insert("articles", FIRST_GUIDE, titles, bodies);
    lab.freshet().awaitIdle(Duration.ofMillis(500), Duration.ofMinutes(5));
    int chunks = lab.freshet().store.chunksOf(Lab.article(HANDBOOK)).size();
    if (chunks != PARAGRAPHS) {
      throw new IllegalStateException("the handbook should have " + PARAGRAPHS + " chunks, the index has " + chunks);
    }
  }
}
