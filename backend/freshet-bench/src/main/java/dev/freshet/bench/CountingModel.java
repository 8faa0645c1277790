package dev.freshet.bench;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.output.Response;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * An embedding model's edge, counted: every call that reaches the real model, the texts and the tokens it
 * embedded (as the model reports them) and the time it took. The counts are the harness's ground truth for
 * "embeddings computed", independent of Freshet's own metrics. Thread-safe.
 */
final class CountingModel implements EmbeddingModel {

  /** Totals at one moment; subtract two to get what happened in between. */
  record Counts(long calls, long texts, long tokens, long nanos) {
    Counts minus(Counts earlier) {
      return new Counts(calls - earlier.calls, texts - earlier.texts, tokens - earlier.tokens, nanos - earlier.nanos);
    }
  }

  private final EmbeddingModel real;
  private final AtomicLong calls = new AtomicLong();
  private final AtomicLong texts = new AtomicLong();
  private final AtomicLong tokens = new AtomicLong();
  private final AtomicLong nanos = new AtomicLong();

  CountingModel(EmbeddingModel real) {
    this.real = real;
  }

  @Override
  public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
    long start = System.nanoTime();
    Response<List<Embedding>> response = real.embedAll(segments);
    nanos.addAndGet(System.nanoTime() - start);
    calls.incrementAndGet();
    texts.addAndGet(segments.size());
    if (response.tokenUsage() != null && response.tokenUsage().inputTokenCount() != null) {
      tokens.addAndGet(response.tokenUsage().inputTokenCount());
    }
    return response;
  }

  @Override
  public int dimension() {
    return real.dimension();
  }

  Counts counts() {
    return new Counts(calls.get(), texts.get(), tokens.get(), nanos.get());
  }

  EmbeddingModel real() {
    return real;
  }
}
