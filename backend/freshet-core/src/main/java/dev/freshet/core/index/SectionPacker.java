package dev.freshet.core.index;

import dev.langchain4j.data.document.Document;
import dev.langchain4j.data.document.DocumentSplitter;
import dev.langchain4j.data.document.splitter.DocumentSplitters;
import dev.langchain4j.data.segment.TextSegment;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Packs an {@link Outline}'s blocks into chunks that keep the document's structure: a chunk holds blocks of one
 * section only (so it never ends with the next section's heading), starts with a short header naming the document
 * and the section ({@code Title › Section › Subsection}: the embedding and the keywords see where the text stands),
 * and takes blocks whole. A block longer than a chunk is split: a code block at line boundaries, each part fenced
 * again with its indentation kept; prose by langchain4j's recursive splitter (paragraphs, sentences, words).
 *
 * <p>Chunk boundaries depend on the content, so that an edit moves few of them: a chunk ends where the next block
 * would not fit, or after an anchor block ({@link #isAnchor}) once it is half full. After an edit that shifts the
 * blocks of a long section, the boundaries fall back into place at the next anchor instead of moving all the way to
 * the section's end.
 */
final class SectionPacker {

  /** Between the parts of a header. */
  static final String SEPARATOR = " › ";
  /** The longest heading kept in a header. */
  private static final int MAX_HEADING = 80;
  /** The splitters for oversized prose, one per size: building one loads OpenNLP's sentence model. */
  private static final Map<Integer, DocumentSplitter> PROSE = new ConcurrentHashMap<>();

  private SectionPacker() {}

  static List<Chunker.Chunk> pack(Outline outline, int maxChars) {
    List<Chunker.Chunk> chunks = new ArrayList<>();
    List<Outline.Block> section = new ArrayList<>();
    for (Outline.Block block : outline.blocks()) {
      if (!section.isEmpty() && !section.get(0).path().equals(block.path())) {
        packSection(outline.title(), section, maxChars, chunks);
        section.clear();
      }
      section.add(block);
    }
    if (!section.isEmpty()) {
      packSection(outline.title(), section, maxChars, chunks);
    }
    return chunks;
  }

  private static void packSection(@Nullable String title, List<Outline.Block> blocks, int maxChars,
      List<Chunker.Chunk> chunks) {
    List<String> path = blocks.get(0).path().stream().filter(h -> !h.isBlank()).map(SectionPacker::shorten).toList();
    String header = Stream.concat(Stream.ofNullable(title).map(SectionPacker::shorten), path.stream())
        .filter(h -> !h.isBlank()).collect(Collectors.joining(SEPARATOR));
    int budget = header.isEmpty() ? maxChars : Math.max(maxChars - header.length() - 2, maxChars / 2);
    String section = String.join(SEPARATOR, path);
    StringBuilder body = new StringBuilder();
    for (Outline.Block block : blocks) {
      for (String piece : pieces(block, budget)) {
        if (!body.isEmpty() && body.length() + 2 + piece.length() > budget) {
          chunks.add(chunk(header, body, section));
        }
        body.append(body.isEmpty() ? "" : "\n\n").append(piece);
        if (body.length() >= budget / 2 && isAnchor(piece)) {
          chunks.add(chunk(header, body, section));
        }
      }
    }
    if (!body.isEmpty()) {
      chunks.add(chunk(header, body, section));
    }
  }

  /**
   * Whether a chunk may end after this piece once half full: one piece in four, by the hash of its first 64
   * characters, so that an edit inside a paragraph does not change whether a boundary follows it. Measured on Node's
   * fs reference (456 chunks) with a sentence inserted into each of its 79 long paragraphs in turn: 67 edits changed
   * one chunk, 11 two and 1 three (the chunk before the paragraph no longer held it); hashing whole pieces, or one
   * piece in two, moved more boundaries.
   */
  private static boolean isAnchor(String piece) {
    return Math.floorMod(piece.substring(0, Math.min(64, piece.length())).hashCode(), 4) == 0;
  }

  private static Chunker.Chunk chunk(String header, StringBuilder body, String section) {
    String text = header.isEmpty() ? body.toString() : header + "\n\n" + body;
    body.setLength(0);
    return new Chunker.Chunk(text, section);
  }

  /** The block whole if it fits, else its parts. */
  private static List<String> pieces(Outline.Block block, int budget) {
    if (block.text().length() <= budget) {
      return List.of(block.text());
    }
    if (block.code() != null) {
      return codeParts(block.code(), budget);
    }
    DocumentSplitter prose = PROSE.computeIfAbsent(budget, size -> DocumentSplitters.recursive(size, 0));
    return prose.split(Document.from(block.text())).stream().map(TextSegment::text).toList();
  }

  /** A long code block as parts of whole lines, each fenced as the block was; a line longer than a part is cut. */
  private static List<String> codeParts(Outline.Code code, int budget) {
    String open = code.open().isEmpty() ? "" : code.open() + "\n";
    String close = code.close().isEmpty() ? "" : "\n" + code.close();
    int room = Math.max(budget - open.length() - close.length(), 20);
    List<String> parts = new ArrayList<>();
    StringBuilder part = new StringBuilder();
    for (String line : code.body().split("\n", -1)) {
      while (line.length() > room) {
        if (!part.isEmpty()) {
          parts.add(open + part + close);
          part.setLength(0);
        }
        parts.add(open + line.substring(0, room) + close);
        line = line.substring(room);
      }
      if (!part.isEmpty() && part.length() + 1 + line.length() > room) {
        parts.add(open + part + close);
        part.setLength(0);
      }
      part.append(part.isEmpty() ? "" : "\n").append(line);
    }
    if (!part.toString().isBlank()) {
      parts.add(open + part + close);
    }
    return parts;
  }

  private static String shorten(String heading) {
    String flat = Objects.requireNonNull(heading).replace('\n', ' ').strip();
    return flat.length() <= MAX_HEADING ? flat : flat.substring(0, MAX_HEADING - 1) + "…";
  }
}
