package dev.freshet.bench;

import dev.langchain4j.model.embedding.EmbeddingModel;
import io.debezium.ai.embeddings.EmbeddingsModelFactory;
import io.debezium.config.Configuration;
import io.debezium.config.Field;

/**
 * Gives Debezium's FieldToEmbedding transform the harness's model through the transform's provider
 * interface (found with {@link java.util.ServiceLoader}): the same in-process MiniLM Freshet uses, counted
 * separately. Debezium's own MiniLM provider module does not resolve from Maven Central, and would load a
 * second copy of the model besides.
 */
public final class BenchModelFactory implements EmbeddingsModelFactory {

  private static volatile EmbeddingModel model;

  /** The model the transform gets; set before an engine with the transform starts. */
  static void use(EmbeddingModel embeddingModel) {
    model = embeddingModel;
  }

  @Override
  public Field.Set getConfigFields() {
    return Field.setOf();
  }

  @Override
  public void configure(Configuration config) {
    // nothing to configure: the harness hands the model over directly
  }

  @Override
  public void validateConfiguration() {
    if (model == null) {
      throw new IllegalStateException("the harness did not hand a model to Debezium's FieldToEmbedding");
    }
  }

  @Override
  public EmbeddingModel getModel() {
    validateConfiguration();
    return model;
  }
}
