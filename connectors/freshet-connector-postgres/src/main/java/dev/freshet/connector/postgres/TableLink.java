package dev.freshet.connector.postgres;

import dev.freshet.api.error.ConfigurationException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a changed row of one captured table leads to the documents it affects: either its own columns
 * hold the document key ({@link Direct}), or a lookup query returns the keys ({@link Lookup}), e.g.
 * {@code select id from articles where author_id = :id} for a renamed author.
 */
sealed interface TableLink {

  /** The changed row's columns hold the document key, in key order. */
  record Direct(List<String> columns) implements TableLink {}

  /**
   * A query, run against the source, that returns the keys of the affected documents.
   *
   * @param sql the query with {@code :column} parameters replaced by {@code ?}
   * @param parameters the changed row's columns bound to the parameters, in order
   * @param text the query as configured, for messages
   */
  record Lookup(String sql, List<String> parameters, String text) implements TableLink {}

  Pattern PARAMETER = Pattern.compile("(?<!:):(\\w+)");

  /** Parses a configured link: a select statement, or a comma-separated list of key columns. */
  static TableLink parse(String property, String value) {
    String trimmed = value.strip();
    if (!trimmed.regionMatches(true, 0, "select", 0, 6)) {
      List<String> columns = Arrays.stream(trimmed.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
      if (columns.isEmpty() || !columns.stream().allMatch(c -> c.matches("\\w+"))) {
        throw new ConfigurationException(property, "'" + value + "' is neither key columns nor a select",
            "Give the columns of this table that hold the document key (e.g. id), or a query returning the keys "
                + "of the affected documents, e.g. select id from articles where author_id = :id");
      }
      return new Direct(columns);
    }
    List<String> parameters = new ArrayList<>();
    Matcher m = PARAMETER.matcher(trimmed);
    StringBuilder sql = new StringBuilder();
    while (m.find()) {
      parameters.add(m.group(1));
      m.appendReplacement(sql, "?");
    }
    m.appendTail(sql);
    if (parameters.isEmpty()) {
      throw new ConfigurationException(property, "the lookup query has no :column parameter",
          "Refer to the changed row's columns as :name, e.g. select id from articles where author_id = :id");
    }
    return new Lookup(sql.toString(), parameters, trimmed);
  }
}
