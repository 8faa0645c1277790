package dev.freshet.core.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.freshet.api.event.ChangeEvent;
import dev.freshet.api.event.Operation;
import dev.freshet.core.json.Json;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.junit.jupiter.api.Test;

class CloudEventRecordsTest {

  private static final ChangeEvent EVENT = new ChangeEvent("e-1", "kb", "document.changed", 1,
      "kb:public.articles:42", Operation.UPDATE, Instant.parse("2026-12-06T07:00:00Z"), "pg:kb:tx9:lsn100", null,
      "lsn 0/64 tx 9", Map.of("table", "public.articles", "textChanged", true));

  @Test
  void anEventIsAStructuredCloudEventKeyedBySubjectAndReadsBackTheSame() {
    ProducerRecord<String, byte[]> record = CloudEventRecords.toRecord("freshet.events",
        new CloudEventRecords.Logged(17, EVENT, "indexer"));

    assertThat(record.key()).isEqualTo("kb:public.articles:42");
    assertThat(new String(record.headers().lastHeader("content-type").value(), StandardCharsets.UTF_8))
        .startsWith("application/cloudevents+json");
    Map<String, Object> json = Json.readMap(new String(record.value(), StandardCharsets.UTF_8));
    assertThat(json).containsEntry("specversion", "1.0").containsEntry("id", "e-1").containsEntry("source", "kb")
        .containsEntry("type", "document.changed").containsEntry("subject", "kb:public.articles:42")
        .containsEntry("correlationid", "pg:kb:tx9:lsn100").containsEntry("sequence", "17")
        .containsEntry("schemaversion", 1).doesNotContainKey("causationid");

    CloudEventRecords.Logged back = CloudEventRecords.fromRecord(consumed(record));
    assertThat(back.seq()).isEqualTo(17);
    assertThat(back.onlyAgent()).isEqualTo("indexer");
    assertThat(back.event()).usingRecursiveComparison().isEqualTo(EVENT);
  }

  @Test
  void aRecordThatIsNotAFreshetCloudEventIsRefusedWithWhereItIs() {
    ConsumerRecord<String, byte[]> foreign = new ConsumerRecord<>("freshet.events", 3, 99, "k",
        "{\"hello\":\"world\"}".getBytes(StandardCharsets.UTF_8));

    assertThatThrownBy(() -> CloudEventRecords.fromRecord(foreign)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("freshet.events-3@99").hasMessageContaining("'id' is missing");
  }

  private static ConsumerRecord<String, byte[]> consumed(ProducerRecord<String, byte[]> sent) {
    return new ConsumerRecord<>(sent.topic(), 0, 0, 0L, TimestampType.CREATE_TIME, 0, 0, sent.key(), sent.value(),
        new RecordHeaders(sent.headers().toArray()), java.util.Optional.empty());
  }
}
