package dev.freshet.connector.postgres;

import dev.freshet.api.error.ConfigurationException;
import dev.freshet.api.source.SourceConfig;
import dev.freshet.api.source.TextFormat;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Rows mapped to documents. A collection is one table ({@code table}), or a query over several
 * ({@code query}) whose result rows are the documents. A document is keyed by {@code keyColumns}; its
 * text is the {@code textColumns} joined by blank lines, and {@code metadataColumns} travel with every
 * chunk. {@code links} say which captured tables feed the collection and how a changed row of each
 * leads to the documents it affects.
 *
 * @param name the collection's name in configuration, e.g. {@code articles}
 * @param table the table, {@code schema.table}, for a table collection; null for a query collection
 * @param query the query for a query collection; null for a table collection
 * @param keyColumns the columns that identify a document
 * @param textColumns the columns whose text is embedded, in order
 * @param metadataColumns the columns stored as metadata
 * @param links captured tables ({@code schema.table}) and how their changes reach documents
 * @param format the text's markup: how its documents are split into chunks
 */
record Collection(String name, @Nullable String table, @Nullable String query, List<String> keyColumns,
    List<String> textColumns, List<String> metadataColumns, Map<String, TableLink> links, TextFormat format) {

  /** The part of the subject that names the collection: the table, or the collection's name for a query. */
  String subjectName() {
    return table != null ? table : name;
  }

  /** The SQL that lists the key columns of every document. */
  String selectKeys() {
    return "select " + keyColumns.stream().map(Collection::quote).collect(Collectors.joining(", ")) + " from "
        + (table != null ? quoteQualified(table) : "(" + query + ") as document");
  }

  /** The SQL that reads one document by its key columns (bound as text parameters, in key order). */
  String selectByKey() {
    String columns = Stream.concat(textColumns.stream(), metadataColumns.stream()).map(Collection::quote)
        .collect(Collectors.joining(", "));
    String from = table != null ? quoteQualified(table) : "(" + query + ") as document";
    return "select " + columns + " from " + from + " where "
        + keyColumns.stream().map(k -> quote(k) + " = ?").collect(Collectors.joining(" and "));
  }

  /**
   * A short hash of everything that decides what the collection's documents contain; when it changes
   * between runs, the collection is re-snapshotted so that every document follows the new mapping.
   */
  String fingerprint() {
    String all = String.join("|", String.valueOf(table), String.valueOf(query), String.join(",", keyColumns),
        String.join(",", textColumns), String.join(",", metadataColumns), new java.util.TreeMap<>(links).toString())
        + (format == TextFormat.TEXT ? "" : "|" + format); // unchanged for collections made before formats
    try {
      byte[] hash = java.security.MessageDigest.getInstance("SHA-256").digest(all.getBytes(java.nio.charset.StandardCharsets.UTF_8));
      return java.util.HexFormat.of().formatHex(hash, 0, 8);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  /** The captured tables whose rows are the documents themselves: what a snapshot of the collection reads. */
  List<String> snapshotTables() {
    return links.entrySet().stream().filter(e -> e.getValue() instanceof TableLink.Direct).map(Map.Entry::getKey)
        .toList();
  }

  static Collection from(SourceConfig config, String name) {
    String prefix = "collections." + name + ".";
    String table = config.optional(prefix + "table").orElse(null);
    String query = config.optional(prefix + "query").orElse(null);
    if ((table == null) == (query == null)) {
      throw new ConfigurationException(config.property(prefix + "table"),
          table == null ? "missing" : "set together with collections." + name + ".query",
          "Set either table (rows of one table, e.g. public.articles) or query (a select over several tables, "
              + "with tables.<schema.table> saying how each table's changes reach documents)");
    }
    if (table != null && !table.matches("\\w+\\.\\w+")) {
      throw new ConfigurationException(config.property(prefix + "table"), "'" + table + "' is not schema.table",
          "Write the schema and the table separated by a dot, e.g. public.articles");
    }
    List<String> keys = config.getList(prefix + "key-columns", "id");
    List<String> text = config.getList(prefix + "text-columns", null);
    if (text.isEmpty()) {
      throw new ConfigurationException(config.property(prefix + "text-columns"), "missing",
          "List the columns whose text is embedded, comma-separated, e.g. title,body");
    }
    List<String> metadata = config.getList(prefix + "metadata-columns", "");
    checkColumnNames(config, prefix, keys, text, metadata);
    Map<String, TableLink> links = new LinkedHashMap<>();
    if (table != null) {
      links.put(table, new TableLink.Direct(keys));
    }
    String linkPrefix = prefix + "tables.";
    config.values().forEach((key, value) -> {
      if (key.startsWith(linkPrefix)) {
        String linked = key.substring(linkPrefix.length());
        if (!linked.matches("\\w+\\.\\w+")) {
          throw new ConfigurationException(config.property(key), "'" + linked + "' is not schema.table",
              "Name each table the query reads as tables.<schema>.<table>, e.g. tables.public.authors");
        }
        links.put(linked, TableLink.parse(config.property(key), value));
      }
    });
    if (query != null && links.isEmpty()) {
      throw new ConfigurationException(config.property(prefix + "tables"), "no tables given for the query",
          "Say for each table the query reads how its changes reach documents, e.g. tables.public.articles=id and "
              + "tables.public.authors=select id from articles where author_id = :id");
    }
    TextFormat format = config.getChoice(prefix + "format", TextFormat.TEXT);
    return new Collection(name, table, query, keys, text, metadata, links, format);
  }

  private static void checkColumnNames(SourceConfig config, String prefix, List<String> keys, List<String> text,
      List<String> metadata) {
    Set<String> seen = new HashSet<>();
    for (String column : Stream.of(keys, text, metadata).flatMap(List::stream).toList()) {
      if (!column.matches("\\w+")) {
        throw new ConfigurationException(config.property(prefix + "text-columns"), "'" + column + "' is not a column name",
            "Use plain column names of letters, digits and underscores");
      }
      if (!seen.add(column) && !keys.contains(column)) {
        throw new ConfigurationException(config.property(prefix + "metadata-columns"),
            "column '" + column + "' is listed twice", "List each column as text or as metadata, not both");
      }
    }
  }

  static String quote(String identifier) {
    return "\"" + identifier.replace("\"", "\"\"") + "\"";
  }

  static String quoteQualified(String schemaTable) {
    int dot = schemaTable.indexOf('.');
    return quote(schemaTable.substring(0, dot)) + "." + quote(schemaTable.substring(dot + 1));
  }
}
