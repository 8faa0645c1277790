package dev.freshet.core.embedding;

import dev.freshet.api.error.ConfigurationException;
import dev.freshet.api.error.RetryableException;
import dev.freshet.core.metrics.FreshetMetrics;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.time.Duration;
import java.util.List;

/**
 * The embedding model with its stable id, counting what it computes. Wraps any langchain4j {@link
 * EmbeddingModel}; the built-in ones are the in-process all-MiniLM-L6-v2 models. Thread-safe.
 */
public class Embedder {

  /** The quantized in-process model: the default. */
  public static final String MINILM_QUANTIZED = "all-minilm-l6-v2-q";
  /** The full-precision in-process model. */
  public static final String MINILM = "all-minilm-l6-v2";

  private final EmbeddingModel model;
  private final String modelId;
  private final FreshetMetrics metrics;

  public Embedder(EmbeddingModel model, String modelId, FreshetMetrics metrics) {
    this.model = model;
    this.modelId = modelId;
    this.metrics = metrics;
  }

  /** Loads a built-in model by id; a start-up error names the property when the id is unknown. */
  public static EmbeddingModel builtIn(String modelId) {
    return switch (modelId) {
      case MINILM_QUANTIZED -> new AllMiniLmL6V2QuantizedEmbeddingModel();
      case MINILM -> new AllMiniLmL6V2EmbeddingModel();
      default -> throw new ConfigurationException("freshet.embedding.model", "unknown model '" + modelId + "'",
          "Use " + MINILM_QUANTIZED + " (default) or " + MINILM
              + ", or define your own langchain4j EmbeddingModel bean and name it with freshet.embedding.model");
    };
  }

  /** The model's stable id, recorded with every chunk's embedding. */
  public String modelId() {
    return modelId;
  }

  public int dimension() {
    return model.dimension();
  }

  /** Embeds the texts in one call, in order. Blocking (CPU-bound for in-process models). */
  public List<float[]> embed(List<String> texts) {
    if (texts.isEmpty()) {
      return List.of();
    }
    long start = System.nanoTime();
    List<Embedding> embeddings;
    try {
      embeddings = model.embedAll(texts.stream().map(TextSegment::from).toList()).content();
    } catch (RuntimeException e) {
      throw new RetryableException("embedding model " + modelId + " failed: " + e.getMessage(), e);
    }
    metrics.embedded(texts.size(), Duration.ofNanos(System.nanoTime() - start));
    return embeddings.stream().map(Embedding::vector).toList();
  }

  /** Embeds a search query. */
  public float[] embedQuery(String query) {
    return embed(List.of(query)).getFirst();
  }
}
