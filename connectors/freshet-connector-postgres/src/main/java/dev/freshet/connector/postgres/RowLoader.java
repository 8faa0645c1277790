package dev.freshet.connector.postgres;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.freshet.api.error.PermanentException;
import dev.freshet.api.error.RetryableException;
import dev.freshet.api.source.SourceDocument;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Reads a document's current row from the source database through a small connection pool. Values
 * are compared as text parameters ({@code stringtype=unspecified}), so PostgreSQL casts them to the
 * key columns' types and the primary-key index is used. Thread-safe.
 */
final class RowLoader implements AutoCloseable {

  private final Subjects subjects;
  private final List<Collection> collections;
  private final HikariDataSource pool;

  RowLoader(PostgresSettings settings, Subjects subjects) {
    this.subjects = subjects;
    this.collections = settings.collections();
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(settings.jdbcUrl());
    config.setUsername(settings.user());
    config.setPassword(settings.password());
    config.setMaximumPoolSize(4);
    config.setMinimumIdle(0);
    config.setPoolName("freshet-" + settings.sourceId() + "-reader");
    config.setInitializationFailTimeout(-1); // connect lazily: the source may start after Freshet
    config.setReadOnly(true);
    this.pool = new HikariDataSource(config);
  }

  /** The subjects of every document of every collection, as the source holds them now. */
  List<String> subjects() {
    List<String> all = new ArrayList<>();
    for (Collection c : collections) {
      try (Connection connection = pool.getConnection();
          PreparedStatement ps = connection.prepareStatement(c.selectKeys())) {
        ps.setFetchSize(1_000);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            List<String> key = new ArrayList<>(c.keyColumns().size());
            for (int i = 1; i <= c.keyColumns().size(); i++) {
              key.add(rs.getString(i));
            }
            all.add(subjects.of(c, key));
          }
        }
      } catch (SQLException e) {
        throw new RetryableException("listing the documents of " + c.name() + " failed: " + e.getMessage(), e);
      }
    }
    return all;
  }

  Optional<SourceDocument> load(String subject) {
    Subjects.Row row = subjects.parse(subject)
        .orElseThrow(() -> new PermanentException("subject " + subject + " names no configured collection"));
    Collection c = row.collection();
    try (Connection connection = pool.getConnection();
        PreparedStatement ps = connection.prepareStatement(c.selectByKey())) {
      for (int i = 0; i < row.keyValues().size(); i++) {
        ps.setString(i + 1, row.keyValues().get(i));
      }
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        return Optional.of(toDocument(subject, c, rs));
      }
    } catch (SQLException e) {
      throw new RetryableException("reading " + subject + " failed: " + e.getMessage(), e);
    }
  }

  /**
   * The key values of the documents a changed row affects, by the link's lookup query. Called on the
   * capture thread; a failure is retried by the connector with the whole batch.
   */
  List<List<String>> lookupKeys(TableLink.Lookup lookup, Map<String, @Nullable Object> row) {
    try (Connection connection = pool.getConnection();
        PreparedStatement ps = connection.prepareStatement(lookup.sql())) {
      for (int i = 0; i < lookup.parameters().size(); i++) {
        Object value = row.get(lookup.parameters().get(i));
        ps.setString(i + 1, value == null ? null : String.valueOf(value));
      }
      List<List<String>> keys = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        int width = rs.getMetaData().getColumnCount();
        while (rs.next()) {
          List<String> key = new ArrayList<>(width);
          for (int i = 1; i <= width; i++) {
            key.add(rs.getString(i));
          }
          keys.add(key);
        }
      }
      return keys;
    } catch (SQLException e) {
      throw new RetryableException("the lookup '" + lookup.text() + "' failed: " + e.getMessage(), e);
    }
  }

  /** Runs a statement that writes (DDL, signals) on the source. */
  void execute(String sql) {
    try (Connection connection = pool.getConnection()) {
      connection.setReadOnly(false);
      try (var statement = connection.createStatement()) {
        statement.execute(sql);
      }
    } catch (SQLException e) {
      throw new RetryableException("writing to the source failed: " + e.getMessage(), e);
    }
  }

  /** Runs a query on the source, for status checks, with {@code params} bound to its placeholders. */
  <T> T query(String sql, ResultSetReader<T> reader, Object... params) throws SQLException {
    try (Connection connection = pool.getConnection(); PreparedStatement ps = connection.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        ps.setObject(i + 1, params[i]);
      }
      try (ResultSet rs = ps.executeQuery()) {
        return reader.read(rs);
      }
    }
  }

  interface ResultSetReader<T> {
    T read(ResultSet rs) throws SQLException;
  }

  private static SourceDocument toDocument(String subject, Collection c, ResultSet rs) throws SQLException {
    ResultSetMetaData meta = rs.getMetaData();
    StringBuilder text = new StringBuilder();
    int column = 1;
    for (int i = 0; i < c.textColumns().size(); i++, column++) {
      String value = asText(rs, column, meta.getColumnTypeName(column));
      if (value != null && !value.isBlank()) {
        if (!text.isEmpty()) {
          text.append("\n\n");
        }
        text.append(value.strip());
      }
    }
    Map<String, String> metadata = new LinkedHashMap<>();
    metadata.put("collection", c.name());
    for (String name : c.metadataColumns()) {
      String value = asText(rs, column, meta.getColumnTypeName(column));
      if (value != null) {
        metadata.put(name, value);
      }
      column++;
    }
    return new SourceDocument(subject, text.toString(), metadata, c.format());
  }

  private static @Nullable String asText(ResultSet rs, int column, String typeName) throws SQLException {
    if (typeName.equals("timestamptz")) {
      OffsetDateTime time = rs.getObject(column, OffsetDateTime.class);
      return time == null ? null : time.toInstant().toString();
    }
    if (typeName.equals("bool")) { // getString gives PostgreSQL's "t" and "f"
      boolean value = rs.getBoolean(column);
      return rs.wasNull() ? null : Boolean.toString(value);
    }
    if (typeName.startsWith("_")) { // PostgreSQL array types are named _element
      Array array = rs.getArray(column);
      return array == null ? null
          : Arrays.stream((Object[]) array.getArray()).map(String::valueOf).collect(Collectors.joining(","));
    }
    return rs.getString(column);
  }

  @Override
  public void close() {
    pool.close();
  }
}
