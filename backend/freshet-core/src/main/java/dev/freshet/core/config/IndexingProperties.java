package dev.freshet.core.config;

import dev.freshet.api.error.ConfigurationException;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How documents become chunks.
 *
 * @param chunkSize largest chunk in characters (about 4 per token: 800 is about 200 tokens, inside
 *     MiniLM's 256-token window)
 * @param chunkOverlap characters repeated from the previous chunk; 0 keeps chunk boundaries stable under
 *     edits, so an edit re-embeds only the chunks it touches
 */
@ConfigurationProperties("freshet.indexing")
public record IndexingProperties(@DefaultValue("800") int chunkSize, @DefaultValue("0") int chunkOverlap) {

  public IndexingProperties {
    if (chunkSize < 50) {
      throw new ConfigurationException("freshet.indexing.chunk-size", "must be 50 or more, was " + chunkSize,
          "Set a chunk size in characters, e.g. 800");
    }
    if (chunkOverlap < 0 || chunkOverlap >= chunkSize) {
      throw new ConfigurationException("freshet.indexing.chunk-overlap",
          "must be 0 or more and below chunk-size, was " + chunkOverlap, "Set e.g. 0 or 80");
    }
  }
}
