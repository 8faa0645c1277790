package dev.freshet.app.web;

import dev.freshet.api.source.SourceStatus;
import dev.freshet.core.source.SourceOperations;
import dev.freshet.core.source.SourceRegistry;
import dev.freshet.core.source.SourceSchemaHistory;
import io.swagger.v3.oas.annotations.Operation;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The configured sources: their state, and re-snapshots. */
@RestController
@RequestMapping("/api/sources")
class SourceController {

  /**
   * An accepted re-snapshot request.
   *
   * @param source the source id
   * @param collection the collection being re-read
   */
  record SnapshotRequested(String source, String collection) {}

  private final SourceRegistry sources;
  private final SourceSchemaHistory schemas;
  private final SourceOperations operations;

  SourceController(SourceRegistry sources, SourceSchemaHistory schemas, SourceOperations operations) {
    this.sources = sources;
    this.schemas = schemas;
    this.operations = operations;
  }

  @GetMapping("/{source}/schema-history")
  @Operation(summary = "The source's schema history: each captured table's columns, version by version",
      description = "A new version is recorded when a change shows the table's columns differ from the last "
          + "version (e.g. after ALTER TABLE), with the mapping problems it caused.")
  List<SourceSchemaHistory.Version> schemaHistory(@PathVariable String source) {
    if (!sources.statuses().containsKey(source)) {
      throw new NotFoundException("no source named " + source);
    }
    return schemas.history(source);
  }

  @GetMapping
  @Operation(summary = "Each source's state", description = "Running, failing or stopped, with the replication slot.")
  Map<String, SourceStatus> statuses() {
    return sources.statuses();
  }

  @PostMapping("/{source}/snapshots")
  @ResponseStatus(HttpStatus.ACCEPTED)
  @Operation(summary = "Re-read every document of a collection without stopping capture",
      description = "An incremental snapshot: documents are re-read in chunks while changes keep flowing; unchanged "
          + "chunks are not re-embedded. Needs the OPERATOR role.")
  SnapshotRequested snapshot(@PathVariable String source, @RequestParam String collection, Principal user) {
    requireSource(source);
    done(operations.resnapshot(source, collection, user.getName()));
    return new SnapshotRequested(source, collection);
  }

  @PostMapping("/{source}/reconcile")
  @Operation(summary = "Compare the whole source with the index now and send the differences",
      description = "The backstop for missed webhook deliveries (sources that have one also run it on a schedule). "
          + "Answers once the differences are durable. Needs the OPERATOR role.")
  Map<String, String> reconcile(@PathVariable String source, Principal user) {
    requireSource(source);
    done(operations.reconcile(source, user.getName()));
    return Map.of("source", source, "reconciled", "true");
  }

  @GetMapping("/{source}/overview")
  @Operation(summary = "One source at a glance",
      description = "State (PAUSED when an operator paused it), committed position, events, the last event, and the "
          + "connector's details: replication slot lag, snapshot progress, mapping problems.")
  SourceOperations.Overview overview(@PathVariable String source) {
    return operations.find(source).orElseThrow(() -> new NotFoundException("no source named " + source));
  }

  @PostMapping("/{source}/pause")
  @Operation(summary = "Pause a source",
      description = "A capture source holds its next batch and reads no further (PostgreSQL keeps the WAL for its "
          + "slot); a webhook source answers 503 with Retry-After. Survives restarts. Needs the OPERATOR role.")
  Map<String, String> pause(@PathVariable String source, Principal user) {
    requireSource(source);
    return Map.of("source", source, "result", done(operations.pause(source, user.getName())));
  }

  @PostMapping("/{source}/resume")
  @Operation(summary = "Resume a paused source",
      description = "A webhook source then runs a reconcile to catch deliveries it refused. Needs the OPERATOR role.")
  Map<String, String> resume(@PathVariable String source, Principal user) {
    requireSource(source);
    return Map.of("source", source, "result", done(operations.resume(source, user.getName())));
  }

  private void requireSource(String source) {
    if (!sources.statuses().containsKey(source)) {
      throw new NotFoundException("no source named " + source);
    }
  }

  private static String done(SourceOperations.Result result) {
    if (!result.done()) {
      throw new UnsupportedOperationException(result.message());
    }
    return result.message();
  }

  @ExceptionHandler(UnsupportedOperationException.class)
  ProblemDetail unsupported(UnsupportedOperationException e) {
    return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
  }
}
