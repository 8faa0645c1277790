package dev.freshet.connector.postgres;

import java.lang.management.ManagementFactory;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import javax.management.MBeanServer;
import javax.management.ObjectName;
import javax.management.openmbean.CompositeData;
import javax.management.openmbean.TabularData;
import org.jspecify.annotations.Nullable;

/**
 * A snapshot's progress as Debezium reports it through its snapshot metrics MBean (the embedded engine
 * registers the same metrics a Kafka Connect worker shows): whether one runs, tables done of total, rows
 * read per table, and for incremental snapshots the table and chunk being read. Read on demand for the
 * console; absent until Debezium registered the bean.
 */
final class SnapshotProgress {

  private static final String[] ATTRIBUTES = {"SnapshotRunning", "SnapshotCompleted", "SnapshotAborted",
      "SnapshotPaused", "TotalTableCount", "RemainingTableCount", "SnapshotDurationInSeconds", "RowsScanned",
      "ChunkId", "TableFrom", "TableTo"};

  private SnapshotProgress() {}

  /** The snapshot metrics of the connector with this topic prefix, by attribute; empty when there are none. */
  static Map<String, Object> read(String topicPrefix) {
    Map<String, Object> progress = new LinkedHashMap<>();
    try {
      MBeanServer server = ManagementFactory.getPlatformMBeanServer();
      Set<ObjectName> names = server.queryNames(new ObjectName("debezium.postgres:type=connector-metrics,"
          + "context=snapshot,server=" + ObjectName.quote(topicPrefix).replace("\"", "") + ",*"), null);
      if (names.isEmpty()) {
        names = server.queryNames(new ObjectName("debezium.postgres:type=connector-metrics,context=snapshot,server="
            + topicPrefix), null);
      }
      for (ObjectName name : names) {
        for (String attribute : ATTRIBUTES) {
          Object value = attribute(server, name, attribute);
          if (value != null && !(value instanceof String s && s.isEmpty())) {
            progress.put(decapitalize(attribute), plain(value));
          }
        }
      }
    } catch (Exception e) {
      progress.put("error", e.getMessage() == null ? e.toString() : e.getMessage());
    }
    return progress;
  }

  /** An MXBean's map arrives as open-type tabular data (rows of key and value): turned back into a map. */
  private static Object plain(Object value) {
    if (value instanceof TabularData table) {
      Map<String, Object> map = new LinkedHashMap<>();
      for (Object row : table.values()) {
        if (row instanceof CompositeData entry && entry.containsKey("key") && entry.containsKey("value")) {
          map.put(String.valueOf(entry.get("key")), entry.get("value"));
        }
      }
      return map;
    }
    return value instanceof Map<?, ?> map ? new LinkedHashMap<>(map) : value;
  }

  private static @Nullable Object attribute(MBeanServer server, ObjectName name, String attribute) {
    try {
      return server.getAttribute(name, attribute);
    } catch (Exception notThere) { // attributes vary between snapshot kinds and Debezium versions
      return null;
    }
  }

  private static String decapitalize(String name) {
    return Character.toLowerCase(name.charAt(0)) + name.substring(1);
  }
}
