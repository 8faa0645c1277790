package dev.freshet.connector.postgres;

import dev.freshet.api.event.ChangeEvent;
import dev.freshet.api.event.EventType;
import dev.freshet.api.event.Operation;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.apache.kafka.connect.data.Field;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.source.SourceRecord;
import org.jspecify.annotations.Nullable;

/**
 * Turns Debezium change records into events: a row change into {@code document.changed}, a TRUNCATE into
 * {@code collection.truncated}. Ids and correlation ids are derived from the record's origin (LSN,
 * transaction, subject, operation), so a record re-sent after a restart maps to the same event and the
 * event log keeps one copy.
 *
 * <p>When an update carries the old row (tables with {@code REPLICA IDENTITY FULL}), the event says
 * which columns changed ({@code changedColumns}) and whether any text or metadata column is among them
 * ({@code textChanged}, {@code metadataChanged}), so the indexer can skip changes to unmapped columns.
 * An unchanged TOASTed value arrives as Debezium's placeholder and counts as unchanged; the indexer
 * never embeds values from events anyway, it re-reads the row.
 */
final class RecordMapper {

  /** Debezium's default {@code unavailable.value.placeholder}. */
  static final String UNAVAILABLE = "__debezium_unavailable_value";

  private final String sourceId;
  private final Subjects subjects;
  private final Map<String, Collection> byTable = new LinkedHashMap<>();

  RecordMapper(String sourceId, Subjects subjects) {
    this.sourceId = sourceId;
    this.subjects = subjects;
    subjects.collections().forEach(c -> byTable.put(c.qualifiedTable(), c));
  }

  /** The event for a record, or empty for records that are not changes of a mapped table. */
  Optional<ChangeEvent> map(SourceRecord record) {
    if (!(record.value() instanceof Struct value) || value.schema().field("op") == null) {
      return Optional.empty(); // heartbeats, tombstones, transaction markers
    }
    String op = value.getString("op");
    Struct source = value.getStruct("source");
    Collection collection = byTable.get(source.getString("schema") + "." + source.getString("table"));
    if (collection == null) {
      return Optional.empty();
    }
    if (op.equals("t")) {
      return Optional.of(event(source, EventType.COLLECTION_TRUNCATED, subjects.of(collection), Operation.DELETE,
          base(collection)));
    }
    Operation operation = switch (op) {
      case "c" -> Operation.CREATE;
      case "u" -> Operation.UPDATE;
      case "d" -> Operation.DELETE;
      case "r" -> Operation.SNAPSHOT;
      default -> null; // "m" (logical decoding message) is not a row change
    };
    if (operation == null) {
      return Optional.empty();
    }
    Struct row = operation == Operation.DELETE ? value.getStruct("before") : value.getStruct("after");
    Struct key = record.key() instanceof Struct k ? k : null;
    List<String> keyValues = new ArrayList<>();
    for (String column : collection.keyColumns()) {
      keyValues.add(String.valueOf(valueOf(column, key, row)));
    }
    Map<String, @Nullable Object> data = base(collection);
    Map<String, String> keyMap = new LinkedHashMap<>();
    for (int i = 0; i < keyValues.size(); i++) {
      keyMap.put(collection.keyColumns().get(i), keyValues.get(i));
    }
    data.put("key", keyMap);
    if (operation == Operation.SNAPSHOT) {
      data.put("snapshot", true);
    }
    Struct before = value.getStruct("before");
    if (operation == Operation.UPDATE && before != null && row != null) {
      List<String> changed = changedColumns(before, row);
      data.put("changedColumns", changed);
      data.put("textChanged", changed.stream().anyMatch(collection.textColumns()::contains));
      data.put("metadataChanged", changed.stream().anyMatch(c -> collection.metadataColumns().contains(c)
          || collection.keyColumns().contains(c)));
    }
    return Optional.of(event(source, EventType.DOCUMENT_CHANGED, subjects.of(collection, keyValues), operation, data));
  }

  private ChangeEvent event(Struct source, EventType type, String subject, Operation operation,
      Map<String, @Nullable Object> data) {
    long lsn = source.getInt64("lsn") == null ? 0 : source.getInt64("lsn");
    Long txId = source.getInt64("txId");
    String position = "lsn " + formatLsn(lsn) + (txId == null ? "" : " tx " + txId);
    // Correlation ids travel in URL paths (/api/traces/{id}), so the LSN is written as a number here.
    String correlationId = "pg:" + sourceId + ":tx" + (txId == null ? "-" : txId) + ":lsn" + lsn;
    String id = UUID.nameUUIDFromBytes((sourceId + "|" + lsn + "|" + txId + "|" + subject + "|" + operation)
        .getBytes(StandardCharsets.UTF_8)).toString();
    Instant time = Instant.ofEpochMilli(source.getInt64("ts_ms"));
    return new ChangeEvent(id, sourceId, type.name(), type.version(), subject, operation, time, correlationId, null,
        position, data);
  }

  private static Map<String, @Nullable Object> base(Collection collection) {
    Map<String, @Nullable Object> data = new LinkedHashMap<>();
    data.put("collection", collection.name());
    data.put("table", collection.qualifiedTable());
    return data;
  }

  private static List<String> changedColumns(Struct before, Struct after) {
    List<String> changed = new ArrayList<>();
    for (Field field : after.schema().fields()) {
      Object now = after.get(field);
      if (isUnavailable(now) || before.schema().field(field.name()) == null) {
        continue;
      }
      if (!Objects.deepEquals(now, before.get(field.name()))) {
        changed.add(field.name());
      }
    }
    return changed;
  }

  private static boolean isUnavailable(@Nullable Object value) {
    return UNAVAILABLE.equals(value)
        || value instanceof byte[] bytes && Arrays.equals(bytes, UNAVAILABLE.getBytes(StandardCharsets.UTF_8))
        || value instanceof List<?> list && list.size() == 1 && UNAVAILABLE.equals(list.get(0));
  }

  private static @Nullable Object valueOf(String column, @Nullable Struct key, @Nullable Struct row) {
    for (Struct struct : new Struct[] {key, row}) {
      if (struct != null) {
        Field field = struct.schema().field(column);
        if (field != null && struct.get(field) != null) {
          return struct.get(field);
        }
      }
    }
    throw new IllegalStateException("key column '" + column + "' is missing from the change record; make it the "
        + "primary key or set REPLICA IDENTITY FULL on the table");
  }

  /** An LSN as PostgreSQL prints it, e.g. {@code 0/16B3748}. */
  static String formatLsn(long lsn) {
    return Long.toHexString(lsn >>> 32).toUpperCase() + "/" + Long.toHexString(lsn & 0xFFFFFFFFL).toUpperCase();
  }
}
