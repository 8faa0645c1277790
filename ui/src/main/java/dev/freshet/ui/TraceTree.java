package dev.freshet.ui;

import com.vaadin.flow.data.provider.hierarchy.TreeData;
import dev.freshet.api.event.ChangeEvent;
import dev.freshet.core.trace.TraceStep;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * One change's trace as a waterfall tree: the origin (source commit or webhook delivery) → its events → each
 * agent attempt → the attempt's stages (load, split, embed, store) → the events the attempt emitted, and when
 * the document became searchable. Built from the trace steps and the events of one correlation id.
 */
final class TraceTree {

  /** What a row of the waterfall is. */
  enum Kind { ORIGIN, EVENT, ATTEMPT, STAGE, STEP, SEARCHABLE }

  /**
   * One row.
   *
   * @param label what it is
   * @param kind its kind
   * @param event the event, for EVENT rows
   * @param step the trace step, for ATTEMPT, STAGE and STEP rows
   * @param start when it started
   * @param end when it ended
   * @param outcome how it ended
   * @param details the counters worth seeing at a glance
   */
  record Node(String label, Kind kind, @Nullable ChangeEvent event, @Nullable TraceStep step, Instant start,
      Instant end, String outcome, String details) {

    Duration duration() {
      return Duration.between(start, end);
    }
  }

  /** The counters an attempt's row shows; the rest is in the inspector. */
  private static final List<String> HEADLINE = List.of("embeddings", "reusedFromIndex", "reusedFromCache",
      "chunksRemoved", "tokens", "embedMillis", "coalesced", "reason", "stage", "retryInMillis", "deadLetterId", "into",
      "documentsChecked", "documentsRemoved");

  final TreeData<Node> data = new TreeData<>();
  final Map<String, Node> events = new LinkedHashMap<>();
  final Instant start;
  final Instant end;

  TraceTree(List<TraceStep> steps, List<ChangeEvent> logged) {
    Map<String, ChangeEvent> byId = new LinkedHashMap<>();
    logged.forEach(e -> byId.put(e.id(), e));
    Map<String, Instant> appendedAt = new LinkedHashMap<>();
    Map<String, List<TraceStep>> attempts = new LinkedHashMap<>();
    // a run's stages are recorded just before its attempt: they belong to the next attempt of their event and agent
    Map<String, List<TraceStep>> pending = new LinkedHashMap<>();
    Map<Long, List<TraceStep>> stages = new LinkedHashMap<>();
    List<TraceStep> other = new ArrayList<>();
    for (TraceStep s : steps) {
      if (s.step().equals("event.appended") && s.eventId() != null) {
        appendedAt.put(s.eventId(), s.endedAt());
      } else if (s.step().equals("agent.attempt")) {
        attempts.computeIfAbsent(String.valueOf(s.eventId()), k -> new ArrayList<>()).add(s);
        stages.put(s.id(), pending.getOrDefault(key(s), List.of()));
        pending.remove(key(s));
      } else if (s.step().startsWith("stage.")) {
        pending.computeIfAbsent(key(s), k -> new ArrayList<>()).add(s);
      } else {
        other.add(s);
      }
    }
    Node origin = origin(logged, steps);
    data.addItem(null, origin);
    Map<String, Node> attemptNodes = new LinkedHashMap<>();
    for (ChangeEvent e : logged) {
      Node parent = origin;
      if (e.causationId() != null && byId.containsKey(e.causationId())) {
        String agent = e.source().startsWith("agent:") ? e.source().substring("agent:".length()) : "";
        parent = attemptNodes.getOrDefault(e.causationId() + "/" + agent, events.get(e.causationId()));
      }
      Instant appended = appendedAt.getOrDefault(e.id(), e.time());
      Node node = new Node(e.type() + " v" + e.version() + " · " + e.subject(), Kind.EVENT, e, null, e.time(),
          appended.isBefore(e.time()) ? e.time() : appended, e.operation().name(),
          e.position() == null ? "" : "position " + e.position());
      data.addItem(Objects.requireNonNull(parent), node);
      events.put(e.id(), node);
      for (TraceStep attempt : attempts.getOrDefault(e.id(), List.of())) {
        Node a = stepNode(attempt, Kind.ATTEMPT, attempt.agent() + " · attempt " + attempt.attempt());
        data.addItem(node, a);
        if (attempt.outcome().equals("DONE") || attempt.outcome().equals("SKIPPED")) {
          attemptNodes.put(e.id() + "/" + attempt.agent(), a);
        }
        for (TraceStep stage : stages.getOrDefault(attempt.id(), List.of())) {
          data.addItem(a, stepNode(stage, Kind.STAGE, stage.step().substring("stage.".length())));
        }
      }
      if (e.data().get("searchableAt") instanceof String at) {
        Instant searchable = Instant.parse(at);
        String freshness = e.data().get("sourceTime") instanceof String t
            ? Console.duration(Duration.between(Instant.parse(t), searchable)) + " after the change at the source" : "";
        data.addItem(node, new Node("searchable", Kind.SEARCHABLE, null, null, searchable, searchable, "SEARCHABLE",
            freshness));
      }
    }
    for (TraceStep s : other) {
      data.addItem(origin, stepNode(s, Kind.STEP, s.step()));
    }
    List<Node> all = new ArrayList<>();
    collect(origin, all);
    start = all.stream().map(Node::start).min(Instant::compareTo).orElse(origin.start());
    end = all.stream().map(Node::end).max(Instant::compareTo).orElse(origin.end());
  }

  Node origin() {
    return data.getRootItems().getFirst();
  }

  List<Node> all() {
    List<Node> all = new ArrayList<>();
    collect(origin(), all);
    return all;
  }

  /** The events this event caused, in log order. */
  List<Node> children(ChangeEvent event) {
    return events.values().stream().filter(n -> n.event() != null && event.id().equals(n.event().causationId()))
        .toList();
  }

  private void collect(Node node, List<Node> into) {
    into.add(node);
    data.getChildren(node).forEach(c -> collect(c, into));
  }

  private static Node origin(List<ChangeEvent> logged, List<TraceStep> steps) {
    ChangeEvent root = logged.stream().filter(e -> e.causationId() == null).findFirst()
        .orElse(logged.isEmpty() ? null : logged.getFirst());
    if (root == null) {
      TraceStep first = steps.getFirst();
      return new Node("change " + first.correlationId(), Kind.ORIGIN, null, null, first.startedAt(), first.startedAt(),
          "", "");
    }
    String id = root.correlationId();
    String label = id.startsWith("gh:") || id.startsWith("notion:") ? "webhook delivery from " + root.source()
        : root.position() != null ? "commit at source " + root.source() : "change at source " + root.source();
    return new Node(label, Kind.ORIGIN, null, null, root.time(), root.time(), "",
        root.position() == null ? id : "position " + root.position());
  }

  private static Node stepNode(TraceStep s, Kind kind, String label) {
    String details = s.errorMessage() != null ? Console.simpleName(String.valueOf(s.errorType())) + ": " + s.errorMessage()
        : HEADLINE.stream().filter(k -> s.detail().get(k) != null)
            .map(k -> k + " " + s.detail().get(k)).collect(Collectors.joining(" · "));
    return new Node(label, kind, null, s, s.startedAt(), s.endedAt(), s.outcome(), details);
  }

  private static String key(TraceStep s) {
    return s.eventId() + "/" + s.agent();
  }
}
