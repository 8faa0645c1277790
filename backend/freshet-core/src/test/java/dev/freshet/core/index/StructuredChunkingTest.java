package dev.freshet.core.index;

import static org.assertj.core.api.Assertions.assertThat;

import dev.freshet.api.source.SourceDocument;
import dev.freshet.api.source.TextFormat;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/**
 * The structure-aware splitter on real documents (Node.js's fs reference, as the nodejs package ships it: 262 KB of
 * Markdown with YAML comments, fenced code and tables; PostgreSQL's initdb page, HTML with definition lists) and on
 * the rules one by one.
 */
class StructuredChunkingTest {

  private static final Pattern FENCED = Pattern.compile("(?m)^```[^\\n]*\\n(.*?)\\n```$", Pattern.DOTALL);
  private static final Pattern HEADING_LINE = Pattern.compile("^#{1,6} .*");

  private final Chunker chunker = new Chunker(800, 0);

  @Test
  void aRealReferenceIsSplitIntoSectionsWithTheirHeadingPathAndWholeCodeBlocks() throws IOException {
    String fs = corpus("nodejs-api-fs.md.gz");
    List<Chunker.Chunk> chunks = chunker.split(markdown(fs));

    assertThat(chunks).hasSizeGreaterThan(300);
    assertThat(chunks).allSatisfy(chunk -> {
      assertThat(chunk.text()).hasSizeLessThanOrEqualTo(800);
      assertThat(chunk.text()).startsWith("File system"); // the document's title, from its first heading
      assertThat(chunk.text()).doesNotContain("<!--", "-->"); // its YAML history comments are not content
      assertThat(chunk.text().lines().filter(line -> line.startsWith("```")).count() % 2).as("fences balanced in %s",
          chunk.text()).isZero();
      List<String> lines = chunk.text().lines().toList();
      assertThat(lines.get(lines.size() - 1)).as("never ends with a heading").doesNotMatch(HEADING_LINE);
    });
    long withSection = chunks.stream().filter(c -> !c.section().isEmpty()).count();
    assertThat(withSection).as("chunks under a heading").isGreaterThan(chunks.size() * 9L / 10);
    Chunker.Chunk promises = chunks.stream().filter(c -> c.section().equals("Promises API › Class: FileHandle"))
        .findFirst().orElseThrow();
    assertThat(promises.text()).startsWith("File system › Promises API › Class: FileHandle\n\n");
    assertThat(promises.metadata(Map.of("path", "fs.md")))
        .containsEntry("section", "Promises API › Class: FileHandle").containsEntry("path", "fs.md");

    // every fenced block of the source that fits in a chunk is in one chunk, whole, indentation and all
    Matcher fenced = FENCED.matcher(fs);
    int blocks = 0;
    while (fenced.find()) {
      String code = fenced.group(1);
      if (code.length() < 600) {
        blocks++;
        assertThat(chunks).as("a chunk holds the code block %s", code).anyMatch(c -> c.text().contains(code));
      }
    }
    assertThat(blocks).isGreaterThan(50);
  }

  /**
   * A sentence inserted into each long paragraph of a 456-chunk file in turn: the chunks to embed are the new texts.
   * A section's chunks are packed greedily, so an edit that no longer fits moves a boundary (the chunk before or after
   * it changes too) until the next anchor; measured: 67 of 79 edits change one chunk, 11 two, 1 three.
   */
  @Test
  void aSentenceInsertedIntoAParagraphOfAFourHundredChunkFileChangesOneOrTwoChunks() throws IOException {
    String fs = corpus("nodejs-api-fs.md.gz");
    Set<String> before = new HashSet<>(chunker.split(markdown(fs)).stream().map(Chunker.Chunk::text).toList());
    List<String> paragraphs = Pattern.compile("\\n\\n").splitAsStream(fs)
        .filter(p -> p.length() > 200 && Character.isUpperCase(p.charAt(0)) && !p.contains("```")).toList();
    assertThat(paragraphs).hasSizeGreaterThan(50);

    int edits = 0;
    int withinTwo = 0;
    for (String paragraph : paragraphs) {
      int middle = paragraph.indexOf(". ", paragraph.length() / 2);
      if (middle < 0) {
        continue;
      }
      String edited = fs.replace(paragraph, paragraph.substring(0, middle + 2)
          + "Folding bicycles ride free on Sundays. " + paragraph.substring(middle + 2));
      List<String> changed = chunker.split(markdown(edited)).stream().map(Chunker.Chunk::text)
          .filter(text -> !before.contains(text)).toList();

      assertThat(changed).as("chunks to embed after an edit of \"%s\"", paragraph.substring(0, 60)).hasSizeBetween(1, 3)
          .anyMatch(text -> text.contains("Folding bicycles ride free on Sundays."));
      edits++;
      withinTwo += changed.size() <= 2 ? 1 : 0;
    }
    assertThat(withinTwo).as("edits that change at most two chunks, of %d", edits).isGreaterThanOrEqualTo(edits * 95 / 100);
  }

  @Test
  void frontMatterAndCommentsAreNotEmbeddedAndTheFrontMattersTitleNamesTheDocument() {
    List<Chunker.Chunk> chunks = chunker.split(markdown("""
        ---
        title: "Harbour handbook"
        tags: [ferries]
        ---
        <!-- generated: do not edit -->

        ## Tides

        The gate opens two hours before high tide. <!-- check with the harbour master -->
        """));

    assertThat(chunks).extracting(Chunker.Chunk::text)
        .containsExactly("Harbour handbook › Tides\n\nThe gate opens two hours before high tide.");
    assertThat(chunks.get(0).section()).isEqualTo("Tides");
  }

  @Test
  void aCodeBlockLongerThanAChunkIsSplitAtLinesEachPartFencedWithItsIndentation() {
    StringBuilder code = new StringBuilder();
    for (int i = 0; i < 40; i++) {
      code.append("    if (tide > ").append(i).append(") {\n        open(gate").append(i).append(");\n    }\n");
    }
    List<Chunker.Chunk> chunks = new Chunker(300, 0).split(markdown("# Gates\n\n## Code\n\n```java\n" + code
        + "```\n"));

    assertThat(chunks).hasSizeGreaterThan(3).allSatisfy(chunk -> {
      assertThat(chunk.text()).startsWith("Gates › Code\n\n```java\n").endsWith("\n```").hasSizeLessThanOrEqualTo(300);
      String body = chunk.text().substring("Gates › Code\n\n```java\n".length(), chunk.text().length() - 4);
      assertThat(code.toString()).contains(body + "\n"); // whole lines, indentation kept
    });
  }

  @Test
  void tablesAndListsStayWholeAndSectionsNeverShareAChunk() {
    List<Chunker.Chunk> chunks = chunker.split(markdown("""
        # Ferries

        ## Timetable

        | Pier | Leaves |
        |------|--------|
        | 4    | 07:00  |

        ## Fares

        - adults: 4 euros
        - bicycles: free on Sundays
        """));

    assertThat(chunks).extracting(Chunker.Chunk::text).containsExactly(
        "Ferries › Timetable\n\n| Pier | Leaves |\n|------|--------|\n| 4    | 07:00  |",
        "Ferries › Fares\n\n- adults: 4 euros\n- bicycles: free on Sundays");
  }

  @Test
  void htmlIsSplitByItsHeadingsWithoutItsNavigationAndWithCodeIndented() {
    List<Chunker.Chunk> chunks = chunker.split(new SourceDocument("files:ferries.html", """
        <html><head><title>Ferries</title><script>track()</script></head>
        <body>
          <div class="navheader"><a href="prev.html">Prev</a> <a href="next.html">Next</a></div>
          <h1>Ferries</h1>
          <div class="sect1"><h2>Boarding</h2>
            <p>Board at   pier four;<br>bring cash.</p>
            <ul><li>adults: 4 euros</li><li>bicycles: <em>free</em> on Sundays</li></ul>
            <pre class="programlisting">
        gate.open();
            wait(10);</pre>
            <!-- a comment -->
            <table><tr><th>Pier</th><th>Leaves</th></tr><tr><td>4</td><td>07:00</td></tr></table>
          </div>
          <div class="navfooter">Home</div>
        </body></html>""", Map.of(), TextFormat.HTML));

    assertThat(chunks).extracting(Chunker.Chunk::text).containsExactly("Ferries › Boarding\n\n"
        + "Board at pier four;\nbring cash.\n\n- adults: 4 euros\n- bicycles: free on Sundays\n\n"
        + "```\ngate.open();\n    wait(10);\n```\n\nPier | Leaves\n4 | 07:00");
    assertThat(chunks.get(0).section()).isEqualTo("Boarding");
  }

  @Test
  void aReferencePagesDefinitionListsTermsHeadTheirOwnSections() throws IOException {
    List<Chunker.Chunk> chunks = chunker.split(new SourceDocument("files:app-initdb.html",
        corpus("postgresql-15-app-initdb.html.gz"), Map.of(), TextFormat.HTML));

    List<Chunker.Chunk> checksums = chunks.stream().filter(c -> c.text().contains("Use checksums on data pages"))
        .toList();
    assertThat(checksums).singleElement().satisfies(chunk -> {
      assertThat(chunk.section()).isEqualTo("Options › -k --data-checksums");
      assertThat(chunk.text()).startsWith("initdb › Options › -k --data-checksums\n\n");
      assertThat(chunk.text()).as("the next option is another section").doesNotContain("--locale-provider");
    });
    Chunker.Chunk pgdata = chunks.stream().filter(c -> c.section().endsWith("--pgdata=directory")).findFirst()
        .orElseThrow();
    assertThat(pgdata.text()).contains("This option specifies the directory where the database cluster should be "
        + "stored.");
    assertThat(chunks).allSatisfy(chunk -> assertThat(chunk.text()).hasSizeLessThanOrEqualTo(800));
  }

  @Test
  void plainTextKeepsTheRecursiveSplitterAndTheOldSplitterReadsEveryFormatAsText() {
    String text = "# Not a heading here\n\nJust text.";
    assertThat(chunker.split(new SourceDocument("kb:1", text, Map.of()))).extracting(Chunker.Chunk::text)
        .containsExactly(text);
    assertThat(new Chunker(Chunker.RECURSIVE, 800, 0).split(markdown(text))).extracting(Chunker.Chunk::text)
        .containsExactly(text);
    assertThat(Chunker.of("recursive:800:0")).isEqualTo(new Chunker(Chunker.RECURSIVE, 800, 0));
    assertThat(new Chunker(800, 0).settingsId()).isEqualTo("structured:800:0");
  }

  private static SourceDocument markdown(String text) {
    return new SourceDocument("files:doc.md", text, Map.of(), TextFormat.MARKDOWN);
  }

  private static String corpus(String name) throws IOException {
    try (InputStream in = new GZIPInputStream(StructuredChunkingTest.class.getResourceAsStream("/corpus/" + name))) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
