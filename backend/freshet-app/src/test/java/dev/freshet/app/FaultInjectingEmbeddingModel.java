package dev.freshet.app;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.output.Response;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The real in-process model, with faults injected at its edge: a text containing {@link #POISON} (or a
 * marker given to {@link #reject}) is rejected, a text containing {@link #FLAKY} fails on its first two
 * attempts, {@link #outage} fails every call, {@link #slowDown} delays every call. Counts the texts it
 * embeds.
 */
class FaultInjectingEmbeddingModel implements EmbeddingModel {

  static final String POISON = "POISON-PILL";
  static final String FLAKY = "FLAKY-MODEL";

  private final EmbeddingModel real;
  private final AtomicInteger embedded = new AtomicInteger();
  private final List<String> texts = new java.util.concurrent.CopyOnWriteArrayList<>();
  private final ConcurrentHashMap<String, AtomicInteger> flakyFailures = new ConcurrentHashMap<>();
  private final java.util.Set<String> rejected = ConcurrentHashMap.newKeySet();
  private volatile boolean outage;
  private volatile long delayMillis;

  FaultInjectingEmbeddingModel(EmbeddingModel real) {
    this.real = real;
  }

  @Override
  public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
    if (outage) {
      throw new IllegalStateException("connection refused: the model server is down");
    }
    if (delayMillis > 0) {
      try {
        Thread.sleep(delayMillis);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted", e);
      }
    }
    for (TextSegment segment : segments) {
      if (segment.text().contains(POISON) || rejected.stream().anyMatch(segment.text()::contains)) {
        throw new IllegalArgumentException("the model rejects this text");
      }
      if (segment.text().contains(FLAKY)
          && flakyFailures.computeIfAbsent(segment.text(), t -> new AtomicInteger()).incrementAndGet() <= 2) {
        throw new IllegalStateException("the model is temporarily unavailable");
      }
    }
    embedded.addAndGet(segments.size());
    segments.forEach(s -> texts.add(s.text()));
    return real.embedAll(segments);
  }

  @Override
  public int dimension() {
    return real.dimension();
  }

  /** Every call fails while on, as when a model server is down. */
  void outage(boolean on) {
    outage = on;
  }

  /** Every call takes {@code millis} longer. */
  void slowDown(long millis) {
    delayMillis = millis;
  }

  /** Texts containing {@code marker} are rejected until {@link #accept}. */
  void reject(String marker) {
    rejected.add(marker);
  }

  void accept(String marker) {
    rejected.remove(marker);
  }

  int embeddedTexts() {
    return embedded.get();
  }

  /** How many texts containing {@code marker} the model has embedded. */
  long embeddedContaining(String marker) {
    return texts.stream().filter(t -> t.contains(marker)).count();
  }
}
