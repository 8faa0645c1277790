package dev.freshet.core.index;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * An index generation: the chunks of every document as one embedding model, one splitter setting and one version
 * each of outline reading and keyword analysis produce them.
 *
 * @param id 1, 2, ...; its store is {@code g<id>}
 * @param model the embedding model id and version
 * @param splitter the splitter settings and the versions of outline reading and keyword analysis, e.g. {@code
 *     structured:800:0 outline:2 keywords:3}
 * @param status BUILDING (filling in the background), ACTIVE (serving search), RETIRED (kept current for
 *     a rollback), DROPPED (deleted)
 * @param done documents built so far, while BUILDING
 * @param total documents to build
 * @param estimate the work estimated before the build: documents, chunks, tokens, cost
 * @param createdAt when the generation was created
 * @param completedAt when its build finished
 * @param activatedAt when it last became ACTIVE
 */
public record Generation(int id, String model, String splitter, String status, int done, int total,
    Map<String, @Nullable Object> estimate, Instant createdAt, @Nullable Instant completedAt,
    @Nullable Instant activatedAt) {

  public Generation {
    estimate = Collections.unmodifiableMap(new LinkedHashMap<>(estimate));
  }

  /** The name of its store, e.g. {@code g2}. */
  public String storeName() {
    return "g" + id;
  }

  public boolean matches(String model, String splitter) {
    return this.model.equals(model) && this.splitter.equals(splitter);
  }
}
