package dev.freshet.core.index;

import dev.langchain4j.data.document.Document;
import dev.langchain4j.data.document.DocumentSplitter;
import dev.langchain4j.data.document.splitter.DocumentSplitters;
import dev.langchain4j.data.segment.TextSegment;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Splits a document's text into chunks with langchain4j's recursive splitter: paragraphs first, then
 * sentences, then words, so a chunk boundary moves only when the paragraph around it changes.
 *
 * @param maxChars largest chunk, in characters
 * @param overlapChars characters repeated from the previous chunk
 */
public record Chunker(int maxChars, int overlapChars) {

  public Chunker {
    if (maxChars < 50 || overlapChars < 0 || overlapChars >= maxChars) {
      throw new IllegalArgumentException("chunk size must be 50 or more and overlap below it");
    }
  }

  /**
   * The splitters, one per setting: building one loads the sentence model (OpenNLP, unzipped from the
   * classpath), which cost more CPU than splitting the document did when it was done per call. A splitter
   * is safe to share: each split makes its own sentence detector.
   */
  private static final Map<Chunker, DocumentSplitter> SPLITTERS = new ConcurrentHashMap<>();

  public List<String> split(String text) {
    if (text.isBlank()) {
      return List.of();
    }
    DocumentSplitter splitter = SPLITTERS.computeIfAbsent(this, c -> DocumentSplitters.recursive(c.maxChars, c.overlapChars));
    return splitter.split(Document.from(text)).stream().map(TextSegment::text).toList();
  }

  /** The settings as one string, e.g. {@code recursive:800:0}: part of the embedding cache key and of a generation. */
  public String settingsId() {
    return "recursive:" + maxChars + ":" + overlapChars;
  }

  /** The chunker of a {@link #settingsId()}. */
  public static Chunker of(String settingsId) {
    String[] parts = settingsId.split(":");
    if (parts.length != 3 || !parts[0].equals("recursive")) {
      throw new IllegalArgumentException("unknown splitter settings " + settingsId);
    }
    return new Chunker(Integer.parseInt(parts[1]), Integer.parseInt(parts[2]));
  }
}
