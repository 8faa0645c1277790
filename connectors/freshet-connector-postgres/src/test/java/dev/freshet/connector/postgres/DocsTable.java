package dev.freshet.connector.postgres;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/** The connector contract's documents at the source: {@code public.docs (id, body)}, mapped as {@code docs}. */
final class DocsTable {

  private DocsTable() {}

  static void create(DataSource database) throws SQLException {
    try (Connection c = database.getConnection(); Statement s = c.createStatement()) {
      s.execute("create table docs (id text primary key, body text not null)");
      s.execute("alter table docs replica identity full");
    }
  }

  /** Creates or replaces a document; returns its subject. */
  static String write(DataSource database, String key, String text) throws SQLException {
    try (Connection c = database.getConnection(); PreparedStatement ps = c.prepareStatement(
        "insert into docs values (?, ?) on conflict (id) do update set body = excluded.body")) {
      ps.setString(1, key);
      ps.setString(2, text);
      ps.executeUpdate();
    }
    return "kb:public.docs:" + key;
  }

  static void delete(DataSource database, String key) throws SQLException {
    try (Connection c = database.getConnection();
        PreparedStatement ps = c.prepareStatement("delete from docs where id = ?")) {
      ps.setString(1, key);
      ps.executeUpdate();
    }
  }
}
