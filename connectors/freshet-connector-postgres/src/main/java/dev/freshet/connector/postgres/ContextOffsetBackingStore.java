package dev.freshet.connector.postgres;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.freshet.api.event.ChangeEvent;
import dev.freshet.api.source.SourceContext;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import org.apache.kafka.connect.runtime.WorkerConfig;
import org.apache.kafka.connect.storage.MemoryOffsetBackingStore;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps Debezium's offsets in the platform's position store ({@link SourceContext#commitPosition}), i.e.
 * the state database, instead of a file. Kafka Connect instantiates offset stores by class name, so
 * the running connector registers itself under a key passed in the engine configuration
 * ({@value #CONTEXT_KEY}) and this store looks it up.
 *
 * <p>The position is readable JSON: Debezium's offsets as [partition, offset] pairs, and the fingerprint
 * of each collection's mapping as of those offsets, so a changed mapping is noticed at the next start.
 * Debezium commits offsets only for records already marked processed, and the connector marks a record
 * processed only after the sink accepted its batch: the stored position never runs ahead of the log.
 */
public final class ContextOffsetBackingStore extends MemoryOffsetBackingStore {

  static final String CONTEXT_KEY = "freshet.context.key";
  private static final Logger log = LoggerFactory.getLogger(ContextOffsetBackingStore.class);
  private static final Map<String, Registration> REGISTRATIONS = new ConcurrentHashMap<>();
  private static final ObjectMapper JSON = new ObjectMapper();

  /** What the connector shares with its offset store. */
  static final class Registration {
    final SourceContext context;
    /** The collection fingerprints the stored position was written with; empty on a first start. */
    volatile Map<String, String> storedCollections = Map.of();
    /** Whether a position was stored before this start. */
    volatile boolean resumed;
    /** The fingerprints to store with the next offsets: the stored ones until their snapshots are signalled. */
    volatile Map<String, String> collectionsToSave = Map.of();
    /**
     * A re-check of every indexed document still owed (after a lost slot or an interrupted snapshot); kept in the
     * position until it is appended, which happens once the snapshot it waits for has finished.
     */
    volatile @Nullable Recheck recheck;
    /** The re-check's events, given the LSN of the position that finished the snapshot. */
    final BiFunction<Recheck, Long, List<ChangeEvent>> recheckEvents;

    Registration(SourceContext context, BiFunction<Recheck, Long, List<ChangeEvent>> recheckEvents) {
      this.context = context;
      this.recheckEvents = recheckEvents;
    }
  }

  /**
   * The stored position's JSON shape.
   *
   * @param recheck a re-check owed after a lost slot (see {@link SlotLoss}); null when none is
   */
  record Position(List<List<@Nullable String>> offsets, Map<String, String> collections, @Nullable Recheck recheck) {}

  /**
   * A re-check of every indexed document against the source, owed when a snapshot re-reads the tables while the
   * index may hold documents deleted since they were read (a snapshot emits only the rows it finds, never the
   * ones gone): after a lost slot, or when a start finds the initial snapshot unfinished.
   *
   * @param reason why, in words for an operator
   * @param lastLsn the last LSN known indexed (0 when none is); with the finishing position's LSN it keys the
   *     re-check's event ids
   */
  record Recheck(String reason, long lastLsn) {}

  private @Nullable Registration registration;

  static void register(String key, Registration registration) {
    REGISTRATIONS.put(key, registration);
  }

  static void unregister(String key) {
    REGISTRATIONS.remove(key);
  }

  @Override
  public void configure(WorkerConfig config) {
    super.configure(config);
    Object key = config.originals().get(CONTEXT_KEY);
    registration = key == null ? null : REGISTRATIONS.get(key.toString());
    if (registration == null) {
      throw new IllegalStateException("no Freshet source registered under " + key);
    }
  }

  @Override
  public synchronized void start() {
    super.start();
    registration.context.committedPosition().ifPresent(stored -> {
      Position position = decode(stored);
      for (List<String> pair : position.offsets()) {
        data.put(bytes(pair.get(0)), pair.get(1) == null ? null : bytes(pair.get(1)));
      }
      registration.resumed = true;
      registration.storedCollections = position.collections();
      registration.collectionsToSave = position.collections();
      if (position.recheck() != null) {
        registration.recheck = position.recheck();
      }
    });
  }

  /**
   * Stores the offsets Debezium committed. When a re-check is owed and these offsets are the first past the
   * snapshot it waited for, the re-check is appended first: its reads of the source come after the snapshot's
   * position, so a row deleted before then is found gone, and one deleted after is in the stream. If appending
   * fails, so does this save, and the next one tries again.
   */
  @Override
  protected void save() {
    Recheck owed = registration.recheck;
    if (owed != null && !data.isEmpty() && !snapshotUnfinished(offsetsOf(data))) {
      try {
        registration.context.sink().accept(registration.recheckEvents.apply(owed, lsnOf(offsetsOf(data)).orElse(0)));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while appending the re-check; it stays owed", e);
      }
      registration.recheck = null;
      log.info("Source {}: every indexed document is re-checked against the source: {}",
          registration.context.sourceId(), owed.reason());
    }
    List<List<@Nullable String>> pairs = new ArrayList<>();
    data.forEach((k, v) -> pairs.add(Arrays.asList(text(k), v == null ? null : text(v))));
    try {
      registration.context.commitPosition(JSON.writeValueAsString(
          new Position(pairs, new LinkedHashMap<>(registration.collectionsToSave), registration.recheck)));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise Debezium offsets", e);
    }
  }

  @Override
  public Set<Map<String, Object>> connectorPartitions(String connectorName) {
    return Set.of(); // only used by Kafka Connect's REST API, which the embedded engine does not run
  }

  /**
   * The stored position without Debezium's offsets (so the engine starts with a snapshot), fingerprints kept,
   * and the re-check owed once the new slot exists.
   */
  static String withoutOffsets(String stored, Recheck recheck) {
    try {
      return JSON.writeValueAsString(new Position(List.of(), decode(stored).collections(), recheck));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise a position", e);
    }
  }

  /**
   * Whether a stored position shows a snapshot that Debezium has not finished (it then reads the tables again at
   * the next start): offsets with a {@code snapshot} type and without {@code snapshot_completed}.
   */
  static boolean snapshotUnfinished(String stored) {
    return snapshotUnfinished(decode(stored).offsets().stream().map(pair -> pair.get(1)).toList());
  }

  /** Whether a stored position holds Debezium offsets at all (none before the first flush, or after a lost slot). */
  static boolean hasOffsets(String stored) {
    return !decode(stored).offsets().isEmpty();
  }

  /** The LSN in a stored position's Debezium offsets, if they have one. */
  static OptionalLong lsnOf(String stored) {
    return lsnOf(decode(stored).offsets().stream().map(pair -> pair.get(1)).toList());
  }

  private static List<@Nullable String> offsetsOf(Map<ByteBuffer, ByteBuffer> data) {
    return data.values().stream().map(v -> v == null ? null : text(v)).toList();
  }

  private static boolean snapshotUnfinished(List<@Nullable String> offsets) {
    for (String offset : offsets) {
      JsonNode node = offset == null ? null : readTree(offset);
      if (node != null && node.hasNonNull("snapshot") && !"false".equalsIgnoreCase(node.get("snapshot").asText())
          && !node.path("snapshot_completed").asBoolean(false)) {
        return true;
      }
    }
    return false;
  }

  private static OptionalLong lsnOf(List<@Nullable String> offsets) {
    for (String offset : offsets) {
      JsonNode lsn = offset == null ? null : readTree(offset).get("lsn");
      if (lsn != null && lsn.canConvertToLong()) {
        return OptionalLong.of(lsn.asLong());
      }
    }
    return OptionalLong.empty();
  }

  private static JsonNode readTree(String json) {
    try {
      return JSON.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Debezium offsets are not JSON: " + e.getMessage(), e);
    }
  }

  private static Position decode(String position) {
    try {
      return JSON.readValue(position, Position.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("the stored position is not Freshet's Debezium position: " + e.getMessage(), e);
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
