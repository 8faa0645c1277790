package dev.freshet.app.web;

import dev.freshet.core.trace.TraceStep;
import dev.freshet.core.trace.Traces;
import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Traces by correlation id. */
@RestController
@RequestMapping("/api/traces")
class TraceController {

  private final Traces traces;

  TraceController(Traces traces) {
    this.traces = traces;
  }

  @GetMapping("/{correlationId}")
  @Operation(summary = "Every step of one change, in order",
      description = "From the change at the source (event.appended) through each agent attempt and its stages "
          + "to the follow-up events such as document.indexed.")
  List<TraceStep> trace(@PathVariable String correlationId) {
    List<TraceStep> steps = traces.find(correlationId);
    if (steps.isEmpty()) {
      throw new NotFoundException("no trace has the correlation id " + correlationId);
    }
    return steps;
  }
}
