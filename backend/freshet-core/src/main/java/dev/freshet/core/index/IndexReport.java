package dev.freshet.core.index;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What one indexing run of a document did, for the trace and for "explain".
 *
 * @param chunks chunks the document has now
 * @param embedded indexes of the chunks whose text was embedded in this run
 * @param reusedFromIndex chunks already in the index unchanged (same id)
 * @param reusedFromCache chunks whose text was embedded before (same text at another position, or in
 *     another document) and whose vector came from the embedding cache
 * @param removed stale chunks retired
 * @param metadataUpdates unchanged chunks rewritten because the document's metadata changed
 * @param tokens input tokens the model reported for the embedded chunks; null when it does not report them
 * @param embedMillis time spent in the model
 * @param model the model id and version
 * @param splitter the splitter settings
 */
public record IndexReport(int chunks, List<Integer> embedded, int reusedFromIndex, int reusedFromCache, int removed,
    int metadataUpdates, @Nullable Integer tokens, long embedMillis, String model, String splitter) {

  public IndexReport {
    embedded = List.copyOf(embedded);
  }

  /** The counters as trace details. */
  public Map<String, Object> stats() {
    Map<String, Object> stats = new LinkedHashMap<>();
    stats.put("chunks", chunks);
    stats.put("embeddings", embedded.size());
    stats.put("chunksAdded", embedded.size() + reusedFromCache);
    stats.put("chunksReused", reusedFromIndex + reusedFromCache);
    stats.put("reusedFromIndex", reusedFromIndex);
    stats.put("reusedFromCache", reusedFromCache);
    stats.put("chunksRemoved", removed);
    stats.put("metadataUpdates", metadataUpdates);
    if (tokens != null) {
      stats.put("tokens", tokens);
    }
    stats.put("embedMillis", embedMillis);
    stats.put("model", model);
    stats.put("splitter", splitter);
    return stats;
  }
}
