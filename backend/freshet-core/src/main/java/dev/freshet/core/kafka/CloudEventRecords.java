package dev.freshet.core.kafka;

import dev.freshet.api.event.ChangeEvent;
import dev.freshet.api.event.Operation;
import dev.freshet.core.json.Json;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.jspecify.annotations.Nullable;

/**
 * Events as Kafka records: CloudEvents 1.0 in structured mode (the whole event, attributes and data, as one JSON
 * value with content type {@code application/cloudevents+json}), keyed by subject so one subject's events stay in
 * one partition, in order. Freshet's envelope fields that CloudEvents has no attribute for are extension
 * attributes: {@code schemaversion}, {@code operation}, {@code correlationid}, {@code causationid}, {@code
 * position}, and {@code sequence} (the event's position in Freshet's log, after the CloudEvents sequence
 * extension). A record meant for one agent only (an operator's replay) names it in the header {@value
 * #AGENT_HEADER}.
 *
 * <p>Written here rather than with the CloudEvents SDK: its JSON format is built on Jackson 2, Freshet on Jackson
 * 3, and the mapping is these dozen fields.
 */
final class CloudEventRecords {

  static final String CONTENT_TYPE = "application/cloudevents+json; charset=UTF-8";
  static final String AGENT_HEADER = "freshet-agent";

  private CloudEventRecords() {}

  /** An event in the log and its position there. */
  record Logged(long seq, ChangeEvent event, @Nullable String onlyAgent) {}

  static ProducerRecord<String, byte[]> toRecord(String topic, Logged logged) {
    ChangeEvent e = logged.event();
    Map<String, @Nullable Object> json = new LinkedHashMap<>();
    json.put("specversion", "1.0");
    json.put("id", e.id());
    json.put("source", e.source());
    json.put("type", e.type());
    json.put("subject", e.subject());
    json.put("time", e.time().toString());
    json.put("datacontenttype", "application/json");
    json.put("schemaversion", e.version());
    json.put("operation", e.operation().name());
    json.put("correlationid", e.correlationId());
    putIfPresent(json, "causationid", e.causationId());
    putIfPresent(json, "position", e.position());
    json.put("sequence", Long.toString(logged.seq()));
    json.put("data", e.data());
    ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, e.subject(),
        Json.write(json).getBytes(StandardCharsets.UTF_8));
    record.headers().add("content-type", CONTENT_TYPE.getBytes(StandardCharsets.UTF_8));
    if (logged.onlyAgent() != null) {
      record.headers().add(AGENT_HEADER, logged.onlyAgent().getBytes(StandardCharsets.UTF_8));
    }
    return record;
  }

  /**
   * Reads a record back.
   *
   * @throws IllegalArgumentException when the value is not a Freshet CloudEvent
   */
  static Logged fromRecord(ConsumerRecord<String, byte[]> record) {
    Map<String, @Nullable Object> json = Json.readMap(new String(record.value(), StandardCharsets.UTF_8));
    try {
      @SuppressWarnings("unchecked")
      Map<String, @Nullable Object> data = json.get("data") instanceof Map<?, ?> map
          ? (Map<String, @Nullable Object>) map : Map.of();
      ChangeEvent event = new ChangeEvent(text(json, "id"), text(json, "source"), text(json, "type"),
          Integer.parseInt(text(json, "schemaversion")), text(json, "subject"),
          Operation.valueOf(text(json, "operation")), Instant.parse(text(json, "time")), text(json, "correlationid"),
          (String) json.get("causationid"), (String) json.get("position"), data);
      Header agent = record.headers().lastHeader(AGENT_HEADER);
      return new Logged(Long.parseLong(text(json, "sequence")), event,
          agent == null ? null : new String(agent.value(), StandardCharsets.UTF_8));
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("not a Freshet CloudEvent at " + record.topic() + "-" + record.partition()
          + "@" + record.offset() + ": " + e.getMessage(), e);
    }
  }

  private static String text(Map<String, @Nullable Object> json, String attribute) {
    Object value = json.get(attribute);
    if (value == null) {
      throw new IllegalArgumentException("the attribute '" + attribute + "' is missing");
    }
    return value.toString();
  }

  private static void putIfPresent(Map<String, @Nullable Object> json, String attribute, @Nullable String value) {
    if (value != null) {
      json.put(attribute, value);
    }
  }
}
