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
 * Checks the configured collections against the source's catalog at start-up: every mapped table and
 * column must exist, or start-up fails naming the property. Reports each table's replica identity:
 * with {@code FULL}, updates of unmapped columns are skipped without reading the row; otherwise every
 * update re-reads it (still embedding nothing that did not change).
 */
final class MappingCheck {

  private static final Logger log = LoggerFactory.getLogger(MappingCheck.class);

  private MappingCheck() {}

  /** Replica identity by table ({@code full}, {@code default}, ...); empty when the source is unreachable. */
  static Map<String, String> run(PostgresSettings settings, RowLoader loader) {
    Map<String, String> identities = new LinkedHashMap<>();
    for (Collection c : settings.collections()) {
      Set<String> columns;
      String identity;
      try {
        columns = loader.query("select column_name from information_schema.columns where table_schema = '"
            + c.schema() + "' and table_name = '" + c.table() + "'", rs -> {
              Set<String> names = new TreeSet<>();
              while (rs.next()) {
                names.add(rs.getString(1));
              }
              return names;
            });
        identity = loader.query("select case c.relreplident when 'f' then 'full' when 'd' then 'default' "
            + "when 'i' then 'index' else 'nothing' end from pg_class c join pg_namespace n on n.oid = c.relnamespace "
            + "where n.nspname = '" + c.schema() + "' and c.relname = '" + c.table() + "'",
            rs -> rs.next() ? rs.getString(1) : "missing");
      } catch (SQLException e) {
        log.warn("Source {}: cannot check the mapping of {} now ({}); capture starts anyway and retries connecting",
            settings.sourceId(), c.qualifiedTable(), e.getMessage());
        continue;
      }
      String prefix = "freshet.sources." + settings.sourceId() + ".collections." + c.name() + ".";
      if (columns.isEmpty()) {
        throw new ConfigurationException(prefix + "table", "table " + c.qualifiedTable() + " does not exist in database "
            + settings.database(), "Create it, or correct the name (schema.table)");
      }
      check(prefix + "key-columns", c.keyColumns(), columns, c);
      check(prefix + "text-columns", c.textColumns(), columns, c);
      check(prefix + "metadata-columns", c.metadataColumns(), columns, c);
      identities.put(c.qualifiedTable(), identity);
      if (!identity.equals("full")) {
        log.info("Source {}: {} has REPLICA IDENTITY {}; every update re-reads the row. With "
            + "'alter table {} replica identity full', updates of unmapped columns are skipped without reading it.",
            settings.sourceId(), c.qualifiedTable(), identity.toUpperCase(), c.qualifiedTable());
      }
    }
    return identities;
  }

  private static void check(String property, List<String> mapped, Set<String> columns, Collection c) {
    List<String> missing = new ArrayList<>(mapped);
    missing.removeAll(columns);
    if (!missing.isEmpty()) {
      throw new ConfigurationException(property, "column '" + missing.get(0) + "' does not exist in "
          + c.qualifiedTable(), "Use columns of the table: " + columns);
    }
  }
}
