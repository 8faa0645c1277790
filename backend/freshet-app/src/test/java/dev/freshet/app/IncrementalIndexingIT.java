package dev.freshet.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.freshet.api.store.StoredChunk;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** Re-indexing embeds only what changed, counted by a recording wrapper around the real model. */
class IncrementalIndexingIT extends EmbeddedFreshetIT {

  @Autowired
  FaultInjectingEmbeddingModel counting;

  @Test
  void anUpdateOfNoTextColumnCostsNoEmbeddingAndUpdatesTheMetadata() throws Exception {
    String marker = "ZVIEWS7";
    long id = insertArticle("Tide tables " + marker, "Spring tides follow the new and the full moon. " + marker);
    String subject = "kb:public.articles:" + id;
    await().atMost(TIMEOUT).until(() -> !store.chunksOf(subject).isEmpty());
    long embeddedBefore = counting.embeddedContaining(marker);

    execute("update articles set views = 4242 where id = ?", id);

    await().atMost(TIMEOUT).until(() -> store.chunksOf(subject).stream()
        .allMatch(c -> "4242".equals(c.metadata().get("views"))));
    assertThat(counting.embeddedContaining(marker)).isEqualTo(embeddedBefore);
    // searchable a moment before the agent records its report
    await().atMost(TIMEOUT).until(() -> api.get("/api/explain/" + subject).json().get("report").get("changedColumns")
        .toString().equals("[\"views\"]"));
    JsonNode report = api.get("/api/explain/" + subject).json().get("report");
    assertThat(report.get("embeddings").asInt()).isZero();
    assertThat(report.get("metadataUpdates").asInt()).isEqualTo(store.chunksOf(subject).size());
    assertThat(report.get("changedColumns").toString()).isEqualTo("[\"views\"]");
  }

  @Test
  void aParagraphEditOfAFiftyChunkDocumentEmbedsOnlyTheChangedChunk() throws Exception {
    String marker = "ZHANDBOOK50";
    List<String> paragraphs = IntStream.range(0, 50).mapToObj(i -> paragraph(marker, i)).toList();
    long id = insertArticle("Operations handbook", String.join("\n\n", paragraphs));
    String subject = "kb:public.articles:" + id;
    // the chunks are searchable a moment before the agent records the document's state
    await().atMost(TIMEOUT).until(() -> store.chunksOf(subject).size() == 50 && eventIdOf(subject) != null);
    long afterInsert = counting.embeddedContaining(marker);
    assertThat(afterInsert).isEqualTo(50);

    // one paragraph in the middle changes
    List<String> edited = new java.util.ArrayList<>(paragraphs);
    edited.set(20, edited.get(20).replace("is checked", "is double-checked"));
    String first = Objects.requireNonNull(eventIdOf(subject));
    updateBody(id, String.join("\n\n", edited));
    await().atMost(TIMEOUT).until(() -> !first.equals(eventIdOf(subject)));

    assertThat(counting.embeddedContaining(marker) - afterInsert).isLessThanOrEqualTo(2).isEqualTo(1);
    JsonNode edit = api.get("/api/explain/" + subject).json();
    assertThat(edit.get("report").get("embeddedChunks").toString()).isEqualTo("[20]");
    assertThat(edit.get("report").get("reusedFromIndex").asInt()).isEqualTo(49);
    assertThat(edit.get("report").get("tokens").asInt()).isPositive();
    assertThat(edit.get("summary").asString()).contains("1 of 50 chunk(s) embedded", "49 unchanged");
    assertThat(store.chunksOf(subject)).extracting(StoredChunk::text).anyMatch(t -> t.contains("is double-checked"));

    // a paragraph inserted at the top moves every later chunk: their vectors come from the cache
    long afterEdit = counting.embeddedContaining(marker);
    String second = Objects.requireNonNull(eventIdOf(subject));
    edited.add(0, paragraph(marker, 99));
    updateBody(id, String.join("\n\n", edited));
    await().atMost(TIMEOUT).until(() -> !second.equals(eventIdOf(subject)));

    assertThat(counting.embeddedContaining(marker) - afterEdit).isLessThanOrEqualTo(2);
    JsonNode shift = api.get("/api/explain/" + subject).json().get("report");
    assertThat(shift.get("chunks").asInt()).isEqualTo(51);
    assertThat(shift.get("reusedFromCache").asInt()).isGreaterThanOrEqualTo(49);
    assertThat(store.chunksOf(subject)).hasSize(51);
  }

  @Test
  void aFailingEmbeddingMidUpdateLeavesThePreviousChunksSearchable() throws Exception {
    long id = insertArticle("Kelp forests", "Kelp forests shelter sea otters along the cold coast.");
    String subject = "kb:public.articles:" + id;
    await().atMost(TIMEOUT).until(() -> !store.chunksOf(subject).isEmpty());

    updateBody(id, "Kelp forests are now described elsewhere. " + FaultInjectingEmbeddingModel.POISON);

    await().atMost(TIMEOUT).until(() -> deadLettersFor(subject).size() == 1);
    assertThat(chunkTexts(subject)).anyMatch(t -> t.contains("shelter sea otters"));
    assertThat(topSubject("where do sea otters shelter in kelp forests")).isEqualTo(subject);
    assertThat(api.get("/api/documents/" + subject).json().get("state").get("status").asString()).isEqualTo("INDEXED");
  }

  private static String paragraph(String marker, int i) {
    return marker + " section " + i + ": " + IntStream.range(0, 8)
        .mapToObj(j -> "Step " + i + "." + j + " of the runbook is checked by the operator on duty before release.")
        .collect(Collectors.joining(" "));
  }

  private void updateBody(long id, String body) throws Exception {
    try (var c = demo(); var ps = c.prepareStatement("update articles set body = ? where id = ?")) {
      ps.setString(1, body);
      ps.setLong(2, id);
      ps.executeUpdate();
    }
  }

  private @Nullable String eventIdOf(String subject) {
    return stateDb.queryForList("select event_id from document_state where subject = ?", String.class, subject)
        .stream().findFirst().orElse(null);
  }
}
