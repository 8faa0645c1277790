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
import java.util.TreeMap;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The backstop for missed deliveries: lists the branch's files (the git tree, with blob SHAs), compares
 * them with the SHAs handed over last time (the committed position), and sends a change for every file
 * that is new, changed or gone. The first run indexes the repository as it is. Ids derive from path and
 * blob, so a run repeated after a crash sends the same events.
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
    Map<String, String> now = new TreeMap<>();
    tree.blobs().forEach((path, sha) -> {
      if (settings.indexes(path)) {
        now.put(path, sha);
      }
    });
    Map<String, String> known = context.committedPosition().map(Reconciler::decode).orElse(Map.of());
    List<ChangeEvent> events = new ArrayList<>();
    now.forEach((path, sha) -> {
      if (!sha.equals(known.get(path))) {
        events.add(event(path, known.containsKey(path) ? Operation.UPDATE : Operation.CREATE, sha));
      }
    });
    if (!tree.truncated()) {
      known.keySet().stream().filter(path -> !now.containsKey(path))
          .forEach(path -> events.add(event(path, Operation.DELETE, "deleted:" + known.get(path))));
    } else {
      log.warn("Source {}: GitHub truncated the tree of {}; files it left out are neither added nor removed",
          settings.sourceId(), settings.branch());
      known.forEach(now::putIfAbsent);
    }
    if (!events.isEmpty()) {
      context.sink().accept(events);
    }
    context.commitPosition(JSON.writeValueAsString(Map.of("blobs", now)));
    log.info("Source {}: reconciled {} file(s) of {}@{}, {} change(s)", settings.sourceId(), now.size(),
        settings.repository(), settings.branch(), events.size());
    return events.size();
  }

  private ChangeEvent event(String path, Operation operation, String blob) {
    String id = UUID.nameUUIDFromBytes((settings.sourceId() + "|reconcile|" + path + "|" + operation + "|" + blob)
        .getBytes(StandardCharsets.UTF_8)).toString();
    Map<String, @Nullable Object> data = new LinkedHashMap<>();
    data.put("path", path);
    data.put("blob", blob);
    data.put("reconcile", true);
    String shortBlob = blob.substring(Math.max(0, blob.length() - 12));
    return new ChangeEvent(id, settings.sourceId(), EventType.DOCUMENT_CHANGED.name(),
        EventType.DOCUMENT_CHANGED.version(), settings.subjectOf(path), operation, Instant.now(),
        "gh-reconcile:" + settings.sourceId() + ":" + path + "@" + shortBlob, null, "blob " + shortBlob, data);
  }

  private static Map<String, String> decode(String position) {
    Map<String, Map<String, String>> stored = JSON.readValue(position, new TypeReference<>() {});
    return new TreeMap<>(stored.getOrDefault("blobs", Map.of()));
  }
}
