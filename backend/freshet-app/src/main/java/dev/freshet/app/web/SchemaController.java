package dev.freshet.app.web;

import dev.freshet.core.schema.EventCatalog;
import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The event schema catalogue. */
@RestController
@RequestMapping("/api/schemas")
class SchemaController {

  private final EventCatalog catalog;

  SchemaController(EventCatalog catalog) {
    this.catalog = catalog;
  }

  @GetMapping
  @Operation(summary = "Every event type and version, with its contract's status and what the log holds of it",
      description = "Counts, first and last seen, producers and the agents that processed them are read from the "
          + "event log and the deliveries.")
  List<EventCatalog.TypeVersion> list() {
    return catalog.list();
  }

  @GetMapping("/{type}/{version}")
  @Operation(summary = "One version of an event type: its JSON Schema and compatibility status")
  EventCatalog.TypeVersion get(@PathVariable String type, @PathVariable int version) {
    return catalog.get(type, version).orElseThrow(() -> new NotFoundException("no event type " + type + "/" + version
        + " is registered; GET /api/schemas lists them"));
  }
}
