package dev.freshet.connector.postgres;

import dev.freshet.api.event.ChangeEvent;
import dev.freshet.api.source.SourceContext;
import io.debezium.engine.DebeziumEngine;
import io.debezium.engine.RecordChangeEvent;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.connect.source.SourceRecord;

/** Maps a batch, hands it to the sink, and marks it processed only after the sink returned. */
record BatchHandler(SourceContext context, RecordMapper mapper, Runnable onData)
    implements DebeziumEngine.ChangeConsumer<RecordChangeEvent<SourceRecord>> {

  @Override
  public void handleBatch(List<RecordChangeEvent<SourceRecord>> records,
      DebeziumEngine.RecordCommitter<RecordChangeEvent<SourceRecord>> committer) throws InterruptedException {
    SinkRetry.deliver(context, () -> {
      List<ChangeEvent> events = new ArrayList<>(records.size());
      for (RecordChangeEvent<SourceRecord> record : records) {
        events.addAll(mapper.map(record.record())); // may run lookup queries against the source
      }
      return events;
    });
    for (RecordChangeEvent<SourceRecord> record : records) {
      committer.markProcessed(record);
    }
    committer.markBatchFinished();
    onData.run();
  }
}
