package dev.freshet.core.embedding;

import dev.freshet.api.error.ConfigurationException;
import dev.freshet.api.error.RetryableException;
import dev.freshet.api.error.UnavailableException;
import dev.freshet.core.metrics.FreshetMetrics;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import dev.langchain4j.model.output.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;

/**
 * The embedding model with its stable id, counting what it computes. Wraps any langchain4j {@link
 * EmbeddingModel}; the built-in ones are the in-process all-MiniLM-L6-v2 models. Thread-safe.
 *
 * <p>When a call fails, the model is probed with a known-good text to tell an outage from an input the
 * model rejects: if the probe fails too, the model is down for everyone and the failure is an {@link
 * UnavailableException} (the dispatcher waits it out without counting attempts, so an outage makes no dead
 * letters); if the probe succeeds, the input is the problem and the failure counts towards the delivery's
 * attempts (a poison document ends as a dead letter). A failed probe is trusted for a second, so an
 * outage costs one probe a second, not one per failing delivery. A circuit breaker (failure rate) could
 * not make this distinction: one poison document retried alone is a 100% failure rate too.
 */
public class Embedder {

  /** The quantized in-process model: the default. */
  public static final String MINILM_QUANTIZED = "all-minilm-l6-v2-q";
  /** The full-precision in-process model. */
  public static final String MINILM = "all-minilm-l6-v2";
  /** BAAI's bge-small-en-v1.5, quantized, in process. */
  public static final String BGE_SMALL_QUANTIZED = "bge-small-en-v1.5-q";
  /**
   * What bge-small-en-v1.5 puts before a short query to find passages (its model card's instruction for retrieval);
   * passages are embedded as they are.
   */
  public static final String BGE_QUERY_INSTRUCTION = "Represent this sentence for searching relevant passages: ";
  private static final Map<String, String> ARTIFACTS = Map.of(MINILM_QUANTIZED, "all-minilm-l6-v2-q",
      MINILM, "all-minilm-l6-v2", BGE_SMALL_QUANTIZED, "bge-small-en-v15-q");

  /**
   * What one call computed.
   *
   * @param vectors one per text, in order
   * @param tokens input tokens the model reported, or null when it does not report them
   */
  public record Embeddings(List<float[]> vectors, @Nullable Integer tokens) {}

  /** The text of the probe: short, plain, embeddable by any model. */
  static final String PROBE_TEXT = "Freshet checks that the embedding model answers.";
  private static final long PROBE_VALID_NANOS = Duration.ofSeconds(1).toNanos();

  /** A failed probe: when it ran and why it failed. */
  private record Probe(long at, RuntimeException failure) {}

  private final EmbeddingModel model;
  private final String modelId;
  private final FreshetMetrics metrics;
  private final AtomicReference<@Nullable Probe> lastProbe = new AtomicReference<>();
  private final @Nullable Semaphore calls;

  /** A model without a limit on concurrent calls. */
  public Embedder(EmbeddingModel model, String modelId, FreshetMetrics metrics) {
    this(model, modelId, metrics, 0);
  }

  /**
   * @param concurrency calls to the model at once (0: no limit). An in-process model computes on this
   *     machine's cores: more calls at once than cores only share them out and slow every call down, while
   *     the deliveries waiting here hold no core.
   */
  public Embedder(EmbeddingModel model, String modelId, FreshetMetrics metrics, int concurrency) {
    this.model = model;
    this.modelId = modelId;
    this.metrics = metrics;
    this.calls = concurrency > 0 ? new Semaphore(concurrency, true) : null;
  }

  /** Loads a built-in model by id; a start-up error names the property when the id is unknown. */
  public static EmbeddingModel builtIn(String modelId) {
    return switch (modelId) {
      case MINILM_QUANTIZED -> InProcessModel.load("all-minilm-l6-v2-q.onnx", "all-minilm-l6-v2-q-tokenizer.json",
          PoolingMode.MEAN);
      case MINILM -> InProcessModel.load("all-minilm-l6-v2.onnx", "all-minilm-l6-v2-tokenizer.json",
          PoolingMode.MEAN);
      case BGE_SMALL_QUANTIZED -> InProcessModel.load("bge-small-en-v1.5-q.onnx", "bge-small-en-v1.5-q-tokenizer.json",
          PoolingMode.CLS); // as langchain4j's BgeSmallEnV15QuantizedEmbeddingModel pools
      default -> throw new ConfigurationException("freshet.embedding.model", "unknown model '" + modelId + "'",
          "Use " + MINILM_QUANTIZED + " (default), " + MINILM + " or " + BGE_SMALL_QUANTIZED
              + ", or define your own langchain4j EmbeddingModel bean and name it with freshet.embedding.model");
    };
  }

  /** Whether the id names a built-in model (without a version). */
  public static boolean isBuiltIn(String modelId) {
    return ARTIFACTS.containsKey(modelId);
  }

  /**
   * The id a built-in model is recorded under, with the version of the jar that ships it, e.g.
   * {@code all-minilm-l6-v2-q@1.20.0-beta30}; other ids are returned as configured.
   */
  public static String versionedId(String modelId) {
    if (!isBuiltIn(modelId)) {
      return modelId;
    }
    String resource = "/META-INF/maven/dev.langchain4j/langchain4j-embeddings-" + ARTIFACTS.get(modelId)
        + "/pom.properties";
    try (InputStream in = Embedder.class.getResourceAsStream(resource)) {
      if (in == null) {
        return modelId;
      }
      Properties properties = new Properties();
      properties.load(in);
      return modelId + "@" + properties.getProperty("version", "unknown");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The model's stable id (with its version for built-in models), the key of cached embeddings. */
  public String modelId() {
    return modelId;
  }

  public int dimension() {
    return model.dimension();
  }

  /** Embeds the texts in one call, in order. Blocking (CPU-bound for in-process models). */
  public Embeddings embed(List<String> texts) {
    if (texts.isEmpty()) {
      return new Embeddings(List.of(), 0);
    }
    long start = System.nanoTime();
    Response<List<Embedding>> response;
    try {
      response = call(texts);
    } catch (RuntimeException e) {
      RuntimeException outage = probe();
      if (outage != null) {
        throw new UnavailableException("embedding model " + modelId + " is unavailable: " + describe(outage), e);
      }
      throw new RetryableException("embedding model " + modelId + " failed on this input (it answers others): "
          + describe(e), e);
    }
    metrics.embedded(texts.size(), Duration.ofNanos(System.nanoTime() - start));
    Integer tokens = response.tokenUsage() == null ? null : response.tokenUsage().inputTokenCount();
    return new Embeddings(response.content().stream().map(Embedding::vector).toList(), tokens);
  }

  /** One call to the model, within the limit of calls at once. */
  private Response<List<Embedding>> call(List<String> texts) {
    if (calls == null) {
      return model.embedAll(texts.stream().map(TextSegment::from).toList());
    }
    calls.acquireUninterruptibly();
    try {
      return model.embedAll(texts.stream().map(TextSegment::from).toList());
    } finally {
      calls.release();
    }
  }

  /**
   * Whether the model embeds the probe text: null when it does, else its failure. Only a failed probe is
   * reused (for a second): a model that worked a moment ago may be down now, and taking a fresh failure for
   * the input's fault would count it against the document.
   */
  private @Nullable RuntimeException probe() {
    Probe last = lastProbe.get();
    if (last != null && System.nanoTime() - last.at() < PROBE_VALID_NANOS) {
      return last.failure();
    }
    try {
      model.embedAll(List.of(TextSegment.from(PROBE_TEXT)));
      return null;
    } catch (RuntimeException e) {
      lastProbe.set(new Probe(System.nanoTime(), e));
      return e;
    }
  }

  private static String describe(RuntimeException e) {
    return e.getMessage() == null ? e.toString() : e.getMessage();
  }

  /** Embeds a search query, with the instruction the model expects before one (bge's), if any. */
  public float[] embedQuery(String query) {
    String name = modelId.contains("@") ? modelId.substring(0, modelId.indexOf('@')) : modelId;
    return embed(List.of(name.equals(BGE_SMALL_QUANTIZED) ? BGE_QUERY_INSTRUCTION + query : query)).vectors().getFirst();
  }
}
