package dev.freshet.core.config;

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
 */
@ConfigurationProperties("freshet.embedding")
public record EmbeddingProperties(@DefaultValue("all-minilm-l6-v2-q") String model,
    @Nullable Double pricePerMillionTokens) {}
