package dev.freshet.core.index;

import dev.freshet.api.source.SourceConnector;
import dev.freshet.api.source.SourceDocument;
import dev.freshet.api.store.StoredChunk;
import dev.freshet.api.store.VectorStore;
import dev.freshet.core.embedding.EmbeddingCache;
import dev.freshet.core.source.SourceRegistry;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Compares the live index with what a from-scratch rebuild of the same sources would produce, and reports
 * every difference. For every document a source lists, every document the watermarks call indexed and every
 * subject the index holds, it reads the document from its source as the indexing agent would, splits it with
 * the active generation's splitter and derives the chunk ids (subject, position, text hash), texts and
 * metadata a rebuild would write; then it compares them with the chunks in the index, and each chunk's vector
 * with the one the embedding cache holds for its text.
 *
 * <p>Safe on a live deployment: it only reads. It holds each document's indexing lock while it compares that
 * document, so it never sees one half-written, and a difference on a document whose change is still queued
 * (an open delivery) is counted as in flight, not as drift. One audit runs at a time.
 */
public class DriftAudit {

  private static final Logger log = LoggerFactory.getLogger(DriftAudit.class);
  private static final int MAX_REPORTED = 1_000;

  /** What kind of difference. */
  public enum Kind {
    /** The source has the document (with text), the index has no chunk of it. */
    MISSING,
    /** The index has chunks of a document its source no longer has, or of no configured source. */
    EXTRA,
    /** The chunks' ids or texts differ from what a rebuild would write (an old version, a gap, a duplicate). */
    STALE,
    /** Same chunks, different metadata. */
    METADATA,
    /** A chunk's vector is not the one its text was embedded to (or has the wrong dimension). */
    VECTOR
  }

  /**
   * One difference.
   *
   * @param source the source id, or null for chunks no configured source claims
   * @param subject the document
   * @param kind what differs
   * @param detail the difference in words
   */
  public record Difference(@Nullable String source, String subject, Kind kind, String detail) {}

  /**
   * The audit's result.
   *
   * @param generation the audited (active) generation's store, e.g. {@code g1}
   * @param documents documents compared
   * @param chunks chunks in the index among them
   * @param inFlight documents that differed while a change of theirs was still queued (not drift)
   * @param differences every difference found (the first {@value #MAX_REPORTED})
   * @param differenceCount how many there were in all
   * @param notes what the audit could not check, e.g. a source that cannot list its documents
   */
  public record Report(Instant startedAt, Instant finishedAt, String generation, long documents, long chunks,
      long inFlight, List<Difference> differences, long differenceCount, List<String> notes) {

    public boolean clean() {
      return differenceCount == 0;
    }
  }

  private final IndexGenerations generations;
  private final SourceRegistry sources;
  private final DocumentStates states;
  private final EmbeddingCache cache;
  private final SubjectLocks locks;
  private final JdbcTemplate jdbc;
  private final AtomicBoolean running = new AtomicBoolean();

  DriftAudit(IndexGenerations generations, SourceRegistry sources, DocumentStates states, EmbeddingCache cache,
      SubjectLocks locks, JdbcTemplate jdbc) {
    this.generations = generations;
    this.sources = sources;
    this.states = states;
    this.cache = cache;
    this.locks = locks;
    this.jdbc = jdbc;
  }

  /**
   * Runs the audit and returns its report.
   *
   * @throws IllegalStateException when an audit is running already
   */
  public Report run() {
    if (!running.compareAndSet(false, true)) {
      throw new IllegalStateException("a drift audit is running already");
    }
    try {
      return audit();
    } finally {
      running.set(false);
    }
  }

  private Report audit() {
    Instant started = Instant.now();
    LiveGeneration active = generations.active();
    VectorStore store = active.store();
    List<String> notes = new ArrayList<>();
    Tally tally = new Tally();
    // each source's documents: those it lists, and those the watermarks call indexed
    Map<String, Set<String>> bySource = new LinkedHashMap<>();
    for (SourceConnector source : sources.all()) {
      Set<String> subjects = new TreeSet<>();
      try {
        Optional<List<String>> listed = source.subjects();
        listed.ifPresent(subjects::addAll);
        if (listed.isEmpty()) {
          notes.add("source " + source.sourceId() + " cannot list its documents: only the documents the index "
              + "knows were compared, so a document that never arrived would not show");
        }
      } catch (RuntimeException e) {
        notes.add("source " + source.sourceId() + " could not list its documents (" + e.getMessage()
            + "): only the documents the index knows were compared");
      }
      subjects.addAll(states.indexedSubjects(source.sourceId(), ""));
      bySource.put(source.sourceId(), subjects);
    }
    // and the subjects in the index that neither names, claimed by the source their chunks name
    Set<String> known = new java.util.HashSet<>();
    bySource.values().forEach(known::addAll);
    Map<String, @Nullable String> unclaimed = new LinkedHashMap<>(); // subject -> the source its chunks name
    for (String subject : store.subjects()) {
      if (!known.contains(subject)) {
        String named = sourceOfChunks(store, subject);
        Set<String> claimed = bySource.get(named);
        if (claimed != null) {
          claimed.add(subject);
        } else {
          unclaimed.put(subject, named);
        }
      }
    }
    for (SourceConnector source : sources.all()) {
      for (String subject : bySource.get(source.sourceId())) {
        compare(source, subject, active, tally, notes);
      }
    }
    unclaimed.forEach((subject, named) -> {
      List<StoredChunk> chunks = store.chunksOf(subject);
      if (!chunks.isEmpty()) {
        tally.documents++;
        tally.chunks += chunks.size();
        tally.add(new Difference(named, subject, Kind.EXTRA,
            chunks.size() + " chunk(s) of a document no configured source has"));
      }
    });
    Report report = new Report(started, Instant.now(), active.generation().storeName(), tally.documents,
        tally.chunks, tally.inFlight, List.copyOf(tally.reported), tally.count, List.copyOf(notes));
    log.info("Drift audit of {}: {} documents, {} chunks, {} difference(s), {} in flight, in {} ms",
        report.generation(), report.documents(), report.chunks(), report.differenceCount(), report.inFlight(),
        report.finishedAt().toEpochMilli() - started.toEpochMilli());
    return report;
  }

  private static @Nullable String sourceOfChunks(VectorStore store, String subject) {
    return store.chunksOf(subject).stream().map(c -> c.metadata().get("source")).filter(Objects::nonNull)
        .findFirst().orElse(null);
  }

  private void compare(SourceConnector source, String subject, LiveGeneration active, Tally tally, List<String> notes) {
    List<Difference> found = locks.with(subject, () -> {
      Optional<SourceDocument> document;
      try {
        document = source.load(subject);
      } catch (RuntimeException e) {
        notes.add(subject + " could not be read from source " + source.sourceId() + ": " + e.getMessage());
        return List.of();
      }
      List<StoredChunk> actual = active.store().chunksOf(subject);
      tally.documents++;
      tally.chunks += actual.size();
      return differences(source.sourceId(), subject, document.orElse(null), actual, active);
    });
    if (found.isEmpty()) {
      return;
    }
    String queued = queuedChange(subject);
    if (queued != null) {
      tally.inFlight++;
      return;
    }
    found.forEach(tally::add);
  }

  /** What a rebuild would write for the document, against what the index holds. */
  private List<Difference> differences(String source, String subject, @Nullable SourceDocument document,
      List<StoredChunk> actual, LiveGeneration active) {
    List<Chunker.Chunk> chunks = document == null ? List.of() : active.chunker().split(document);
    List<String> texts = chunks.stream().map(Chunker.Chunk::text).toList();
    if (document == null && !actual.isEmpty()) {
      return List.of(new Difference(source, subject, Kind.EXTRA, actual.size()
          + " chunk(s) of a document the source no longer has" + deadLetterNote(subject)));
    }
    if (!texts.isEmpty() && actual.isEmpty()) {
      return List.of(new Difference(source, subject, Kind.MISSING, "a rebuild writes " + texts.size()
          + " chunk(s); the index has none" + deadLetterNote(subject)));
    }
    List<String> hashes = texts.stream().map(ChunkIds::sha256).toList();
    List<String> expectedIds = new ArrayList<>(texts.size());
    for (int i = 0; i < texts.size(); i++) {
      expectedIds.add(ChunkIds.ofHash(subject, i, hashes.get(i)));
    }
    List<String> actualIds = actual.stream().map(StoredChunk::id).toList();
    if (!expectedIds.equals(actualIds)) {
      int at = 0;
      while (at < Math.min(expectedIds.size(), actualIds.size()) && expectedIds.get(at).equals(actualIds.get(at))) {
        at++;
      }
      String where = at < actual.size() ? "chunk " + at + " in the index reads \"" + abbreviate(actual.get(at).text())
          + "\"" : "the index ends at chunk " + at;
      String rebuild = at < texts.size() ? ", a rebuild writes \"" + abbreviate(texts.get(at)) + "\"" : "";
      return List.of(new Difference(source, subject, Kind.STALE, "the index holds " + actual.size()
          + " chunk(s), a rebuild writes " + texts.size() + "; " + where + rebuild + deadLetterNote(subject)));
    }
    if (document == null || actual.isEmpty()) {
      return List.of(); // gone from both, or a document with no text and no chunks
    }
    List<Difference> differences = new ArrayList<>();
    Map<String, String> documentMetadata = IndexingAgent.metadataOf(document, source);
    Set<String> wrongKeys = new LinkedHashSet<>();
    StoredChunk firstWrong = null;
    Map<String, String> firstExpected = Map.of();
    for (StoredChunk chunk : actual) {
      Map<String, String> metadata = chunks.get(chunk.index()).metadata(documentMetadata); // the ids matched
      if (!chunk.metadata().equals(metadata)) {
        Set<String> keys = new TreeSet<>(metadata.keySet());
        keys.addAll(chunk.metadata().keySet());
        keys.stream().filter(k -> !Objects.equals(metadata.get(k), chunk.metadata().get(k))).forEach(wrongKeys::add);
        if (firstWrong == null) {
          firstWrong = chunk;
          firstExpected = metadata;
        }
      }
    }
    if (firstWrong != null) {
      StoredChunk wrong = firstWrong;
      Map<String, String> expected = firstExpected;
      differences.add(new Difference(source, subject, Kind.METADATA, "differs in " + wrongKeys.stream()
          .map(k -> k + " (index: " + wrong.metadata().get(k) + ", rebuild: " + expected.get(k) + ")")
          .collect(Collectors.joining(", "))));
    }
    // the ids matched, so chunk i holds texts[i]: its vector must be the one cached for that text's hash
    Map<String, float[]> embedded = cache.find(active.embedder().modelId(), active.chunker().settingsId(), hashes);
    for (StoredChunk chunk : actual) {
      float[] expected = embedded.get(hashes.get(chunk.index()));
      if (expected != null && !Arrays.equals(expected, chunk.vector())) {
        differences.add(new Difference(source, subject, Kind.VECTOR, "chunk " + chunk.index()
            + "'s vector is not the embedding of its text" + (expected.length != chunk.vector().length
                ? " (dimension " + chunk.vector().length + ", the model's is " + expected.length + ")" : "")));
        break;
      }
    }
    return differences;
  }

  /** The change of the document (or of its whole collection) still queued, if any. */
  private @Nullable String queuedChange(String subject) {
    List<String> queued = jdbc.queryForList("""
        select e.id from delivery d join event_log e on e.seq = d.event_seq
        where d.status in ('PENDING', 'RUNNING') and (e.subject = ? or starts_with(?, e.subject || ':'))
        limit 1""", String.class, subject, subject);
    return queued.isEmpty() ? null : queued.get(0);
  }

  private String deadLetterNote(String subject) {
    List<Long> letters = jdbc.queryForList("""
        select l.id from dead_letter l join event_log e on e.seq = l.event_seq
        where l.status = 'OPEN' and e.subject = ? order by l.id desc limit 1""", Long.class, subject);
    return letters.isEmpty() ? "" : " (dead letter " + letters.get(0) + " holds a change of it)";
  }

  private static String abbreviate(String text) {
    String flat = text.replace('\n', ' ');
    return flat.length() <= 60 ? flat : flat.substring(0, 60) + "…";
  }

  /** Counts while the audit runs. */
  private static final class Tally {
    long documents;
    long chunks;
    long inFlight;
    long count;
    final List<Difference> reported = new ArrayList<>();

    void add(Difference difference) {
      count++;
      if (reported.size() < MAX_REPORTED) {
        reported.add(difference);
      }
    }
  }
}
