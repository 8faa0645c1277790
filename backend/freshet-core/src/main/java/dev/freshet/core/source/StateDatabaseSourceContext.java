package dev.freshet.core.source;

import dev.freshet.api.source.ChangeSink;
import dev.freshet.api.source.SourceContext;
import dev.freshet.api.source.SourceSecrets;
import dev.freshet.core.log.EventLog;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A source's context backed by the state database: the event log as sink, positions in {@code
 * source_position}, secrets in {@code source_secret}. The sink holds a paused source's batches until it is
 * resumed.
 */
final class StateDatabaseSourceContext implements SourceContext {

  private final String sourceId;
  private final EventLog eventLog;
  private final JdbcTemplate jdbc;
  private final SourceSecrets secrets;
  private final SourcePauses pauses;

  StateDatabaseSourceContext(String sourceId, EventLog eventLog, JdbcTemplate jdbc, SourceSecrets secrets,
      SourcePauses pauses) {
    this.pauses = pauses;
    this.sourceId = sourceId;
    this.eventLog = eventLog;
    this.jdbc = jdbc;
    this.secrets = secrets;
  }

  @Override
  public String sourceId() {
    return sourceId;
  }

  @Override
  public Optional<String> committedPosition() {
    List<String> found = jdbc.queryForList("select position from source_position where source_id = ?",
        String.class, sourceId);
    return found.stream().findFirst();
  }

  @Override
  public void commitPosition(String position) {
    jdbc.update("""
        insert into source_position (source_id, position) values (?, ?)
        on conflict (source_id) do update set position = excluded.position, updated_at = clock_timestamp()""",
        sourceId, position);
  }

  @Override
  public ChangeSink sink() {
    return batch -> {
      pauses.awaitResumed(sourceId, batch.size());
      eventLog.append(batch);
    };
  }

  @Override
  public SourceSecrets secrets() {
    return secrets;
  }
}
