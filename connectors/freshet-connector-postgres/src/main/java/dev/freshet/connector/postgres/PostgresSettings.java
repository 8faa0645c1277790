package dev.freshet.connector.postgres;

import dev.freshet.api.error.ConfigurationException;
import dev.freshet.api.source.ConfigOption;
import dev.freshet.api.source.SourceConfig;
import java.time.Duration;
import java.util.List;

/**
 * A PostgreSQL source's settings, read from {@code freshet.sources.<id>.*}.
 *
 * @param sourceId the source id
 * @param host database host
 * @param port database port
 * @param database database name
 * @param user a role with the REPLICATION attribute (or a superuser) that can read the tables
 * @param password its password (never logged)
 * @param slotName the logical replication slot
 * @param publicationName the publication, created for the configured tables when missing
 * @param signalTable Debezium's signalling table, {@code schema.table}, created when missing
 * @param pollInterval how long Debezium waits for new WAL records between polls
 * @param heartbeatInterval how often the slot's position is advanced when the tables are idle
 * @param offsetFlushInterval how often the committed position is written to the state database
 * @param snapshotMode Debezium's snapshot mode
 * @param slotLoss what to do when the slot was dropped or invalidated since the stored position was written
 * @param subjectPrefix first part of every subject
 * @param collections the tables mapped to documents
 */
record PostgresSettings(String sourceId, String host, int port, String database, String user, String password,
    String slotName, String publicationName, String signalTable, Duration pollInterval, Duration heartbeatInterval,
    Duration offsetFlushInterval, String snapshotMode, SlotLoss.Policy slotLoss, String subjectPrefix,
    List<Collection> collections) {

  static final List<ConfigOption> OPTIONS = List.of(
      new ConfigOption("type", "postgres", null),
      new ConfigOption("host", "Database host. In the embedded default, the embedded server.", "localhost"),
      new ConfigOption("port", "Database port. In the embedded default, the embedded server's port.", "5432"),
      new ConfigOption("database", "Database name.", null),
      new ConfigOption("user", "A role with REPLICATION (or a superuser) that can read the mapped tables.", "postgres"),
      new ConfigOption("password", "That role's password. Never logged or shown.", ""),
      new ConfigOption("slot-name", "Logical replication slot (pgoutput).", "freshet_<id>"),
      new ConfigOption("publication-name", "Publication for the mapped tables, created when missing.", "freshet_<id>"),
      new ConfigOption("signal-table", "Debezium's signalling table (schema.table), created when missing; incremental snapshots write their progress markers there.", "public.freshet_signal"),
      new ConfigOption("poll-interval", "Debezium's wait for new WAL records between polls; 10ms gives ~12 ms commit to handler.", "10ms"),
      new ConfigOption("heartbeat-interval", "How often the slot is advanced while the tables are idle, so WAL does not pile up.", "10s"),
      new ConfigOption("offset-flush-interval", "How often the committed position is written to the state database.", "1s"),
      new ConfigOption("snapshot-mode", "Debezium snapshot mode: initial snapshots once, then streams; no_data streams only.", "initial"),
      new ConfigOption("slot-loss", "What to do when the replication slot was dropped or invalidated (its WAL removed, e.g. by max_slot_wal_keep_size) since the stored position: resnapshot re-checks every indexed document and re-reads the tables, so changes made meanwhile are not missed; fail leaves the source FAILED until an operator acts.", "resnapshot"),
      new ConfigOption("subject-prefix", "First part of every subject, as in kb:public.articles:42.", "kb"),
      new ConfigOption("collections.<name>.table", "Schema-qualified table whose rows are documents, e.g. public.articles. Set this or query.", null),
      new ConfigOption("collections.<name>.query", "A select over several tables whose result rows are the documents (e.g. articles joined with their author's name); key, text and metadata columns name its result columns. Set this or table.", null),
      new ConfigOption("collections.<name>.tables.<schema>.<table>", "For a query collection, each table the query reads: the columns of that table holding the document key (e.g. id), or a select returning the keys of the documents a changed row affects, with :column parameters from the row (e.g. select id from articles where author_id = :id).", null),
      new ConfigOption("collections.<name>.key-columns", "Comma-separated columns identifying a row.", "id"),
      new ConfigOption("collections.<name>.text-columns", "Comma-separated columns whose text is embedded, in order.", null),
      new ConfigOption("collections.<name>.metadata-columns", "Comma-separated columns stored as metadata with every chunk.", ""),
      new ConfigOption("collections.<name>.format", "The text's markup: text (split by paragraphs and sentences), markdown or html (split by headings, lists, code blocks and tables; each chunk carries its heading path).", "text"));

  static PostgresSettings from(SourceConfig config) {
    String id = config.sourceId();
    String slot = config.get("slot-name", "freshet_" + id.replace('-', '_'));
    if (!slot.matches("[a-z0-9_]{1,63}")) {
      throw new ConfigurationException(config.property("slot-name"), "'" + slot + "' is not a valid slot name",
          "Use up to 63 lowercase letters, digits and underscores");
    }
    List<Collection> collections = config.groups("collections").stream().map(n -> Collection.from(config, n)).toList();
    if (collections.isEmpty()) {
      throw new ConfigurationException(config.property("collections"), "no collections configured",
          "Map at least one table, e.g. collections.articles.table=public.articles and "
              + "collections.articles.text-columns=title,body");
    }
    return new PostgresSettings(id, config.get("host", "localhost"), config.getInt("port", 5432),
        config.require("database", "Set it to the name of the database to capture, e.g. demo"),
        config.get("user", "postgres"), config.get("password", ""), slot,
        config.get("publication-name", "freshet_" + id.replace('-', '_')), signalTable(config),
        config.getDuration("poll-interval", Duration.ofMillis(10)),
        config.getDuration("heartbeat-interval", Duration.ofSeconds(10)),
        config.getDuration("offset-flush-interval", Duration.ofSeconds(1)),
        config.get("snapshot-mode", "initial"), slotLoss(config), config.get("subject-prefix", "kb"), collections);
  }

  private static SlotLoss.Policy slotLoss(SourceConfig config) {
    String value = config.get("slot-loss", "resnapshot");
    return switch (value) {
      case "resnapshot" -> SlotLoss.Policy.RESNAPSHOT;
      case "fail" -> SlotLoss.Policy.FAIL;
      default -> throw new ConfigurationException(config.property("slot-loss"), "'" + value + "' is not a policy",
          "Set it to resnapshot (re-read the tables) or fail (stop the source until an operator acts)");
    };
  }

  private static String signalTable(SourceConfig config) {
    String table = config.get("signal-table", "public.freshet_signal");
    if (!table.matches("\\w+\\.\\w+")) {
      throw new ConfigurationException(config.property("signal-table"), "'" + table + "' is not schema.table",
          "Name the table as schema.table, e.g. public.freshet_signal");
    }
    return table;
  }

  String jdbcUrl() {
    return "jdbc:postgresql://" + host + ":" + port + "/" + database + "?stringtype=unspecified&ApplicationName=freshet-" + sourceId;
  }

  /** Never print the password: records' default toString would. */
  @Override
  public String toString() {
    return "PostgresSettings[" + sourceId + " " + user + "@" + host + ":" + port + "/" + database + ", slot "
        + slotName + ", " + collections.size() + " collection(s)]";
  }
}
