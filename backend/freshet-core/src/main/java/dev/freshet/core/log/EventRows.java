package dev.freshet.core.log;

import dev.freshet.api.event.ChangeEvent;
import dev.freshet.api.event.Operation;
import dev.freshet.core.json.Json;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Reads {@code event_log} rows back into events. */
public final class EventRows {

  /** The columns {@link #read} expects, for select lists: {@code select } + COLUMNS + {@code  from event_log e}. */
  public static final String COLUMNS = "e.seq, e.id, e.source, e.type, e.version, e.subject, e.operation, e.time, "
      + "e.correlation_id, e.causation_id, e.position, e.data::text as data";

  private EventRows() {}

  public static ChangeEvent read(ResultSet rs) throws SQLException {
    return new ChangeEvent(rs.getString("id"), rs.getString("source"), rs.getString("type"), rs.getInt("version"),
        rs.getString("subject"), Operation.valueOf(rs.getString("operation")),
        rs.getTimestamp("time").toInstant(), rs.getString("correlation_id"), rs.getString("causation_id"),
        rs.getString("position"), Json.readMap(rs.getString("data")));
  }
}
