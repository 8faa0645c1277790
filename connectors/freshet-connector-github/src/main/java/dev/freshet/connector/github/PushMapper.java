package dev.freshet.connector.github;

import dev.freshet.api.event.ChangeEvent;
import dev.freshet.api.event.EventType;
import dev.freshet.api.event.Operation;
import dev.freshet.api.webhook.WebhookOutcome;
import dev.freshet.api.webhook.WebhookRejectedException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Maps a verified {@code push} delivery to one {@code document.changed} per indexed file it touched: the
 * last thing any commit of the push did to a path wins (added or modified → changed, removed → deleted),
 * so a rename is a removal and an addition. Ids derive from the delivery id and the path.
 *
 * <p>When the commit list cannot be trusted to name every file — a forced push (rewritten history), a
 * created branch, a list that GitHub truncated — or the branch was deleted under {@code branch-deletion:
 * remove}, the push becomes one {@code collection.changed} for the branch instead, and the files follow from
 * comparing trees ({@link GitHubConnector#sync}). Pushes by a login in {@code bot-logins} are ignored.
 */
final class PushMapper {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  /** GitHub lists at most 2048 commits in a push delivery; a list that long may be cut short. */
  static final int MAX_LISTED_COMMITS = 2048;

  private final GitHubSettings settings;

  PushMapper(GitHubSettings settings) {
    this.settings = settings;
  }

  WebhookOutcome map(String deliveryId, byte[] body) {
    JsonNode push;
    try {
      push = JSON.readTree(body);
    } catch (JacksonException e) {
      throw new WebhookRejectedException(WebhookRejectedException.MALFORMED, "the body is not JSON: "
          + e.getOriginalMessage());
    }
    String repository = push.path("repository").path("full_name").asString("");
    if (!repository.equalsIgnoreCase(settings.repository())) {
      throw new WebhookRejectedException(WebhookRejectedException.MALFORMED, "the delivery is for repository '"
          + repository + "', but this source indexes " + settings.repository());
    }
    String ref = push.path("ref").asString("");
    if (!ref.equals("refs/heads/" + settings.branch())) {
      return new WebhookOutcome.Ignored(deliveryId, "a push to " + ref + ", not to the indexed branch "
          + settings.branch());
    }
    String sender = push.path("sender").path("login").asString("");
    if (settings.botLogins().contains(sender.toLowerCase(Locale.ROOT))) {
      return new WebhookOutcome.Ignored(deliveryId, "the bot's own edit (pushed by " + sender
          + ", listed in bot-logins); not re-indexed, so it cannot start a loop");
    }
    String before = push.path("before").asString("");
    String after = push.path("after").asString("");
    Instant time = time(push.path("head_commit").path("timestamp").asString(null));
    if (push.path("deleted").asBoolean(false)) {
      if (settings.branchDeletion() == GitHubSettings.BranchDeletion.KEEP) {
        return new WebhookOutcome.Ignored(deliveryId,
            "the indexed branch was deleted; the index keeps its documents (branch-deletion: keep)");
      }
      return branchWide(deliveryId, "branch deleted (branch-deletion: remove)", before, null, time);
    }
    JsonNode commits = push.path("commits");
    if (isZero(before) || push.path("created").asBoolean(false)) {
      return branchWide(deliveryId, "branch created", null, after, time);
    }
    if (push.path("forced").asBoolean(false) && settings.forcePush() == GitHubSettings.ForcePush.COMPARE_TREES) {
      return branchWide(deliveryId, "forced push (force-push: compare-trees)", before, after, time);
    }
    if (commits.size() >= MAX_LISTED_COMMITS || (commits.isEmpty() && !push.path("head_commit").isNull()
        && !push.path("head_commit").isMissingNode())) {
      return branchWide(deliveryId, "the push's commit list is truncated (" + commits.size() + " listed)", before,
          after, time);
    }
    Map<String, Operation> changes = new LinkedHashMap<>();
    for (JsonNode commit : commits) {
      commit.path("added").forEach(p -> changes.put(p.asString(), Operation.CREATE));
      commit.path("modified").forEach(p -> changes.put(p.asString(), Operation.UPDATE));
      commit.path("removed").forEach(p -> changes.put(p.asString(), Operation.DELETE));
    }
    List<ChangeEvent> events = new ArrayList<>();
    changes.forEach((path, operation) -> {
      if (settings.indexes(path)) {
        events.add(event(deliveryId, path, operation, time, after, ref));
      }
    });
    return new WebhookOutcome.Accepted(deliveryId, events);
  }

  /**
   * A push whose files the delivery does not list reliably: one {@code collection.changed} for the branch;
   * the sync agent then compares the tree before the push with the tree after it.
   */
  private WebhookOutcome branchWide(String deliveryId, String reason, @Nullable String before, @Nullable String after,
      Instant time) {
    String from = commitOrNull(before);
    String to = commitOrNull(after);
    Map<String, @Nullable Object> data = new LinkedHashMap<>();
    data.put("reason", reason);
    data.put("before", from);
    data.put("after", to);
    data.put("delivery", deliveryId);
    String id = UUID.nameUUIDFromBytes((settings.sourceId() + "|" + deliveryId + "|branch")
        .getBytes(StandardCharsets.UTF_8)).toString();
    String head = to == null ? "deleted" : "commit " + to.substring(0, Math.min(12, to.length()));
    return new WebhookOutcome.Accepted(deliveryId, List.of(new ChangeEvent(id, settings.sourceId(),
        EventType.COLLECTION_CHANGED.name(), EventType.COLLECTION_CHANGED.version(), settings.branchSubject(),
        Operation.UPDATE, time, "gh:" + deliveryId, null, head, data)));
  }

  private static @Nullable String commitOrNull(@Nullable String sha) {
    return sha == null || sha.isEmpty() || isZero(sha) ? null : sha;
  }

  /** GitHub's all-zero SHA: no commit (the {@code before} of a created branch, the {@code after} of a deleted one). */
  private static boolean isZero(String sha) {
    return !sha.isEmpty() && sha.chars().allMatch(c -> c == '0');
  }

  private ChangeEvent event(String deliveryId, String path, Operation operation, Instant time, String after, String ref) {
    String id = UUID.nameUUIDFromBytes((settings.sourceId() + "|" + deliveryId + "|" + path)
        .getBytes(StandardCharsets.UTF_8)).toString();
    Map<String, @Nullable Object> data = new LinkedHashMap<>();
    data.put("path", path);
    data.put("commit", after);
    data.put("ref", ref);
    data.put("delivery", deliveryId);
    return new ChangeEvent(id, settings.sourceId(), EventType.DOCUMENT_CHANGED.name(),
        EventType.DOCUMENT_CHANGED.version(), settings.subjectOf(path), operation, time, "gh:" + deliveryId, null,
        "commit " + after.substring(0, Math.min(12, after.length())), data);
  }

  private static Instant time(@Nullable String timestamp) {
    try {
      return timestamp == null ? Instant.now() : java.time.OffsetDateTime.parse(timestamp).toInstant();
    } catch (java.time.format.DateTimeParseException e) {
      return Instant.now();
    }
  }
}
