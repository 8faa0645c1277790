package dev.freshet.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.freshet.api.error.ConfigurationException;
import dev.freshet.core.embedding.Embedder;
import dev.freshet.core.metrics.FreshetMetrics;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;
import java.util.List;
import org.junit.jupiter.api.Test;

class EmbedderTest {

  @Test
  void everyBuiltInModelLoadsAndEmbedsInto384Dimensions() {
    for (String id : List.of(Embedder.MINILM_QUANTIZED, Embedder.MINILM, Embedder.BGE_SMALL_QUANTIZED)) {
      Embedder embedder = new Embedder(Embedder.builtIn(id), id, FreshetMetrics.noop());
      Embedder.Embeddings embeddings = embedder.embed(List.of("a replication slot", "a soup of the day"));
      assertThat(embeddings.vectors()).hasSize(2).allSatisfy(v -> assertThat(v).hasSize(384));
      assertThat(embeddings.tokens()).isPositive();
      assertThat(embedder.modelId()).isEqualTo(id);
    }
  }

  @Test
  void theBuiltInModelsEmbedAsLangchain4jsOwnClassesDo() {
    // the same files, tokenizer and pooling in a session that does not spin: the same vectors, so the
    // embedding cache and existing indexes stay valid
    List<String> texts = List.of("a replication slot", "Freshet re-embeds only the chunks a change touched.");
    assertThat(Embedder.builtIn(Embedder.MINILM_QUANTIZED).embedAll(segments(texts)).content())
        .zipSatisfy(new AllMiniLmL6V2QuantizedEmbeddingModel().embedAll(segments(texts)).content(),
            (ours, theirs) -> assertThat(ours.vector()).containsExactly(theirs.vector(), within(1e-6f)));
    assertThat(Embedder.builtIn(Embedder.MINILM).embedAll(segments(texts)).content())
        .zipSatisfy(new AllMiniLmL6V2EmbeddingModel().embedAll(segments(texts)).content(),
            (ours, theirs) -> assertThat(ours.vector()).containsExactly(theirs.vector(), within(1e-6f)));
    assertThat(Embedder.builtIn(Embedder.BGE_SMALL_QUANTIZED).embedAll(segments(texts)).content())
        .zipSatisfy(new BgeSmallEnV15QuantizedEmbeddingModel().embedAll(segments(texts)).content(),
            (ours, theirs) -> assertThat(ours.vector()).containsExactly(theirs.vector(), within(1e-6f)));
  }

  @Test
  void bgeEmbedsAQueryWithItsRetrievalInstructionAndAPassageWithout() {
    Embedder bge = new Embedder(Embedder.builtIn(Embedder.BGE_SMALL_QUANTIZED),
        Embedder.versionedId(Embedder.BGE_SMALL_QUANTIZED), FreshetMetrics.noop());
    String query = "how do I keep WAL for a slow replica";

    assertThat(bge.embedQuery(query)).containsExactly(bge.embed(List.of(Embedder.BGE_QUERY_INSTRUCTION + query))
        .vectors().get(0), within(1e-6f));
    Embedder minilm = new Embedder(Embedder.builtIn(Embedder.MINILM_QUANTIZED), Embedder.MINILM_QUANTIZED,
        FreshetMetrics.noop());
    assertThat(minilm.embedQuery(query)).containsExactly(minilm.embed(List.of(query)).vectors().get(0), within(1e-6f));
  }

  private static List<TextSegment> segments(List<String> texts) {
    return texts.stream().map(TextSegment::from).toList();
  }

  @Test
  void builtInModelsAreRecordedWithTheVersionOfTheJarThatShipsThem() {
    assertThat(Embedder.versionedId(Embedder.MINILM_QUANTIZED)).isEqualTo("all-minilm-l6-v2-q@1.20.0-beta30");
    assertThat(Embedder.versionedId(Embedder.BGE_SMALL_QUANTIZED)).isEqualTo("bge-small-en-v1.5-q@1.20.0-beta30");
    assertThat(Embedder.versionedId("openai:text-embedding-3-small")).isEqualTo("openai:text-embedding-3-small");
  }

  @Test
  void anUnknownModelFailsStartUpNamingThePropertyAndTheChoices() {
    assertThatThrownBy(() -> Embedder.builtIn("gpt-embedding-9"))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageStartingWith("freshet.embedding.model: unknown model 'gpt-embedding-9'")
        .hasMessageContaining("all-minilm-l6-v2-q").hasMessageContaining("EmbeddingModel bean");
  }
}
