package dev.freshet.app.web;

import dev.freshet.core.index.DriftAudit;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The drift audit: the live index against what a from-scratch rebuild of the sources would write. */
@RestController
@RequestMapping("/api/drift-audit")
class DriftAuditController {

  private final DriftAudit audit;

  DriftAuditController(DriftAudit audit) {
    this.audit = audit;
  }

  @PostMapping
  @Operation(summary = "Compare the live index with a from-scratch rebuild, and report every difference",
      description = "Reads every document each source lists (and every document the index knows) from its source, "
          + "splits it as the indexer does, and compares chunk ids, texts, metadata and vectors with the active "
          + "generation. Read-only and safe while indexing goes on: a document whose change is still queued counts "
          + "as in flight, not as drift. Takes as long as reading every document; one audit at a time (409 while "
          + "one runs). Needs the OPERATOR role, as it loads every source.")
  DriftAudit.Report run() {
    return audit.run();
  }

  @ExceptionHandler(IllegalStateException.class)
  ProblemDetail running(IllegalStateException e) {
    return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
  }
}
