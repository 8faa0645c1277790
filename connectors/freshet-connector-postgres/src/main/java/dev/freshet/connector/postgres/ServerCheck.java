package dev.freshet.connector.postgres;

import dev.freshet.api.error.ConfigurationException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Checks at start-up that the source server can stream changes to this role, so that a missing prerequisite stops
 * start-up with the property and the fix instead of failing later inside Debezium: {@code wal_level=logical}, a
 * role that may replicate, read access to every captured table, a publication it can use (or create), and a free
 * replication slot for a slot it still has to create. Each is what a user's PostgreSQL (or a managed one) must
 * be set up with; docs/configuration.md lists them.
 */
final class ServerCheck {

  private ServerCheck() {}

  /**
   * Runs before the signal table is created, which needs one of these (the right to create it).
   *
   * @param tables the captured tables ({@code schema.table}) besides the signal table
   * @throws ConfigurationException naming the property to change (or the server setting) and the fix
   */
  static void run(PostgresSettings settings, RowLoader loader, Collection<String> tables) throws SQLException {
    String prefix = "freshet.sources." + settings.sourceId() + ".";
    String server = settings.host() + ":" + settings.port();
    String walLevel = loader.query("show wal_level", rs -> rs.next() ? rs.getString(1) : "");
    if (!walLevel.equals("logical")) {
      throw new ConfigurationException(prefix + "host", "the PostgreSQL server at " + server + " runs with wal_level="
          + walLevel + ", and capturing changes needs logical decoding", "Set wal_level = logical on that server "
          + "(ALTER SYSTEM SET wal_level = logical, or in postgresql.conf; on a managed service its logical "
          + "replication setting, e.g. rds.logical_replication = 1) and restart it");
    }
    boolean superuser = loader.query("select rolsuper from pg_roles where rolname = current_user",
        rs -> rs.next() && rs.getBoolean(1));
    boolean replicates = superuser || loader.query("select r.rolreplication or exists (select 1 from pg_roles m "
        + "where m.rolname = 'rds_replication' and pg_has_role(current_user, m.oid, 'member')) "
        + "from pg_roles r where r.rolname = current_user", rs -> rs.next() && rs.getBoolean(1));
    if (!replicates) {
      throw new ConfigurationException(prefix + "user", "role '" + settings.user() + "' may not stream changes (it has "
          + "no REPLICATION attribute)", "Grant it as a superuser: ALTER ROLE " + settings.user() + " WITH "
          + "REPLICATION; or use a role that has it");
    }
    for (String table : tables) {
      boolean readable = loader.query("select has_table_privilege(?, 'SELECT')", rs -> rs.next() && rs.getBoolean(1),
          table);
      if (!readable) {
        throw new ConfigurationException(prefix + "user", "role '" + settings.user() + "' may not read " + table
            + " (snapshots and re-reads of changed rows select from it)", "GRANT SELECT ON " + table + " TO "
            + settings.user());
      }
    }
    checkSignalTable(settings, loader, prefix);
    List<String> published = new ArrayList<>(tables);
    published.add(settings.signalTable());
    checkPublication(settings, loader, published, superuser, prefix);
    checkSlot(settings, loader, prefix, server);
  }

  /** Freshet writes snapshot requests to the signal table and Debezium its window markers: it creates it if missing. */
  private static void checkSignalTable(PostgresSettings settings, RowLoader loader, String prefix) throws SQLException {
    String table = settings.signalTable();
    String schema = table.substring(0, table.indexOf('.'));
    boolean exists = loader.query("select to_regclass(?) is not null", rs -> rs.next() && rs.getBoolean(1), table);
    boolean allowed = exists
        ? loader.query("select has_table_privilege(?, 'INSERT')", rs -> rs.next() && rs.getBoolean(1), table)
        : loader.query("select has_schema_privilege(?, 'CREATE')", rs -> rs.next() && rs.getBoolean(1), schema);
    if (!allowed) {
      throw new ConfigurationException(prefix + "signal-table", "role '" + settings.user() + "' may not "
          + (exists ? "insert into " + table : "create " + table + " (no CREATE on schema " + schema + ")"),
          "As the schema's owner, create it and let the role write to it: CREATE TABLE " + table + " (id varchar(42) "
              + "primary key, type varchar(32) not null, data varchar(2048) null); GRANT SELECT, INSERT ON " + table
              + " TO " + settings.user() + "; or name a table in a schema the role may create tables in");
    }
  }

  /**
   * Debezium creates the publication for the captured tables when it is missing, and adds tables it lacks; both
   * need the tables' owner (or a superuser). An existing publication that covers every table needs nothing.
   */
  private static void checkPublication(PostgresSettings settings, RowLoader loader, Collection<String> tables,
      boolean superuser, String prefix) throws SQLException {
    String publication = settings.publicationName();
    boolean exists = loader.query("select 1 from pg_publication where pubname = ?", rs -> rs.next(), publication);
    List<String> missing = new ArrayList<>();
    for (String table : tables) {
      boolean covered = exists && loader.query("select 1 from pg_publication_tables where pubname = ? and "
          + "schemaname || '.' || tablename = ?", rs -> rs.next(), publication, table)
          || exists && loader.query("select puballtables from pg_publication where pubname = ?",
              rs -> rs.next() && rs.getBoolean(1), publication);
      if (!covered) {
        missing.add(table);
      }
    }
    if (missing.isEmpty() || superuser) {
      return;
    }
    List<String> notOwned = new ArrayList<>();
    for (String table : missing) {
      // a table that does not exist yet is the signal table, which Freshet creates, so owns
      boolean owner = loader.query("select coalesce((select pg_has_role(current_user, c.relowner, 'usage') from "
          + "pg_class c where c.oid = to_regclass(?)), true)", rs -> rs.next() && rs.getBoolean(1), table);
      if (!owner) {
        notOwned.add(table);
      }
    }
    if (notOwned.isEmpty()) {
      return;
    }
    String fix = exists ? "ALTER PUBLICATION " + publication + " ADD TABLE " + String.join(", ", missing)
        : "CREATE PUBLICATION " + publication + " FOR TABLE " + String.join(", ", missing);
    throw new ConfigurationException(prefix + "publication-name", "publication '" + publication + "' "
        + (exists ? "does not include " + String.join(", ", missing) : "does not exist") + ", and role '"
        + settings.user() + "' cannot " + (exists ? "add them" : "create it") + " (it does not own "
        + String.join(", ", notOwned) + ")", "Run as the tables' owner: " + fix + "; Freshet then uses it as it is");
  }

  /** A slot still to be created needs a free one among {@code max_replication_slots}. */
  private static void checkSlot(PostgresSettings settings, RowLoader loader, String prefix, String server)
      throws SQLException {
    boolean exists = loader.query("select 1 from pg_replication_slots where slot_name = ?", rs -> rs.next(),
        settings.slotName());
    if (exists) {
      return;
    }
    int max = loader.query("select current_setting('max_replication_slots')::int", rs -> rs.next() ? rs.getInt(1) : 0);
    int used = loader.query("select count(*) from pg_replication_slots", rs -> rs.next() ? rs.getInt(1) : 0);
    if (used >= max) {
      throw new ConfigurationException(prefix + "slot-name", "replication slot '" + settings.slotName() + "' does "
          + "not exist yet, and the server at " + server + " has no free slot (max_replication_slots = " + max + ", "
          + used + " in use)", "Raise max_replication_slots on the server and restart it, or drop a slot nobody uses "
          + "(SELECT pg_drop_replication_slot('<name>'))");
    }
  }
}
