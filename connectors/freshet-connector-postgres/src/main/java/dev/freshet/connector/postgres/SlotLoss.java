package dev.freshet.connector.postgres;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.freshet.api.event.ChangeEvent;
import dev.freshet.api.event.EventType;
import dev.freshet.api.event.Operation;
import dev.freshet.api.source.SourceContext;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A replication slot lost since the stored position was written: dropped (by an operator, a failover, a
 * major-version upgrade) or invalidated by PostgreSQL (its WAL removed past {@code max_slot_wal_keep_size}).
 * The changes between the stored position and now are gone from the WAL, and Debezium would quietly create a
 * new slot at the current position and go on: every change made meanwhile would be missing from the index.
 * Freshet checks at every start, before the engine runs, and applies the source's {@code slot-loss} policy.
 *
 * @param reason what happened, in words for an operator
 * @param lastLsn the stored position's LSN, the last change known to be in the index
 * @param invalidated whether the slot still exists, invalidated (it must be dropped before a new one is made)
 * @param detectedAt when Freshet noticed
 */
record SlotLoss(String reason, long lastLsn, boolean invalidated, Instant detectedAt) {

  private static final Logger log = LoggerFactory.getLogger(SlotLoss.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  /** The {@code slot-loss} setting. */
  enum Policy {
    /** Re-check every indexed document against the source, then re-read the tables (a new initial snapshot). */
    RESNAPSHOT,
    /** Leave the source FAILED, with the reason, until an operator acts. */
    FAIL
  }

  /**
   * Whether the slot of a source that ran before (a stored position with Debezium offsets) is gone or
   * invalidated. Empty on a first start, or when the slot is fine.
   */
  static Optional<SlotLoss> detect(PostgresSettings settings, RowLoader source, Optional<String> storedPosition) {
    OptionalLong lsn = storedLsn(storedPosition);
    if (lsn.isEmpty()) {
      return Optional.empty();
    }
    try {
      return source.query("select wal_status, to_jsonb(s) ->> 'invalidation_reason' as invalidation "
          + "from pg_replication_slots s where slot_name = '" + settings.slotName() + "'", rs -> {
            if (!rs.next()) {
              return Optional.of(new SlotLoss("the replication slot " + settings.slotName() + " was dropped",
                  lsn.getAsLong(), false, Instant.now()));
            }
            String invalidation = rs.getString("invalidation");
            if ("lost".equals(rs.getString("wal_status")) || invalidation != null) {
              return Optional.of(new SlotLoss("the replication slot " + settings.slotName() + " was invalidated ("
                  + (invalidation == null ? "its WAL was removed" : invalidation)
                  + "; see max_slot_wal_keep_size)", lsn.getAsLong(), true, Instant.now()));
            }
            return Optional.<SlotLoss>empty();
          });
    } catch (SQLException e) {
      // the source is not reachable: Debezium reports that, and the check runs again at the next start
      log.warn("Source {}: could not check the replication slot {}: {}", settings.sourceId(), settings.slotName(),
          e.getMessage());
      return Optional.empty();
    }
  }

  /** The LSN in the stored position's Debezium offsets, if it has any. */
  private static OptionalLong storedLsn(Optional<String> storedPosition) {
    if (storedPosition.isEmpty()) {
      return OptionalLong.empty();
    }
    try {
      JsonNode offsets = JSON.readTree(storedPosition.get()).path("offsets");
      for (JsonNode pair : offsets) {
        JsonNode offset = pair.get(1);
        if (offset != null && offset.isTextual()) {
          JsonNode lsn = JSON.readTree(offset.asText()).get("lsn");
          if (lsn != null && lsn.canConvertToLong()) {
            return OptionalLong.of(lsn.asLong());
          }
        }
      }
      return OptionalLong.empty();
    } catch (java.io.IOException e) {
      throw new IllegalStateException("the stored position is not Freshet's Debezium position: " + e.getMessage(), e);
    }
  }

  /** How the loss shows in the source's status (and so in health and the console). */
  Map<String, Object> describe(Policy policy) {
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("reason", reason);
    details.put("lastIndexedLsn", RecordMapper.formatLsn(lastLsn));
    details.put("detectedAt", detectedAt.toString());
    details.put("policy", policy.name().toLowerCase(java.util.Locale.ROOT));
    details.put("action", policy == Policy.RESNAPSHOT
        ? "every indexed document re-checked against the source and every table re-read (a new initial snapshot)"
        : "the source is stopped until an operator acts");
    return details;
  }

  /**
   * The re-snapshot: drops the invalidated slot (Debezium makes a new one), appends a {@code collection.truncated}
   * for every collection so the indexer re-checks each indexed document against the source and removes the
   * ones deleted while the slot was gone, then clears Debezium's offsets so the engine starts with an initial
   * snapshot. Each step is safe to repeat: a crash half-way detects the same loss at the next start, and the
   * events' ids derive from the lost position, so the log keeps one copy.
   */
  void resnapshot(PostgresSettings settings, RowLoader source, Subjects subjects, SourceContext context) {
    if (invalidated) {
      source.execute("select pg_drop_replication_slot('" + settings.slotName() + "')");
    }
    List<ChangeEvent> rechecks = new ArrayList<>();
    String correlationId = "pg:" + settings.sourceId() + ":slotlost:lsn" + lastLsn;
    for (Collection collection : settings.collections()) {
      Map<String, Object> data = new LinkedHashMap<>();
      data.put("collection", collection.name());
      data.put("reason", reason + " after LSN " + RecordMapper.formatLsn(lastLsn)
          + "; every document is re-checked against the source");
      String idSeed = settings.sourceId() + "/slot-lost/" + lastLsn + "/" + collection.name();
      rechecks.add(new ChangeEvent(UUID.nameUUIDFromBytes(idSeed.getBytes(StandardCharsets.UTF_8)).toString(),
          settings.sourceId(), EventType.COLLECTION_TRUNCATED.name(), EventType.COLLECTION_TRUNCATED.version(),
          subjects.of(collection), Operation.DELETE, detectedAt, correlationId, null,
          "slot lost after lsn " + RecordMapper.formatLsn(lastLsn), data));
    }
    try {
      context.sink().accept(rechecks);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while handling the lost slot of " + settings.sourceId(), e);
    }
    context.commitPosition(ContextOffsetBackingStore.withoutOffsets(context.committedPosition().orElseThrow()));
    log.warn("Source {}: {} after LSN {}; changes made since may be missing from the index, so every indexed "
        + "document is re-checked and the tables are read again (slot-loss=resnapshot)", settings.sourceId(), reason,
        RecordMapper.formatLsn(lastLsn));
  }

  /** The FAILED status message under {@code slot-loss=fail}: what happened and the two ways on. */
  String failureMessage(PostgresSettings settings) {
    return reason + " after LSN " + RecordMapper.formatLsn(lastLsn) + ": changes made since may be "
        + "missing from the index. Set freshet.sources." + settings.sourceId() + ".slot-loss=resnapshot (the "
        + "default) and restart to re-read the tables" + (invalidated ? " (the invalidated slot is dropped "
        + "then)" : "") + ", or restore the slot";
  }
}
