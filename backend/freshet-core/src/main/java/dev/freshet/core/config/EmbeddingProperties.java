package dev.freshet.core.config;

import dev.freshet.api.error.ConfigurationException;
import dev.freshet.core.embedding.Embedder;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The embedding model.
 *
 * @param model id of the model: {@code all-minilm-l6-v2-q} (in-process, quantized, the default) or
 *     {@code all-minilm-l6-v2} (in-process, full precision). When the application defines its own
 *     langchain4j {@code EmbeddingModel} bean, that bean is used and this is the id recorded for it.
 *     Changing the model builds a new index generation in the background (see docs/architecture.md).
 * @param pricePerMillionTokens the model's price per million input tokens, to estimate the cost of a
 *     rebuild before it starts; unset for free (in-process) models
 * @param concurrency calls to the model at once; unset: twice the number of processors for the in-process
 *     models (one call does not keep every core busy: on 2 cores, 2 calls at once embedded 102 texts/s, 4
 *     151 and 8 156, while 16 only contend), no limit for others (a remote model serves many calls at once).
 *     Deliveries beyond it wait for the model, not for each other.
 */
@ConfigurationProperties("freshet.embedding")
public record EmbeddingProperties(@DefaultValue("all-minilm-l6-v2-q") String model,
    @Nullable Double pricePerMillionTokens, @Nullable Integer concurrency) {

  public EmbeddingProperties {
    if (concurrency != null && concurrency < 1) {
      throw new ConfigurationException("freshet.embedding.concurrency",
          "must be 1 or more, was " + concurrency, "Set it to 1 or more, or leave it unset for the default");
    }
  }

  /** The limit on calls at once, 0 for none. */
  public int effectiveConcurrency() {
    if (concurrency != null) {
      return concurrency;
    }
    boolean inProcess = Embedder.isBuiltIn(model);
    return inProcess ? 2 * Runtime.getRuntime().availableProcessors() : 0;
  }
}
