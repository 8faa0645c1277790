package dev.freshet.app.web;

import dev.freshet.core.index.DocumentState;
import dev.freshet.core.index.DocumentStates;
import dev.freshet.core.index.Explanations;
import io.swagger.v3.oas.annotations.Operation;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Why a document was last (re-)indexed. */
@RestController
class ExplainController {

  /**
   * The explanation of a document's last indexing.
   *
   * @param subject the document
   * @param summary the explanation in one sentence
   * @param state the watermark
   * @param report the details: event, operation, changed columns, chunks embedded (by index) and reused,
   *     tokens and time spent in the model, model and splitter
   */
  record Explanation(String subject, String summary, DocumentState state, Map<String, @Nullable Object> report) {}

  private final DocumentStates states;

  ExplainController(DocumentStates states) {
    this.states = states;
  }

  @GetMapping("/api/explain/{*subject}")
  @Operation(summary = "Why a document was last re-indexed",
      description = "Which event, which columns changed, which chunks were embedded and which were reused, "
          + "tokens and time. The subject goes in the path as it is, e.g. /api/explain/kb:public.articles:42.")
  Explanation explain(@PathVariable String subject) {
    String key = PathSubjects.of(subject);
    DocumentState state = states.find(key)
        .orElseThrow(() -> new NotFoundException("no document " + key + " has been indexed"));
    return new Explanation(key, Explanations.summary(state), state, state.report());
  }
}
