package dev.freshet.connector.postgres;

import dev.freshet.api.error.ConfigurationException;
import dev.freshet.api.source.SourceConfig;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One table mapped to documents: a row is a document keyed by {@code keyColumns}, its text is the
 * {@code textColumns} joined by blank lines, and {@code metadataColumns} travel with every chunk.
 *
 * @param name the collection's name in configuration, e.g. {@code articles}
 * @param schema the table's schema, e.g. {@code public}
 * @param table the table's name, e.g. {@code articles}
 * @param keyColumns the columns that identify a row (the primary key, usually)
 * @param textColumns the columns whose text is embedded, in order
 * @param metadataColumns the columns stored as metadata
 */
record Collection(String name, String schema, String table, List<String> keyColumns, List<String> textColumns,
    List<String> metadataColumns) {

  /** {@code schema.table}, as Debezium's include list and our subjects write it. */
  String qualifiedTable() {
    return schema + "." + table;
  }

  static Collection from(SourceConfig config, String name) {
    String prefix = "collections." + name + ".";
    String qualified = config.require(prefix + "table",
        "Set it to the schema-qualified table whose rows are documents, e.g. public.articles");
    String[] parts = qualified.split("\\.");
    if (parts.length != 2 || !parts[0].matches("\\w+") || !parts[1].matches("\\w+")) {
      throw new ConfigurationException(config.property(prefix + "table"), "'" + qualified + "' is not schema.table",
          "Write the schema and the table separated by a dot, e.g. public.articles");
    }
    List<String> keys = config.getList(prefix + "key-columns", "id");
    List<String> text = config.getList(prefix + "text-columns", null);
    if (text.isEmpty()) {
      throw new ConfigurationException(config.property(prefix + "text-columns"), "missing",
          "List the columns whose text is embedded, comma-separated, e.g. title,body");
    }
    List<String> metadata = config.getList(prefix + "metadata-columns", "");
    Set<String> seen = new HashSet<>();
    for (String column : concat(keys, text, metadata)) {
      if (!column.matches("\\w+")) {
        throw new ConfigurationException(config.property(prefix + "text-columns"), "'" + column + "' is not a column name",
            "Use plain column names of letters, digits and underscores");
      }
      if (!seen.add(column) && !keys.contains(column)) {
        throw new ConfigurationException(config.property(prefix + "metadata-columns"),
            "column '" + column + "' is listed twice", "List each column as text or as metadata, not both");
      }
    }
    return new Collection(name, parts[0], parts[1], keys, text, metadata);
  }

  private static List<String> concat(List<String> a, List<String> b, List<String> c) {
    return java.util.stream.Stream.of(a, b, c).flatMap(List::stream).toList();
  }
}
