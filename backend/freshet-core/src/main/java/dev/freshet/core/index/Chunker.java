package dev.freshet.core.index;

import dev.freshet.api.source.SourceDocument;
import dev.freshet.api.source.TextFormat;
import dev.langchain4j.data.document.Document;
import dev.langchain4j.data.document.DocumentSplitter;
import dev.langchain4j.data.document.splitter.DocumentSplitters;
import dev.langchain4j.data.segment.TextSegment;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Splits a document into chunks. {@value #STRUCTURED} (the default) splits Markdown and HTML by their structure
 * ({@link MarkdownOutline}, {@link HtmlOutline}, {@link SectionPacker}: sections, whole blocks, a header with the
 * title and heading path) and plain text with langchain4j's recursive splitter (paragraphs first, then sentences,
 * then words, so a chunk boundary moves only when the paragraph around it changes). {@value #RECURSIVE}, the
 * splitter of generations built before, splits every document as plain text.
 *
 * @param kind {@value #STRUCTURED} or {@value #RECURSIVE}
 * @param maxChars largest chunk, in characters
 * @param overlapChars characters repeated from the previous chunk (plain text only)
 */
public record Chunker(String kind, int maxChars, int overlapChars) {

  public static final String STRUCTURED = "structured";
  public static final String RECURSIVE = "recursive";
  /**
   * The version of reading documents' structure (Markdown and HTML outlines), part of an index generation's settings
   * beside {@link #settingsId()}: when an upgrade splits documents differently, the first start builds a new
   * generation in the background. 2: an HTML definition list's terms head subsections.
   */
  public static final String OUTLINE = "outline:2";

  public Chunker {
    if (!kind.equals(STRUCTURED) && !kind.equals(RECURSIVE)) {
      throw new IllegalArgumentException("unknown splitter " + kind);
    }
    if (maxChars < 50 || overlapChars < 0 || overlapChars >= maxChars) {
      throw new IllegalArgumentException("chunk size must be 50 or more and overlap below it");
    }
  }

  /** The structure-aware splitter. */
  public Chunker(int maxChars, int overlapChars) {
    this(STRUCTURED, maxChars, overlapChars);
  }

  /**
   * A chunk's text and where it stands.
   *
   * @param text what is embedded, searched and shown
   * @param section its heading path ({@code Install › Linux}); empty for plain text or text before any heading
   */
  public record Chunk(String text, String section) {

    /** The chunk's metadata: its document's, and its section under {@code section} when it has one. */
    public Map<String, String> metadata(Map<String, String> document) {
      if (section.isEmpty()) {
        return document;
      }
      Map<String, String> metadata = new LinkedHashMap<>(document);
      metadata.put("section", section);
      return metadata;
    }
  }

  /**
   * The splitters of plain text, one per setting: building one loads the sentence model (OpenNLP, unzipped from the
   * classpath), which cost more CPU than splitting the document did when it was done per call. A splitter is safe to
   * share: each split makes its own sentence detector.
   */
  private static final Map<Chunker, DocumentSplitter> SPLITTERS = new ConcurrentHashMap<>();

  /** The document's chunks, in order. */
  public List<Chunk> split(SourceDocument document) {
    if (document.text().isBlank()) {
      return List.of();
    }
    if (kind.equals(STRUCTURED) && document.format() != TextFormat.TEXT) {
      Outline outline = document.format() == TextFormat.MARKDOWN ? MarkdownOutline.read(document.text())
          : HtmlOutline.read(document.text());
      return SectionPacker.pack(outline, maxChars);
    }
    return split(document.text()).stream().map(text -> new Chunk(text, "")).toList();
  }

  /** Plain text's chunks. */
  public List<String> split(String text) {
    if (text.isBlank()) {
      return List.of();
    }
    DocumentSplitter splitter = SPLITTERS.computeIfAbsent(this, c -> DocumentSplitters.recursive(c.maxChars, c.overlapChars));
    return splitter.split(Document.from(text)).stream().map(TextSegment::text).toList();
  }

  /** The settings as one string, e.g. {@code structured:800:0}: part of the embedding cache key and of a generation. */
  public String settingsId() {
    return kind + ":" + maxChars + ":" + overlapChars;
  }

  /** The chunker of a {@link #settingsId()}, or of a generation's settings that start with one. */
  public static Chunker of(String settingsId) {
    String[] parts = settingsId.split(" ", 2)[0].split(":");
    if (parts.length != 3 || !parts[0].equals(STRUCTURED) && !parts[0].equals(RECURSIVE)) {
      throw new IllegalArgumentException("unknown splitter settings " + settingsId);
    }
    return new Chunker(parts[0], Integer.parseInt(parts[1]), Integer.parseInt(parts[2]));
  }
}
