package dev.freshet.core.index;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Says in one sentence why and how a document was last indexed, from its recorded report. */
public final class Explanations {

  private Explanations() {}

  public static String summary(DocumentState state) {
    Map<String, @Nullable Object> r = state.report();
    String operation = String.valueOf(r.getOrDefault("operation", "change")).toLowerCase();
    String at = state.sourcePosition() == null ? "" : " at " + state.sourcePosition();
    if (state.status().equals("REMOVED")) {
      return "Removed after a " + operation + at + ": " + r.getOrDefault("reason", "the document is gone") + "; "
          + number(r, "chunksRemoved") + " chunk(s) retired.";
    }
    StringBuilder s = new StringBuilder("Re-indexed after a ").append(operation);
    if (r.get("changedColumns") instanceof List<?> columns && !columns.isEmpty()) {
      s.append(" of ").append(String.join(", ", columns.stream().map(String::valueOf).toList()));
    }
    s.append(at);
    long coalesced = number(r, "coalescedEvents");
    if (coalesced > 0) {
      s.append(" (with ").append(coalesced).append(" earlier change(s) folded in)");
    }
    s.append(": ").append(number(r, "embeddings")).append(" of ").append(number(r, "chunks")).append(" chunk(s) embedded");
    if (r.get("tokens") != null) {
      s.append(" (").append(number(r, "tokens")).append(" tokens, ").append(number(r, "embedMillis")).append(" ms)");
    }
    s.append(", ").append(number(r, "reusedFromIndex")).append(" unchanged, ")
        .append(number(r, "reusedFromCache")).append(" reused from the embedding cache, ")
        .append(number(r, "chunksRemoved")).append(" removed");
    long metadata = number(r, "metadataUpdates");
    if (metadata > 0) {
      s.append(", ").append(metadata).append(" rewritten with new metadata");
    }
    return s.append('.').toString();
  }

  private static long number(Map<String, @Nullable Object> report, String key) {
    return report.get(key) instanceof Number n ? n.longValue() : 0;
  }
}
