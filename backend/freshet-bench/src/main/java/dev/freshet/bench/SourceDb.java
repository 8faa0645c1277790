package dev.freshet.bench;

import dev.freshet.app.embedded.EmbeddedPostgresServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The captured database, owned by the harness: a PostgreSQL (the same embedded binaries, fsync and
 * synchronous_commit on, logical WAL) holding the demo's {@code articles} table and {@code bulk_articles}
 * of the same shape. Freshet reads it as its {@code demo} source.
 */
final class SourceDb implements AutoCloseable {

  static final String DATABASE = EmbeddedPostgresServer.DEMO_DATABASE;

  private final EmbeddedPostgresServer server;
  private final int port;

  private SourceDb(EmbeddedPostgresServer server, int port) {
    this.server = server;
    this.port = port;
  }

  static SourceDb start(Path dir) {
    int port = freePort();
    EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dir, port, false);
    SourceDb db = new SourceDb(server, port);
    try (Connection c = DriverManager.getConnection(server.jdbcUrl("postgres"), EmbeddedPostgresServer.USER, "");
        Statement s = c.createStatement()) {
      s.execute("create database " + DATABASE);
    } catch (SQLException e) {
      throw new IllegalStateException("could not create the source database: " + e.getMessage(), e);
    }
    db.execute("""
        create table articles (
            id bigint primary key, title text not null, body text not null, author text not null,
            tags text[] not null default '{}', views integer not null default 0,
            updated_at timestamptz not null default now());
        alter table articles replica identity full;
        create table bulk_articles (like articles including all);
        alter table bulk_articles replica identity full;
        """);
    return db;
  }

  int port() {
    return port;
  }

  String jdbcUrl() {
    return server.jdbcUrl(DATABASE);
  }

  Connection connect() throws SQLException {
    return DriverManager.getConnection(jdbcUrl(), EmbeddedPostgresServer.USER, "");
  }

  void execute(String sql) {
    try (Connection c = connect(); Statement s = c.createStatement()) {
      s.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(sql + ": " + e.getMessage(), e);
    }
  }

  long count(String sql) {
    try (Connection c = connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    } catch (SQLException e) {
      throw new IllegalStateException(sql + ": " + e.getMessage(), e);
    }
  }

  /** Inserts articles {@code ids} with the given titles and bodies, in one transaction. */
  void insert(String table, long firstId, java.util.List<String> titles, java.util.List<String> bodies) {
    try (Connection c = connect()) {
      c.setAutoCommit(false);
      try (PreparedStatement insert = c.prepareStatement(
          "insert into " + table + " (id, title, body, author) values (?, ?, ?, 'Bench')")) {
        for (int i = 0; i < titles.size(); i++) {
          insert.setLong(1, firstId + i);
          insert.setString(2, titles.get(i));
          insert.setString(3, bodies.get(i));
          insert.addBatch();
          if (i % 500 == 499) {
            insert.executeBatch();
          }
        }
        insert.executeBatch();
      }
      c.commit();
    } catch (SQLException e) {
      throw new IllegalStateException("insert into " + table + ": " + e.getMessage(), e);
    }
  }

  static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() throws IOException {
    server.close();
  }
}
