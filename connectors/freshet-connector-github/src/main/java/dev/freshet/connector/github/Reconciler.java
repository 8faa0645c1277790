package dev.freshet.connector.github;

import dev.freshet.api.event.ChangeEvent;
import dev.freshet.api.event.EventType;
import dev.freshet.api.event.Operation;
import dev.freshet.api.source.SourceContext;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Compares git trees. The reconcile run — the backstop for missed deliveries — lists the branch's files
 * (with blob SHAs), compares them with the SHAs handed over last time (the committed position), and sends a
 * change for every file that is new, changed or gone; the first run indexes the repository as it is. A
 * branch-wide sync (a forced push, a created branch, a truncated commit list, a deleted branch) compares the
 * tree before the push with the tree after it. Ids derive from path and blob (or from the request), so a run
 * repeated after a crash sends the same events.
 */
final class Reconciler {

  private static final Logger log = LoggerFactory.getLogger(Reconciler.class);
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final GitHubSettings settings;
  private final ContentsClient contents;

  Reconciler(GitHubSettings settings, ContentsClient contents) {
    this.settings = settings;
    this.contents = contents;
  }

  /** Returns after the differences are durable and the new position is committed. */
  synchronized int run(SourceContext context) throws InterruptedException {
    ContentsClient.Tree tree = contents.tree();
    Map<String, String> now = indexed(tree);
    Map<String, String> known = context.committedPosition().map(Reconciler::blobs).orElse(Map.of());
    List<ChangeEvent> events = new ArrayList<>();
    differences(known, now, !tree.truncated()).forEach((path, operation) -> {
      String blob = operation == Operation.DELETE ? "deleted:" + known.get(path) : now.get(path);
      String id = UUID.nameUUIDFromBytes((settings.sourceId() + "|reconcile|" + path + "|" + operation + "|" + blob)
          .getBytes(StandardCharsets.UTF_8)).toString();
      String shortBlob = blob.substring(Math.max(0, blob.length() - 12));
      events.add(event(id, path, operation, Instant.now(),
          "gh-reconcile:" + settings.sourceId() + ":" + path + "@" + shortBlob, null, "blob " + shortBlob, blob));
    });
    if (tree.truncated()) {
      log.warn("Source {}: GitHub truncated the tree of {}; files it left out are neither added nor removed",
          settings.sourceId(), settings.branch());
      known.forEach(now::putIfAbsent);
    }
    if (!events.isEmpty()) {
      context.sink().accept(events);
    }
    Map<String, Object> position = new LinkedHashMap<>();
    position.put("reconciledAt", Instant.now().toString());
    position.put("blobs", now);
    context.commitPosition(JSON.writeValueAsString(position));
    log.info("Source {}: reconciled {} file(s) of {}@{}, {} change(s)", settings.sourceId(), now.size(),
        settings.repository(), settings.branch(), events.size());
    return events.size();
  }

  /**
   * The files a branch-wide {@code collection.changed} stands for: those that differ between the tree before
   * the push and the tree after it (no {@code before}: every file after; no {@code after}: every file before,
   * removed).
   */
  List<ChangeEvent> sync(ChangeEvent request) {
    String before = (String) request.data().get("before");
    String after = (String) request.data().get("after");
    Map<String, String> old = before == null ? Map.of() : indexed(contents.tree(before));
    Map<String, String> now = after == null ? Map.of() : indexed(contents.tree(after));
    List<ChangeEvent> events = new ArrayList<>();
    differences(old, now, true).forEach((path, operation) -> {
      String id = UUID.nameUUIDFromBytes((settings.sourceId() + "|" + request.id() + "|" + path)
          .getBytes(StandardCharsets.UTF_8)).toString();
      events.add(event(id, path, operation, request.time(), request.correlationId(), request.id(),
          request.position(), operation == Operation.DELETE ? old.get(path) : now.get(path)));
    });
    return events;
  }

  /** When the last reconcile run finished, from a committed position. */
  static Optional<Instant> reconciledAt(String position) {
    JsonNode stored = JSON.readTree(position);
    return stored.has("reconciledAt") ? Optional.of(Instant.parse(stored.get("reconciledAt").asString()))
        : Optional.empty();
  }

  private Map<String, String> indexed(ContentsClient.Tree tree) {
    Map<String, String> files = new TreeMap<>();
    tree.blobs().forEach((path, sha) -> {
      if (settings.indexes(path)) {
        files.put(path, sha);
      }
    });
    return files;
  }

  /** What changed from one listing to the next; files missing from {@code now} count only when it is complete. */
  private static Map<String, Operation> differences(Map<String, String> known, Map<String, String> now,
      boolean complete) {
    Map<String, Operation> changes = new TreeMap<>();
    now.forEach((path, sha) -> {
      if (!sha.equals(known.get(path))) {
        changes.put(path, known.containsKey(path) ? Operation.UPDATE : Operation.CREATE);
      }
    });
    if (complete) {
      known.keySet().stream().filter(path -> !now.containsKey(path)).forEach(path -> changes.put(path, Operation.DELETE));
    }
    return changes;
  }

  private ChangeEvent event(String id, String path, Operation operation, Instant time, String correlationId,
      @Nullable String causationId, @Nullable String position, @Nullable String blob) {
    Map<String, @Nullable Object> data = new LinkedHashMap<>();
    data.put("path", path);
    data.put("blob", blob);
    data.put(causationId == null ? "reconcile" : "sync", true);
    return new ChangeEvent(id, settings.sourceId(), EventType.DOCUMENT_CHANGED.name(),
        EventType.DOCUMENT_CHANGED.version(), settings.subjectOf(path), operation, time, correlationId, causationId,
        position, data);
  }

  private static Map<String, String> blobs(String position) {
    Map<String, String> blobs = new TreeMap<>();
    JSON.readTree(position).path("blobs").properties().forEach(e -> blobs.put(e.getKey(), e.getValue().asString()));
    return blobs;
  }
}
