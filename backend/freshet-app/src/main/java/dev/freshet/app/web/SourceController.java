package dev.freshet.app.web;

import dev.freshet.api.source.SourceStatus;
import dev.freshet.core.source.SourceRegistry;
import dev.freshet.core.source.SourceSchemaHistory;
import io.swagger.v3.oas.annotations.Operation;
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

  SourceController(SourceRegistry sources, SourceSchemaHistory schemas) {
    this.sources = sources;
    this.schemas = schemas;
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
  SnapshotRequested snapshot(@PathVariable String source, @RequestParam String collection) {
    if (!sources.statuses().containsKey(source)) {
      throw new NotFoundException("no source named " + source);
    }
    sources.connector(source).resnapshot(collection);
    return new SnapshotRequested(source, collection);
  }

  @PostMapping("/{source}/reconcile")
  @Operation(summary = "Compare the whole source with the index now and send the differences",
      description = "The backstop for missed webhook deliveries (sources that have one also run it on a schedule). "
          + "Answers once the differences are durable. Needs the OPERATOR role.")
  Map<String, String> reconcile(@PathVariable String source) {
    if (!sources.statuses().containsKey(source)) {
      throw new NotFoundException("no source named " + source);
    }
    sources.connector(source).reconcile();
    return Map.of("source", source, "reconciled", "true");
  }

  @ExceptionHandler(UnsupportedOperationException.class)
  ProblemDetail unsupported(UnsupportedOperationException e) {
    return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
  }
}
