package dev.freshet.core.embedding;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A built-in all-MiniLM-L6-v2 model (langchain4j's jar: the same files, tokenizer and pooling as its own
 * {@code AllMiniLmL6V2*EmbeddingModel}) in an ONNX Runtime session whose threads sleep when they wait instead of
 * spinning. langchain4j's own classes open the session with ONNX Runtime's defaults, where each of the threads
 * that compute one text spins on a core while it waits for the others: free when the model is all the machine does,
 * but in Freshet the model shares the cores with the index, the state database and the capture, which the spinning
 * threads kept waiting. Thread-safe (one session, shared).
 */
final class InProcessModel extends AbstractInProcessEmbeddingModel {

  /** ONNX Runtime's session option (see its {@code onnxruntime_session_options_config_keys.h}). */
  private static final String ALLOW_SPINNING = "session.intra_op.allow_spinning";

  /** Loaded models by file, shared (as langchain4j's own classes share theirs): a session is large and stateless. */
  private static final Map<String, InProcessModel> LOADED = new ConcurrentHashMap<>();

  private final OnnxBertBiEncoder encoder;

  private InProcessModel(OnnxBertBiEncoder encoder) {
    super(null); // langchain4j's default: a call of several texts runs them on its pool, one thread per processor
    this.encoder = encoder;
  }

  /** The model and its tokenizer from the class path (langchain4j's model jar), loaded once per JVM. */
  static InProcessModel load(String model, String tokenizer, PoolingMode pooling) {
    return LOADED.computeIfAbsent(model, m -> read(m, tokenizer, pooling));
  }

  private static InProcessModel read(String model, String tokenizer, PoolingMode pooling) {
    ClassLoader loader = InProcessModel.class.getClassLoader();
    try (InputStream modelBytes = loader.getResourceAsStream(model);
        InputStream tokenizerJson = loader.getResourceAsStream(tokenizer);
        OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
      if (modelBytes == null || tokenizerJson == null) {
        throw new IllegalStateException(model + " or " + tokenizer + " is missing from the class path: "
            + "langchain4j's model jar is not on it");
      }
      OrtEnvironment environment = OrtEnvironment.getEnvironment();
      options.addConfigEntry(ALLOW_SPINNING, "0");
      OrtSession session = environment.createSession(modelBytes.readAllBytes(), options); // copies the options
      return new InProcessModel(new OnnxBertBiEncoder(environment, session, tokenizerJson, pooling));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + model + ": " + e.getMessage(), e);
    } catch (OrtException e) {
      throw new IllegalStateException("ONNX Runtime cannot open " + model + ": " + e.getMessage(), e);
    }
  }

  @Override
  protected OnnxBertBiEncoder model() {
    return encoder;
  }

  @Override
  protected Integer knownDimension() {
    return 384;
  }
}
