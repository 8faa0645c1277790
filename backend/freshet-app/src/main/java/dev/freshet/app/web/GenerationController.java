package dev.freshet.app.web;

import dev.freshet.core.index.Generation;
import dev.freshet.core.index.IndexGenerations;
import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Index generations: progress of a rebuild, switch, rollback, drop. */
@RestController
@RequestMapping("/api/generations")
class GenerationController {

  private final IndexGenerations generations;

  GenerationController(IndexGenerations generations) {
    this.generations = generations;
  }

  @GetMapping
  @Operation(summary = "Index generations with their status, progress and estimated work",
      description = "A generation is the index as one embedding model and splitter setting produce it. Changing "
          + "either builds a new one in the background (BUILDING, with done/total) while the ACTIVE one serves; "
          + "the previous one stays RETIRED, and kept current, until it is dropped.")
  List<Generation> list() {
    return generations.list();
  }

  @PostMapping("/{id}/activate")
  @Operation(summary = "Make a generation serve search (a switch, or a rollback to a retired one)",
      description = "Atomic. Needs the OPERATOR role.")
  Generation activate(@PathVariable int id) {
    generations.activate(id);
    return generations.list().stream().filter(g -> g.id() == id).findFirst().orElseThrow();
  }

  @DeleteMapping("/{id}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @Operation(summary = "Drop a retired generation", description = "Deletes its index; rolling back to it is then "
      + "impossible. Needs the OPERATOR role.")
  void drop(@PathVariable int id) {
    generations.drop(id);
  }
}
