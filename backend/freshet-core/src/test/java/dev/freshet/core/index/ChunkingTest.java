package dev.freshet.core.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ChunkingTest {

  private final Chunker chunker = new Chunker(200, 0);

  private static String paragraphs(int n, String marker) {
    return IntStream.range(0, n).mapToObj(i -> "Paragraph " + i + marker + " talks about topic " + i
        + " in a sentence or two. It has a second sentence so that it is not too short.")
        .collect(Collectors.joining("\n\n"));
  }

  @Test
  void chunkIdsAreDeterministicAndDependOnSubjectIndexAndText() {
    assertThat(ChunkIds.of("kb:a:1", 0, "text")).isEqualTo(ChunkIds.of("kb:a:1", 0, "text"));
    assertThat(ChunkIds.of("kb:a:1", 0, "text")).isNotEqualTo(ChunkIds.of("kb:a:2", 0, "text"))
        .isNotEqualTo(ChunkIds.of("kb:a:1", 1, "text")).isNotEqualTo(ChunkIds.of("kb:a:1", 0, "text!"));
  }

  @Test
  void splitterSettingsRoundTripThroughTheirIdSoAChangedChunkSizeIsANewGeneration() {
    assertThat(Chunker.of(new Chunker(400, 40).settingsId())).isEqualTo(new Chunker(400, 40));
    assertThat(new Chunker(400, 0).settingsId()).isNotEqualTo(new Chunker(800, 0).settingsId());
  }

  @Test
  void blankTextHasNoChunks() {
    assertThat(chunker.split("  \n ")).isEmpty();
  }

  @Test
  void chunksRespectTheSizeLimit() {
    assertThat(chunker.split(paragraphs(20, ""))).hasSizeGreaterThan(5).allSatisfy(c -> assertThat(c).hasSizeLessThanOrEqualTo(200));
  }

  @Test
  void editingOneParagraphLeavesTheOtherChunksUnchanged() {
    List<String> before = chunker.split(paragraphs(20, ""));
    List<String> after = chunker.split(paragraphs(20, "").replace("Paragraph 3 talks", "Paragraph 3 (edited) talks"));

    assertThat(after).hasSameSizeAs(before);
    long changed = IntStream.range(0, before.size()).filter(i -> !before.get(i).equals(after.get(i))).count();
    assertThat(changed).isEqualTo(1);
  }
}
