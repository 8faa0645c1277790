package dev.freshet.app.web;

import dev.freshet.api.store.StoredChunk;
import dev.freshet.api.store.VectorStore;
import dev.freshet.core.index.DocumentState;
import dev.freshet.core.index.DocumentStates;
import io.swagger.v3.oas.annotations.Operation;
import java.time.Instant;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A document's index state. */
@RestController
@RequestMapping("/api/documents")
class DocumentController {

  /**
   * A document's state in the index.
   *
   * @param state the watermark: indexed as of which source position and time
   * @param chunks the chunks in the index, in order (without vectors)
   */
  record DocumentView(DocumentState state, List<ChunkView> chunks) {}

  /** A chunk without its vector. */
  record ChunkView(String id, int index, String text, java.util.Map<String, String> metadata, Instant indexedAt) {}

  private final DocumentStates states;
  private final VectorStore store;

  DocumentController(DocumentStates states, VectorStore store) {
    this.states = states;
    this.store = store;
  }

  @GetMapping("/{*subject}")
  @Operation(summary = "A document's index state and watermark",
      description = "The subject goes in the path as it is, e.g. /api/documents/kb:public.articles:42.")
  DocumentView document(@PathVariable String subject) {
    String key = PathSubjects.of(subject);
    DocumentState state = states.find(key)
        .orElseThrow(() -> new NotFoundException("no document " + key + " has been indexed"));
    List<ChunkView> chunks = store.chunksOf(key).stream()
        .map((StoredChunk c) -> new ChunkView(c.id(), c.index(), c.text(), c.metadata(), c.indexedAt())).toList();
    return new DocumentView(state, chunks);
  }
}
