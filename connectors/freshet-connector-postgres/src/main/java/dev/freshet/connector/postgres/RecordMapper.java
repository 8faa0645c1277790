package dev.freshet.connector.postgres;

import dev.freshet.api.event.ChangeEvent;
import dev.freshet.api.event.EventType;
import dev.freshet.api.event.SecretNames;
import dev.freshet.api.event.Operation;
import dev.freshet.api.error.PermanentException;
import dev.freshet.api.source.SourceStatus;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.connect.data.Field;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.source.SourceRecord;
import org.jspecify.annotations.Nullable;

/**
 * Turns Debezium change records into events: a row change into {@code document.changed} for each document
 * it affects (one for a table collection; those a link's lookup query returns for a table that a query
 * collection reads), a TRUNCATE into {@code collection.truncated}. Ids and correlation ids are derived from the record's origin (LSN,
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
  /** The longest old or new value an update event shows of a changed column. */
  static final int MAX_CHANGE_CHARS = 2000;

  /** Runs a link's lookup query for a changed row; returns the affected documents' key values. */
  @FunctionalInterface
  interface KeyLookup {
    List<List<String>> keys(TableLink.Lookup lookup, Map<String, @Nullable Object> row);
  }

  /** A collection fed by a captured table, and how. */
  private record Feed(Collection collection, TableLink link) {}

  private final String sourceId;
  private final Subjects subjects;
  private final KeyLookup lookup;
  private final Map<String, List<Feed>> byTable = new LinkedHashMap<>();
  /** Each captured table's columns as the last record showed them. */
  private final Map<String, String> seenSchemas = new ConcurrentHashMap<>();
  /** What each captured table's columns break in the mapping, while they do. */
  private final Map<String, List<String>> problems = new ConcurrentHashMap<>();

  RecordMapper(String sourceId, Subjects subjects, KeyLookup lookup) {
    this.sourceId = sourceId;
    this.subjects = subjects;
    this.lookup = lookup;
    for (Collection c : subjects.collections()) {
      c.links().forEach((table, link) -> byTable.computeIfAbsent(table, t -> new ArrayList<>()).add(new Feed(c, link)));
    }
  }

  /** The captured tables, {@code schema.table}. */
  Set<String> tables() {
    return byTable.keySet();
  }

  /** The events for a record: none for records that are not changes of a captured table. */
  List<ChangeEvent> map(SourceRecord record) {
    if (!(record.value() instanceof Struct value) || value.schema().field("op") == null) {
      return List.of(); // heartbeats, tombstones, transaction markers
    }
    String op = value.getString("op");
    Struct source = value.getStruct("source");
    String table = source.getString("schema") + "." + source.getString("table");
    List<ChangeEvent> events = new ArrayList<>();
    if (!op.equals("t") && byTable.containsKey(table) && value.schema().field("after") != null) {
      ChangeEvent schemaChange = schemaChange(record, value, source, table);
      if (schemaChange != null) {
        events.add(schemaChange);
      }
    }
    for (Feed feed : byTable.getOrDefault(table, List.of())) {
      if (op.equals("t")) {
        events.add(event(source, EventType.COLLECTION_TRUNCATED, subjects.of(feed.collection()), Operation.DELETE,
            base(feed.collection(), table)));
      } else {
        events.addAll(rowChange(record, value, source, op, table, feed));
      }
    }
    return events;
  }

  /** Mapping problems by captured table: mapped columns its current columns no longer have. */
  Map<String, List<String>> problems() {
    return Map.copyOf(problems);
  }

  /**
   * Refuses to read a document whose collection reads a table that no longer has the mapped columns: a document is
   * never indexed with the text of columns that are gone, and fails loudly until the mapping is fixed.
   *
   * @throws PermanentException naming the problem and the fix
   */
  void requireMapped(Optional<Subjects.Row> row) {
    if (row.isEmpty()) {
      return;
    }
    for (String table : row.get().collection().links().keySet()) {
      List<String> broken = problems.get(table);
      if (broken != null) {
        throw new PermanentException("the document cannot be read as mapped: " + String.join("; ", broken)
            + ". Fix freshet.sources." + sourceId + ".collections." + row.get().collection().name()
            + " or the table, then retry the dead letters");
      }
    }
  }

  /** A running connector's status, FAILED while the mapping does not fit its tables, with the problems in details. */
  SourceStatus withProblems(SourceStatus current) {
    Map<String, List<String>> broken = problems();
    if (broken.isEmpty()) {
      return current;
    }
    Map<String, Object> details = new LinkedHashMap<>(current.details());
    details.put("mappingProblems", broken);
    if (current.state() != SourceStatus.State.RUNNING) {
      return new SourceStatus(current.state(), current.message(), details);
    }
    return new SourceStatus(SourceStatus.State.FAILED, "the mapping no longer fits the source's tables: "
        + String.join("; ", broken.values().stream().flatMap(List::stream).toList()), details);
  }

  /**
   * A {@code source.schema-changed} when the record shows the table's columns (from the relation message
   * Debezium decoded) differently from the last record of that table, or for the table's first record since
   * start; checks the mapping against them. Its correlation id is the change's that revealed it.
   */
  private @Nullable ChangeEvent schemaChange(SourceRecord record, Struct value, Struct source, String table) {
    Schema row = value.schema().field("after").schema();
    List<Map<String, @Nullable Object>> columns = new ArrayList<>();
    for (Field field : row.fields()) {
      Map<String, @Nullable Object> column = new LinkedHashMap<>();
      column.put("name", field.name());
      column.put("type", field.schema().name() != null ? field.schema().name() : field.schema().type().getName());
      column.put("optional", field.schema().isOptional());
      columns.add(column);
    }
    List<String> keyColumns = record.keySchema() == null ? List.of()
        : record.keySchema().fields().stream().map(Field::name).toList();
    String fingerprint = columns + "|" + keyColumns;
    if (fingerprint.equals(seenSchemas.put(table, fingerprint))) {
      return null;
    }
    Set<String> names = new HashSet<>();
    row.fields().forEach(f -> names.add(f.name()));
    List<String> broken = new ArrayList<>();
    for (Feed feed : byTable.get(table)) {
      Collection c = feed.collection();
      Map<String, List<String>> used = new LinkedHashMap<>();
      if (c.table() != null) {
        used.put("key", c.keyColumns());
        used.put("text", c.textColumns());
        used.put("metadata", c.metadataColumns());
      }
      used.put("link", feed.link() instanceof TableLink.Lookup lookup ? lookup.parameters()
          : ((TableLink.Direct) feed.link()).columns());
      used.forEach((role, mapped) -> mapped.stream().filter(column -> !names.contains(column)).distinct().forEach(
          column -> broken.add("collection " + c.name() + " maps the " + role + " column " + column + ", which "
              + table + " no longer has")));
    }
    if (broken.isEmpty()) {
      problems.remove(table);
    } else {
      problems.put(table, List.copyOf(broken));
    }
    Map<String, @Nullable Object> data = new LinkedHashMap<>();
    data.put("table", table);
    data.put("columns", columns);
    data.put("keyColumns", keyColumns);
    data.put("problems", broken);
    return event(source, EventType.SOURCE_SCHEMA_CHANGED, "schema:" + sourceId + ":" + table, Operation.UPDATE, data);
  }

  private List<ChangeEvent> rowChange(SourceRecord record, Struct value, Struct source, String op, String table,
      Feed feed) {
    Operation operation = switch (op) {
      case "c" -> Operation.CREATE;
      case "u" -> Operation.UPDATE;
      case "d" -> Operation.DELETE;
      case "r" -> Operation.SNAPSHOT;
      default -> null; // "m" (logical decoding message) is not a row change
    };
    if (operation == null) {
      return List.of();
    }
    Collection collection = feed.collection();
    Struct before = value.getStruct("before");
    Struct after = value.getStruct("after");
    Struct row = operation == Operation.DELETE ? before : after;
    Map<String, @Nullable Object> data = base(collection, table);
    if (operation == Operation.SNAPSHOT) {
      data.put("snapshot", true);
    }
    if (operation == Operation.UPDATE && before != null && after != null) {
      List<String> changed = changedColumns(before, after);
      data.put("changedColumns", changed);
      if (collection.table() != null) { // the row's columns are the document's columns
        data.put("textChanged", changed.stream().anyMatch(collection.textColumns()::contains));
        data.put("metadataChanged", changed.stream().anyMatch(c -> collection.metadataColumns().contains(c)
            || collection.keyColumns().contains(c)));
        data.put("changes", changes(collection, changed, before, after));
      }
    }
    List<List<String>> keys = new ArrayList<>();
    Struct key = record.key() instanceof Struct k ? k : null;
    if (feed.link() instanceof TableLink.Direct direct) {
      keys.add(direct.columns().stream().map(c -> String.valueOf(valueOf(c, key, row))).toList());
    } else if (feed.link() instanceof TableLink.Lookup query) {
      // a row that moved between documents affects both: look up by the old and the new values
      for (Struct image : before != null && after != null ? List.of(before, after) : List.of(row)) {
        lookup.keys(query, values(image)).stream().filter(k -> !keys.contains(k)).forEach(keys::add);
      }
    }
    List<ChangeEvent> events = new ArrayList<>(keys.size());
    for (List<String> keyValues : keys) {
      Map<String, @Nullable Object> perDocument = new LinkedHashMap<>(data);
      Map<String, String> keyMap = new LinkedHashMap<>();
      for (int i = 0; i < keyValues.size(); i++) {
        keyMap.put(collection.keyColumns().get(i), keyValues.get(i));
      }
      perDocument.put("key", keyMap);
      events.add(event(source, EventType.DOCUMENT_CHANGED, subjects.of(collection, keyValues), operation, perDocument));
    }
    return events;
  }

  /**
   * The old and new values of the changed columns the document is made of, for the console's before/after view;
   * unmapped columns stay out of the log, values longer than {@value #MAX_CHANGE_CHARS} characters are cut, and
   * columns whose name says they hold a secret are masked.
   */
  private static Map<String, Object> changes(Collection collection, List<String> changed, Struct before,
      Struct after) {
    Map<String, Object> changes = new LinkedHashMap<>();
    for (String column : changed) {
      if (collection.textColumns().contains(column) || collection.metadataColumns().contains(column)
          || collection.keyColumns().contains(column)) {
        Map<String, @Nullable Object> change = new LinkedHashMap<>();
        change.put("before", shown(column, before.get(column)));
        change.put("after", shown(column, after.get(column)));
        changes.put(column, change);
      }
    }
    return changes;
  }

  private static @Nullable String shown(String column, @Nullable Object value) {
    if (value == null) {
      return null;
    }
    if (SecretNames.isSecret(column)) {
      return SecretNames.MASK;
    }
    String text = value.toString();
    return text.length() <= MAX_CHANGE_CHARS ? text : text.substring(0, MAX_CHANGE_CHARS) + "…";
  }

  private static Map<String, @Nullable Object> values(Struct row) {
    Map<String, @Nullable Object> values = new LinkedHashMap<>();
    row.schema().fields().forEach(f -> values.put(f.name(), row.get(f)));
    return values;
  }

  private ChangeEvent event(Struct source, EventType type, String subject, Operation operation,
      Map<String, @Nullable Object> data) {
    Long rawLsn = source.getInt64("lsn");
    long lsn = rawLsn == null ? 0 : rawLsn;
    Long txId = source.getInt64("txId");
    long readAt = source.getInt64("ts_ms");
    String position = rawLsn == null ? "snapshot read" : "lsn " + formatLsn(lsn) + (txId == null ? "" : " tx " + txId);
    // Correlation ids travel in URL paths (/api/traces/{id}), so the LSN is written as a number here. A
    // snapshot read has no transaction of its own (an incremental one not even an LSN): each read of a
    // row is its own origin.
    String correlationId = operation == Operation.SNAPSHOT
        ? "pg:" + sourceId + ":read" + readAt + ":" + subject
        : "pg:" + sourceId + ":tx" + (txId == null ? "-" : txId) + ":lsn" + lsn;
    // Snapshot reads of one position share its LSN and transaction: a second snapshot of the same rows is
    // another read, told apart by the time of the read.
    String read = operation == Operation.SNAPSHOT ? "|" + readAt : "";
    String id = UUID.nameUUIDFromBytes((sourceId + "|" + lsn + "|" + txId + "|" + subject + "|" + operation + read)
        .getBytes(StandardCharsets.UTF_8)).toString();
    Instant time = Instant.ofEpochMilli(readAt);
    return new ChangeEvent(id, sourceId, type.name(), type.version(), subject, operation, time, correlationId, null,
        position, data);
  }

  private static Map<String, @Nullable Object> base(Collection collection, String table) {
    Map<String, @Nullable Object> data = new LinkedHashMap<>();
    data.put("collection", collection.name());
    data.put("table", table);
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
