package dev.freshet.connector.postgres;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Subjects of rows: {@code <prefix>:<schema>.<table>:<key>}, e.g. {@code kb:public.articles:42}. A
 * composite key joins its values with commas; a value's own {@code %}, {@code ,} and {@code :} are
 * percent-encoded so every subject parses back to exactly one row.
 */
record Subjects(String prefix, List<Collection> collections) {

  String of(Collection collection, List<String> keyValues) {
    return of(collection) + ":" + keyValues.stream().map(Subjects::encode).collect(Collectors.joining(","));
  }

  /** The subject of a whole collection, the prefix of its rows' subjects, e.g. {@code kb:public.articles}. */
  String of(Collection collection) {
    return prefix + ":" + collection.subjectName();
  }

  /** The collection and key values of a subject, or empty when it is not one of ours. */
  Optional<Row> parse(String subject) {
    for (Collection collection : collections) {
      String start = of(collection) + ":";
      if (subject.startsWith(start)) {
        List<String> keys = Arrays.stream(subject.substring(start.length()).split(",", -1))
            .map(v -> URLDecoder.decode(v.replace("+", "%2B"), StandardCharsets.UTF_8)).toList();
        if (keys.size() == collection.keyColumns().size()) {
          return Optional.of(new Row(collection, keys));
        }
      }
    }
    return Optional.empty();
  }

  /** A row named by a subject. */
  record Row(Collection collection, List<String> keyValues) {}

  private static String encode(String value) {
    return value.replace("%", "%25").replace(",", "%2C").replace(":", "%3A");
  }
}
