package dev.freshet.connector.postgres;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.freshet.api.source.SourceContext;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.connect.runtime.WorkerConfig;
import org.apache.kafka.connect.storage.MemoryOffsetBackingStore;
import org.jspecify.annotations.Nullable;

/**
 * Keeps Debezium's offsets in the platform's position store ({@link SourceContext#commitPosition}), i.e.
 * the state database, instead of a file. Kafka Connect instantiates offset stores by class name, so
 * the running connector registers its context under a key passed in the engine configuration
 * ({@value #CONTEXT_KEY}) and this store looks it up. The position is readable JSON: a list of
 * [partition, offset] pairs as Debezium serialises them.
 *
 * <p>Debezium commits offsets only for records already marked processed, and the connector marks a
 * record processed only after the sink accepted its batch: the stored position never runs ahead of
 * the event log.
 */
public final class ContextOffsetBackingStore extends MemoryOffsetBackingStore {

  static final String CONTEXT_KEY = "freshet.context.key";
  private static final Map<String, SourceContext> CONTEXTS = new ConcurrentHashMap<>();
  private static final ObjectMapper JSON = new ObjectMapper();

  private @Nullable SourceContext context;

  static void register(String key, SourceContext context) {
    CONTEXTS.put(key, context);
  }

  static void unregister(String key) {
    CONTEXTS.remove(key);
  }

  @Override
  public void configure(WorkerConfig config) {
    super.configure(config);
    Object key = config.originals().get(CONTEXT_KEY);
    context = key == null ? null : CONTEXTS.get(key.toString());
    if (context == null) {
      throw new IllegalStateException("no Freshet source context registered under " + key);
    }
  }

  @Override
  public synchronized void start() {
    super.start();
    context.committedPosition().ifPresent(position -> {
      for (List<String> pair : decode(position)) {
        data.put(bytes(pair.get(0)), pair.get(1) == null ? null : bytes(pair.get(1)));
      }
    });
  }

  @Override
  protected void save() {
    List<List<@Nullable String>> pairs = new ArrayList<>();
    data.forEach((k, v) -> pairs.add(java.util.Arrays.asList(text(k), v == null ? null : text(v))));
    try {
      context.commitPosition(JSON.writeValueAsString(pairs));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise Debezium offsets", e);
    }
  }

  @Override
  public Set<Map<String, Object>> connectorPartitions(String connectorName) {
    return Set.of(); // only used by Kafka Connect's REST API, which the embedded engine does not run
  }

  private static List<List<String>> decode(String position) {
    try {
      return JSON.readValue(position, new TypeReference<>() {});
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("the stored position is not Debezium offsets: " + e.getMessage(), e);
    }
  }

  private static ByteBuffer bytes(String text) {
    return ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
  }

  private static String text(ByteBuffer buffer) {
    ByteBuffer copy = buffer.duplicate();
    byte[] raw = new byte[copy.remaining()];
    copy.get(raw);
    return new String(raw, StandardCharsets.UTF_8);
  }
}
