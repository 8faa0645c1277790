package dev.freshet.app;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.output.Response;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The real in-process model, with faults injected at its edge: a text containing {@link #POISON} is
 * always rejected, and a text containing {@link #FLAKY} fails on its first two attempts. Counts the
 * texts it embeds.
 */
class FaultInjectingEmbeddingModel implements EmbeddingModel {

  static final String POISON = "POISON-PILL";
  static final String FLAKY = "FLAKY-MODEL";

  private final EmbeddingModel real;
  private final AtomicInteger embedded = new AtomicInteger();
  private final List<String> texts = new java.util.concurrent.CopyOnWriteArrayList<>();
  private final ConcurrentHashMap<String, AtomicInteger> flakyFailures = new ConcurrentHashMap<>();

  FaultInjectingEmbeddingModel(EmbeddingModel real) {
    this.real = real;
  }

  @Override
  public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
    for (TextSegment segment : segments) {
      if (segment.text().contains(POISON)) {
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

  int embeddedTexts() {
    return embedded.get();
  }

  /** How many texts containing {@code marker} the model has embedded. */
  long embeddedContaining(String marker) {
    return texts.stream().filter(t -> t.contains(marker)).count();
  }
}
