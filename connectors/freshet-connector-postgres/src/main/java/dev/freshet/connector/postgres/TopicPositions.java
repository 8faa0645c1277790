package dev.freshet.connector.postgres;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.apache.kafka.common.TopicPartition;

/**
 * A Debezium-on-Kafka source's position: for each partition of its topics, the offset of the next record to read,
 * written as {@code topic:partition=offset;...} (Kafka topic names hold no colon, equals sign or semicolon). Kept in
 * Freshet's state database through the source context, committed only after the sink accepted the records before it.
 */
final class TopicPositions {

  private TopicPositions() {}

  static Map<TopicPartition, Long> parse(String position) {
    Map<TopicPartition, Long> offsets = new LinkedHashMap<>();
    for (String entry : position.split(";")) {
      if (entry.isBlank()) {
        continue;
      }
      int colon = entry.lastIndexOf(':');
      int equals = entry.lastIndexOf('=');
      if (colon < 1 || equals < colon) {
        throw new IllegalArgumentException("not a topic position: '" + entry + "' in '" + position + "'");
      }
      offsets.put(new TopicPartition(entry.substring(0, colon), Integer.parseInt(entry.substring(colon + 1, equals))),
          Long.parseLong(entry.substring(equals + 1)));
    }
    return offsets;
  }

  static String format(Map<TopicPartition, Long> offsets) {
    StringBuilder out = new StringBuilder();
    new TreeMap<String, Long>(toText(offsets)).forEach((partition, offset) ->
        out.append(out.isEmpty() ? "" : ";").append(partition).append('=').append(offset));
    return out.toString();
  }

  private static Map<String, Long> toText(Map<TopicPartition, Long> offsets) {
    Map<String, Long> text = new LinkedHashMap<>();
    offsets.forEach((tp, offset) -> text.put(tp.topic() + ":" + tp.partition(), offset));
    return text;
  }
}
