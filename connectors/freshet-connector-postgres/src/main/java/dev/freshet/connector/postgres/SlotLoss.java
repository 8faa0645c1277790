package dev.freshet.connector.postgres;

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
 * Freshet checks at every start, before the engine runs, and when the engine fails under a running source, and
 * applies the source's {@code slot-loss} policy.
 *
 * @param reason what happened, in words for an operator
 * @param lastLsn the stored position's LSN, the last change known to be in the index
 * @param invalidated whether the slot still exists, invalidated (it must be dropped before a new one is made)
 * @param detectedAt when Freshet noticed
 */
record SlotLoss(String reason, long lastLsn, boolean invalidated, Instant detectedAt) {

  private static final Logger log = LoggerFactory.getLogger(SlotLoss.class);

  /** The {@code slot-loss} setting. */
  enum Policy {
    /** Re-read the tables (a new initial snapshot) and re-check every indexed document against the source. */
    RESNAPSHOT,
    /** Leave the source FAILED, with the reason, until an operator acts. */
    FAIL
  }

  /**
   * Whether the slot of a source that ran before (a stored position with Debezium offsets) is gone or
   * invalidated. Empty on a first start, or when the slot is fine.
   */
  static Optional<SlotLoss> detect(PostgresSettings settings, RowLoader source, Optional<String> storedPosition) {
    OptionalLong lsn = storedPosition.map(ContextOffsetBackingStore::lsnOf).orElse(OptionalLong.empty());
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
   * The re-snapshot, before the engine starts: drops the invalidated slot (Debezium makes a new one) and replaces
   * the stored position by one without Debezium's offsets, so the engine starts with an initial snapshot, that owes
   * a re-check of every indexed document ({@link ContextOffsetBackingStore.Recheck}), appended once that snapshot
   * has finished. Owed in the stored position, it survives a crash in between.
   */
  void resnapshot(PostgresSettings settings, RowLoader source, SourceContext context) {
    if (invalidated) {
      source.execute("select pg_drop_replication_slot('" + settings.slotName() + "')");
    }
    context.commitPosition(ContextOffsetBackingStore.withoutOffsets(context.committedPosition().orElseThrow(),
        new ContextOffsetBackingStore.Recheck(reason + " after LSN " + RecordMapper.formatLsn(lastLsn), lastLsn)));
    log.warn("Source {}: {} after LSN {}; changes made since may be missing from the index, so the tables are "
        + "read again and every indexed document is re-checked (slot-loss=resnapshot)", settings.sourceId(), reason,
        RecordMapper.formatLsn(lastLsn));
  }

  /**
   * A {@code collection.truncated} for every collection, so the indexer re-checks each indexed document against
   * the source and removes the ones deleted meanwhile. Ids derive from the last indexed position and the one that
   * finished the snapshot, so a save retried at that position appends no second copy.
   */
  static List<ChangeEvent> recheckEvents(PostgresSettings settings, Subjects subjects,
      ContextOffsetBackingStore.Recheck recheck, long snapshotLsn) {
    List<ChangeEvent> rechecks = new ArrayList<>();
    String lsn = RecordMapper.formatLsn(snapshotLsn);
    for (Collection collection : settings.collections()) {
      Map<String, Object> data = new LinkedHashMap<>();
      data.put("collection", collection.name());
      data.put("reason", recheck.reason() + "; every indexed document is re-checked against the source");
      String idSeed = settings.sourceId() + "/recheck/" + recheck.lastLsn() + "/" + snapshotLsn + "/"
          + collection.name();
      rechecks.add(new ChangeEvent(UUID.nameUUIDFromBytes(idSeed.getBytes(StandardCharsets.UTF_8)).toString(),
          settings.sourceId(), EventType.COLLECTION_TRUNCATED.name(), EventType.COLLECTION_TRUNCATED.version(),
          subjects.of(collection), Operation.DELETE, Instant.now(),
          "pg:" + settings.sourceId() + ":recheck:lsn" + snapshotLsn, null, "re-check after the snapshot at lsn " + lsn,
          data));
    }
    return rechecks;
  }

  /** Whether the source has the replication slot (a start that finds it has captured changes before). */
  static boolean slotExists(PostgresSettings settings, RowLoader source) {
    try {
      return source.query("select 1 from pg_replication_slots where slot_name = '" + settings.slotName() + "'",
          java.sql.ResultSet::next);
    } catch (SQLException e) {
      log.warn("Source {}: could not look up the replication slot {}: {}", settings.sourceId(), settings.slotName(),
          e.getMessage());
      return false;
    }
  }

  /** The FAILED status message under {@code slot-loss=fail}: what happened and the two ways on. */
  String failureMessage(PostgresSettings settings) {
    return reason + " after LSN " + RecordMapper.formatLsn(lastLsn) + ": changes made since may be "
        + "missing from the index. Set freshet.sources." + settings.sourceId() + ".slot-loss=resnapshot (the "
        + "default) and restart to re-read the tables" + (invalidated ? " (the invalidated slot is dropped "
        + "then)" : "") + ", or restore the slot";
  }
}
