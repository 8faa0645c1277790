package dev.freshet.connector.postgres;

import dev.freshet.api.event.ChangeEvent;
import dev.freshet.api.event.EventType;
import dev.freshet.api.event.Operation;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.apache.kafka.connect.data.Field;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.source.SourceRecord;
import org.jspecify.annotations.Nullable;

/**
 * Turns Debezium change records into {@code document.changed} events. Ids and correlation ids are
 * derived from the record's origin (LSN, transaction, subject, operation), so a record re-sent after a
 * restart maps to the same event and the event log keeps one copy.
 */
final class RecordMapper {

  private final String sourceId;
  private final Subjects subjects;
  private final Map<String, Collection> byTable = new LinkedHashMap<>();

  RecordMapper(String sourceId, Subjects subjects) {
    this.sourceId = sourceId;
    this.subjects = subjects;
    subjects.collections().forEach(c -> byTable.put(c.qualifiedTable(), c));
  }

  /** The event for a record, or empty for records that are not row changes of a mapped table. */
  Optional<ChangeEvent> map(SourceRecord record) {
    if (!(record.value() instanceof Struct value) || value.schema().field("op") == null) {
      return Optional.empty(); // heartbeats, tombstones, transaction markers
    }
    Operation operation = switch (value.getString("op")) {
      case "c" -> Operation.CREATE;
      case "u" -> Operation.UPDATE;
      case "d" -> Operation.DELETE;
      case "r" -> Operation.SNAPSHOT;
      default -> null; // "t" (truncate) and "m" (message) are not row changes
    };
    Struct source = value.getStruct("source");
    Collection collection = byTable.get(source.getString("schema") + "." + source.getString("table"));
    if (operation == null || collection == null) {
      return Optional.empty();
    }
    Struct row = operation == Operation.DELETE ? value.getStruct("before") : value.getStruct("after");
    Struct key = record.key() instanceof Struct k ? k : null;
    List<String> keyValues = new ArrayList<>();
    for (String column : collection.keyColumns()) {
      keyValues.add(String.valueOf(valueOf(column, key, row)));
    }
    String subject = subjects.of(collection, keyValues);
    long lsn = source.getInt64("lsn") == null ? 0 : source.getInt64("lsn");
    Long txId = source.getInt64("txId");
    String position = "lsn " + formatLsn(lsn) + (txId == null ? "" : " tx " + txId);
    // Correlation ids travel in URL paths (/api/traces/{id}), so the LSN is written as a number here.
    String correlationId = "pg:" + sourceId + ":tx" + (txId == null ? "-" : txId) + ":lsn" + lsn;
    String id = UUID.nameUUIDFromBytes((sourceId + "|" + lsn + "|" + txId + "|" + subject + "|" + operation)
        .getBytes(StandardCharsets.UTF_8)).toString();
    Map<String, @Nullable Object> data = new LinkedHashMap<>();
    data.put("collection", collection.name());
    data.put("table", collection.qualifiedTable());
    Map<String, String> keyMap = new LinkedHashMap<>();
    for (int i = 0; i < keyValues.size(); i++) {
      keyMap.put(collection.keyColumns().get(i), keyValues.get(i));
    }
    data.put("key", keyMap);
    if (operation == Operation.SNAPSHOT) {
      data.put("snapshot", true);
    }
    Instant time = Instant.ofEpochMilli(source.getInt64("ts_ms"));
    return Optional.of(new ChangeEvent(id, sourceId, EventType.DOCUMENT_CHANGED.name(),
        EventType.DOCUMENT_CHANGED.version(), subject, operation, time, correlationId, null, position, data));
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
