package dev.freshet.connector.postgres;

import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Debezium's signalling table in the source database. An {@code execute-snapshot} row starts an
 * incremental snapshot: Debezium re-reads the tables in chunks while streaming continues, and it also
 * writes its window markers to this table, so Freshet creates it (if missing) and captures it.
 */
final class Signals {

  private static final Logger log = LoggerFactory.getLogger(Signals.class);

  private final String table;
  private final RowLoader source;

  Signals(String table, RowLoader source) {
    this.table = table;
    this.source = source;
  }

  String table() {
    return table;
  }

  /**
   * Creates the table when it is missing. Only then: "create table if not exists" needs CREATE on the schema even when
   * the table exists, which a role that was given a table made by the schema's owner does not have.
   */
  void ensureTable() {
    boolean exists;
    try {
      exists = source.query("select to_regclass(?) is not null", rs -> rs.next() && rs.getBoolean(1), table);
    } catch (java.sql.SQLException e) {
      throw new dev.freshet.api.error.RetryableException("reading the source failed: " + e.getMessage(), e);
    }
    if (!exists) {
      source.execute("create table if not exists " + Collection.quoteQualified(table)
          + " (id varchar(42) primary key, type varchar(32) not null, data varchar(2048) null)");
    }
  }

  /** Asks Debezium to re-read the tables (schema.table) without stopping capture. */
  void snapshot(List<String> tables, String reason) {
    String collections = tables.stream().map(t -> "\"" + t + "\"").collect(Collectors.joining(","));
    source.execute("insert into " + Collection.quoteQualified(table) + " (id, type, data) values ('"
        + UUID.randomUUID() + "', 'execute-snapshot', '{\"data-collections\": [" + collections
        + "], \"type\": \"incremental\"}')");
    log.info("Requested an incremental snapshot of {}: {}", tables, reason);
  }
}
