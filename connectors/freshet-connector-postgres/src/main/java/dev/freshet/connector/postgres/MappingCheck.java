package dev.freshet.connector.postgres;

import dev.freshet.api.error.ConfigurationException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks the configured collections against the source's catalog at start-up: every captured table and
 * mapped column must exist, a query collection's query must run and return its mapped columns, and a
 * lookup may refer only to its table's columns; otherwise start-up fails naming the property. Reports
 * each captured table's replica identity: with {@code FULL}, updates of unmapped columns of a table
 * collection are skipped without reading the row; otherwise every update re-reads it.
 */
final class MappingCheck {

  private static final Logger log = LoggerFactory.getLogger(MappingCheck.class);

  private MappingCheck() {}

  /** Replica identity by captured table ({@code full}, {@code default}, ...); empty when the source is unreachable. */
  static Map<String, String> run(PostgresSettings settings, RowLoader loader) {
    Map<String, String> identities = new LinkedHashMap<>();
    try {
      for (Collection c : settings.collections()) {
        String prefix = "freshet.sources." + settings.sourceId() + ".collections." + c.name() + ".";
        Set<String> documentColumns = c.table() != null ? columnsOf(loader, c.table(), prefix + "table", settings)
            : queryColumns(loader, c, prefix + "query");
        check(prefix + "key-columns", c.keyColumns(), documentColumns, c.subjectName());
        check(prefix + "text-columns", c.textColumns(), documentColumns, c.subjectName());
        check(prefix + "metadata-columns", c.metadataColumns(), documentColumns, c.subjectName());
        for (Map.Entry<String, TableLink> link : c.links().entrySet()) {
          String property = c.table() != null ? prefix + "table" : prefix + "tables." + link.getKey();
          Set<String> columns = columnsOf(loader, link.getKey(), property, settings);
          List<String> used = link.getValue() instanceof TableLink.Lookup lookup ? lookup.parameters()
              : ((TableLink.Direct) link.getValue()).columns();
          check(property, used, columns, link.getKey());
          identities.put(link.getKey(), replicaIdentity(loader, link.getKey()));
        }
      }
    } catch (SQLException e) {
      log.warn("Source {}: cannot check the mapping now ({}); capture starts anyway and retries connecting",
          settings.sourceId(), e.getMessage());
      return Map.of();
    }
    identities.forEach((table, identity) -> {
      if (!identity.equals("full")) {
        log.info("Source {}: {} has REPLICA IDENTITY {}; every update re-reads the row. With 'alter table {} "
            + "replica identity full', updates of unmapped columns are skipped without reading it.",
            settings.sourceId(), table, identity.toUpperCase(), table);
      }
    });
    return identities;
  }

  private static Set<String> columnsOf(RowLoader loader, String table, String property, PostgresSettings settings)
      throws SQLException {
    String[] parts = table.split("\\.");
    Set<String> columns = loader.query("select column_name from information_schema.columns where table_schema = '"
        + parts[0] + "' and table_name = '" + parts[1] + "'", rs -> {
          Set<String> names = new TreeSet<>();
          while (rs.next()) {
            names.add(rs.getString(1));
          }
          return names;
        });
    if (columns.isEmpty()) {
      throw new ConfigurationException(property, "table " + table + " does not exist in database "
          + settings.database(), "Create it, or correct the name (schema.table)");
    }
    return columns;
  }

  private static Set<String> queryColumns(RowLoader loader, Collection c, String property) {
    try {
      return loader.query("select * from (" + c.query() + ") as document limit 0", rs -> {
        Set<String> names = new TreeSet<>();
        for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
          names.add(rs.getMetaData().getColumnLabel(i));
        }
        return names;
      });
    } catch (SQLException e) {
      throw new ConfigurationException(property, "the query does not run: " + e.getMessage(),
          "Fix the select so that it runs on its own and returns the key, text and metadata columns");
    }
  }

  private static String replicaIdentity(RowLoader loader, String table) throws SQLException {
    String[] parts = table.split("\\.");
    return loader.query("select case c.relreplident when 'f' then 'full' when 'd' then 'default' "
        + "when 'i' then 'index' else 'nothing' end from pg_class c join pg_namespace n on n.oid = c.relnamespace "
        + "where n.nspname = '" + parts[0] + "' and c.relname = '" + parts[1] + "'",
        rs -> rs.next() ? rs.getString(1) : "missing");
  }

  private static void check(String property, List<String> mapped, Set<String> columns, String where) {
    List<String> missing = new ArrayList<>(mapped);
    missing.removeAll(columns);
    if (!missing.isEmpty()) {
      throw new ConfigurationException(property, "column '" + missing.get(0) + "' does not exist in " + where,
          "Use columns of " + where + ": " + columns);
    }
  }
}
