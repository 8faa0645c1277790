package dev.freshet.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.freshet.api.store.KeywordQuery;
import dev.freshet.api.store.SearchHit;
import dev.freshet.api.store.SearchHits;
import dev.freshet.api.store.SearchRequest;
import dev.freshet.api.store.StoredChunk;
import dev.freshet.api.store.VectorStore;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The promises every {@link VectorStore} keeps. Extend it with the store under test:
 *
 * <pre>{@code
 * class LuceneVectorStoreTest extends VectorStoreContract {
 *   protected VectorStore openStore() { return new LuceneVectorStore(dir, 4); }
 * }
 * }</pre>
 *
 * Vectors in this suite have {@link #DIMENSION} components.
 */
public abstract class VectorStoreContract {

  protected static final int DIMENSION = 4;

  protected VectorStore store;

  /** Opens the store under test: empty on the first call of a test, same data on later calls. */
  protected abstract VectorStore openStore() throws Exception;

  /** Whether a closed and reopened store still holds its chunks (true for on-disk stores). */
  protected boolean survivesReopen() {
    return true;
  }

  @BeforeEach
  void open() throws Exception {
    store = openStore();
  }

  @AfterEach
  void close() {
    store.close();
  }

  @Test
  void replacedChunksAreReturnedInIndexOrder() {
    store.replace("doc:1", List.of(chunk("doc:1", 1, "b", 0, 1, 0, 0), chunk("doc:1", 0, "a", 1, 0, 0, 0)),
        List.of());

    assertThat(store.chunksOf("doc:1")).extracting(StoredChunk::text).containsExactly("a", "b");
    assertThat(store.count()).isEqualTo(2);
  }

  @Test
  void upsertingTheSameIdTwiceLeavesOneCopy() {
    StoredChunk first = chunk("doc:1", 0, "a", 1, 0, 0, 0);
    store.replace("doc:1", List.of(first), List.of());
    store.replace("doc:1", List.of(first), List.of());

    assertThat(store.chunksOf("doc:1")).hasSize(1);
    assertThat(store.count()).isEqualTo(1);
  }

  @Test
  void replaceWritesNewChunksAndRemovesTheStaleOnes() {
    StoredChunk old = chunk("doc:1", 0, "old", 1, 0, 0, 0);
    store.replace("doc:1", List.of(old), List.of());

    StoredChunk fresh = chunk("doc:1", 0, "new", 0, 1, 0, 0);
    store.replace("doc:1", List.of(fresh), List.of(old.id()));

    assertThat(store.chunksOf("doc:1")).extracting(StoredChunk::text).containsExactly("new");
  }

  @Test
  void subjectsListsEverySubjectWithChunksOnceAndNoneWithout() {
    store.replace("doc:1", List.of(chunk("doc:1", 0, "one", 1, 0, 0, 0), chunk("doc:1", 1, "uno", 1, 0, 0, 0)),
        List.of());
    store.replace("doc:2", List.of(chunk("doc:2", 0, "two", 0, 1, 0, 0)), List.of());
    store.replace("doc:3", List.of(chunk("doc:3", 0, "three", 0, 0, 1, 0)), List.of());
    store.removeBySubject("doc:2");

    assertThat(store.subjects()).containsExactlyInAnyOrder("doc:1", "doc:3");
  }

  @Test
  void removeBySubjectLeavesOtherSubjectsAlone() {
    store.replace("doc:1", List.of(chunk("doc:1", 0, "one", 1, 0, 0, 0)), List.of());
    store.replace("doc:2", List.of(chunk("doc:2", 0, "two", 0, 1, 0, 0)), List.of());

    store.removeBySubject("doc:1");

    assertThat(store.chunksOf("doc:1")).isEmpty();
    assertThat(store.chunksOf("doc:2")).extracting(StoredChunk::text).containsExactly("two");
  }

  @Test
  void searchReturnsTheNearestChunksFirstWithTheirStoredFields() {
    store.replace("doc:1", List.of(chunk("doc:1", 0, "east", 1, 0, 0, 0)), List.of());
    store.replace("doc:2", List.of(chunk("doc:2", 0, "north", 0, 1, 0, 0)), List.of());
    store.replace("doc:3", List.of(chunk("doc:3", 0, "north-east", 0.7f, 0.7f, 0, 0)), List.of());

    List<SearchHit> hits = store.search(new SearchRequest(unit(0, 1, 0, 0), 2, Map.of())).vector();

    assertThat(hits).extracting(h -> h.chunk().text()).containsExactly("north", "north-east");
    assertThat(hits.get(0).score()).isGreaterThan(hits.get(1).score());
    assertThat(hits.get(0).chunk().metadata()).containsEntry("lang", "en");
    assertThat(hits.get(0).chunk().subject()).isEqualTo("doc:2");
  }

  @Test
  void searchHonoursMetadataAndSubjectFilters() {
    store.replace("doc:1", List.of(chunk("doc:1", 0, "en", 1, 0, 0, 0)), List.of());
    StoredChunk german = new StoredChunk("doc:2#0", "doc:2", 0, "de", unit(1, 0, 0, 0),
        Map.of("lang", "de"), Instant.parse("2026-01-01T00:00:00Z"));
    store.replace("doc:2", List.of(german), List.of());

    assertThat(store.search(new SearchRequest(unit(1, 0, 0, 0), 5, Map.of("lang", "de"))).vector())
        .extracting(h -> h.chunk().text()).containsExactly("de");
    assertThat(store.search(new SearchRequest(unit(1, 0, 0, 0), 5, Map.of("subject", "doc:1"))).vector())
        .extracting(h -> h.chunk().text()).containsExactly("en");
  }

  @Test
  void chunksSurviveReopeningTheStore() throws Exception {
    if (!survivesReopen()) {
      return;
    }
    store.replace("doc:1", List.of(chunk("doc:1", 0, "kept", 1, 0, 0, 0)), List.of());
    store.close();

    store = openStore();

    assertThat(store.chunksOf("doc:1")).extracting(StoredChunk::text).containsExactly("kept");
  }

  // Keyword and hybrid retrieval: for stores with a lexical index (searchesKeywords()).

  @Test
  void keywordSearchRanksTheChunksWithMoreOfTheQuerysWordsFirstAndSkipsTheRest() {
    assumeKeywords();
    store.replace("doc:1", List.of(chunk("doc:1", 0, "The harbour gate opens at sunrise.", 1, 0, 0, 0)), List.of());
    store.replace("doc:2", List.of(chunk("doc:2", 0, "Gate codes rotate every week.", 0, 1, 0, 0)), List.of());
    store.replace("doc:3", List.of(chunk("doc:3", 0, "Tides turn twice a day.", 0, 0, 1, 0)), List.of());

    List<SearchHit> hits = keywords("harbour gate", 5, Map.of());

    assertThat(hits).extracting(h -> h.chunk().subject()).containsExactly("doc:1", "doc:2");
    assertThat(hits.get(0).score()).isGreaterThan(hits.get(1).score());
    assertThat(hits.get(0).chunk().text()).isEqualTo("The harbour gate opens at sunrise.");
  }

  @Test
  void theEnglishAnalyzerMatchesWordFormsAndIgnoresStopWords() {
    assumeKeywords();
    store.replace("doc:1", List.of(chunk("doc:1", 0, "The harbour gate opens at sunrise.", 1, 0, 0, 0)), List.of());

    assertThat(keywords("opening harbours", 5, Map.of())).extracting(h -> h.chunk().subject()).containsExactly("doc:1");
    assertThat(keywords("the at", 5, Map.of())).as("stop words only").isEmpty();
  }

  @Test
  void aChunkIsReadWithItsOwnAnalyzer() {
    assumeKeywords();
    StoredChunk standard = new StoredChunk("doc:2#0", "doc:2", 0, "The harbour gate opens at sunrise.",
        unit(0, 1, 0, 0), Map.of(), Instant.parse("2026-01-01T00:00:00Z"), "standard");
    store.replace("doc:2", List.of(standard), List.of());

    assertThat(store.chunksOf("doc:2").get(0).analyzer()).isEqualTo("standard");
    assertThat(store.search(new SearchRequest(null, new KeywordQuery("opening", Set.of("english", "standard")), 5,
        Map.of())).keyword()).as("standard does not stem").isEmpty();
    assertThat(store.search(new SearchRequest(null, new KeywordQuery("opens", Set.of("english", "standard")), 5,
        Map.of())).keyword()).extracting(h -> h.chunk().subject()).containsExactly("doc:2");
  }

  @Test
  void identifiersAreFoundByTheirExactSpellingFirstAndByTheirParts() {
    assumeKeywords();
    store.replace("doc:flag", List.of(chunk("doc:flag", 0, "Raise the heap with --max-old-space-size=4096 when "
        + "builds run out of memory.", 1, 0, 0, 0)), List.of());
    store.replace("doc:words", List.of(chunk("doc:words", 0, "The old space is the max size of the heap, and its "
        + "space grows.", 0, 1, 0, 0)), List.of());
    store.replace("doc:camel", List.of(chunk("doc:camel", 0, "Call maxConnectionsPerRoute on the pool builder.",
        0, 0, 1, 0)), List.of());
    store.replace("doc:snake", List.of(chunk("doc:snake", 0, "Set shared_buffers to a quarter of the memory.",
        0, 0, 0, 1)), List.of());
    store.replace("doc:dotted", List.of(chunk("doc:dotted", 0, "Collections come from java.util.concurrent here.",
        1, 1, 0, 0)), List.of());

    assertThat(keywords("--max-old-space-size", 5, Map.of()).get(0).chunk().subject()).isEqualTo("doc:flag");
    assertThat(keywords("what does max-old-space-size do", 5, Map.of()).get(0).chunk().subject())
        .isEqualTo("doc:flag");
    assertThat(keywords("maxConnectionsPerRoute", 5, Map.of()).get(0).chunk().subject()).isEqualTo("doc:camel");
    assertThat(keywords("connections route", 5, Map.of())).extracting(h -> h.chunk().subject())
        .containsExactly("doc:camel");
    assertThat(keywords("shared_buffers", 5, Map.of()).get(0).chunk().subject()).isEqualTo("doc:snake");
    assertThat(keywords("shared buffers", 5, Map.of())).extracting(h -> h.chunk().subject())
        .containsExactly("doc:snake");
    assertThat(keywords("java.util.concurrent", 5, Map.of()).get(0).chunk().subject()).isEqualTo("doc:dotted");
    assertThat(keywords("concurrent", 5, Map.of())).extracting(h -> h.chunk().subject())
        .containsExactly("doc:dotted");
  }

  @Test
  void anIdentifierInAChunksSectionHeaderRanksItAboveChunksThatOnlyMentionIt() {
    assumeKeywords();
    String guide = "High Availability › Synchronous Replication";
    store.replace("doc:guide", List.of(new StoredChunk("doc:guide#0", "doc:guide", 0, guide + "\n\nList the standbys "
        + "in synchronous_standby_names. When synchronous_standby_names is empty, commits do not wait; a standby "
        + "named in synchronous_standby_names is waited for.", unit(1, 0, 0, 0), Map.of("section",
        "Synchronous Replication"), Instant.parse("2026-01-01T00:00:00Z"))), List.of());
    String reference = "Server Configuration › Primary Server › synchronous_standby_names (string)";
    store.replace("doc:reference", List.of(new StoredChunk("doc:reference#0", "doc:reference", 0, reference
        + "\n\nSpecifies a list of standby servers that can support synchronous replication, as described in the "
        + "high availability chapter.", unit(0, 1, 0, 0), Map.of("section",
        "Primary Server › synchronous_standby_names (string)"), Instant.parse("2026-01-01T00:00:00Z"))), List.of());

    assertThat(keywords("synchronous_standby_names", 5, Map.of())).extracting(h -> h.chunk().subject())
        .containsExactly("doc:reference", "doc:guide");
  }

  @Test
  void keywordSearchHonoursMetadataAndSubjectFilters() {
    assumeKeywords();
    store.replace("doc:1", List.of(chunk("doc:1", 0, "gate in english", 1, 0, 0, 0)), List.of());
    store.replace("doc:2", List.of(new StoredChunk("doc:2#0", "doc:2", 0, "gate in german", unit(1, 0, 0, 0),
        Map.of("lang", "de"), Instant.parse("2026-01-01T00:00:00Z"))), List.of());

    assertThat(keywords("gate", 5, Map.of("lang", "de"))).extracting(h -> h.chunk().subject())
        .containsExactly("doc:2");
    assertThat(keywords("gate", 5, Map.of("subject", "doc:1"))).extracting(h -> h.chunk().subject())
        .containsExactly("doc:1");
  }

  @Test
  void aReplacedChunkIsFoundByItsNewWordsAndNoLongerByItsOldOnes() {
    assumeKeywords();
    StoredChunk old = chunk("doc:1", 0, "The ferry leaves at noon.", 1, 0, 0, 0);
    store.replace("doc:1", List.of(old), List.of());
    StoredChunk edited = chunk("doc:1", 0, "The ferry leaves at noon. Bicycles ride free on Sundays.", 1, 0, 0, 0);
    store.replace("doc:1", List.of(edited), List.of(old.id()));

    assertThat(keywords("bicycles sundays", 5, Map.of())).extracting(h -> h.chunk().id()).containsExactly(edited.id());
    assertThat(keywords("ferry noon", 5, Map.of())).extracting(h -> h.chunk().id()).containsExactly(edited.id());
    store.removeBySubject("doc:1");
    assertThat(keywords("ferry", 5, Map.of())).isEmpty();
  }

  @Test
  void aHybridRequestAnswersBothRetrieversFromOneView() {
    assumeKeywords();
    store.replace("doc:1", List.of(chunk("doc:1", 0, "harbour gate", 1, 0, 0, 0)), List.of());
    store.replace("doc:2", List.of(chunk("doc:2", 0, "tides", 0, 1, 0, 0)), List.of());

    SearchHits hits = store.search(new SearchRequest(unit(0, 1, 0, 0), new KeywordQuery("harbour",
        Set.of(StoredChunk.DEFAULT_ANALYZER)), 5, Map.of()));

    assertThat(hits.vector()).extracting(h -> h.chunk().subject()).containsExactly("doc:2", "doc:1");
    assertThat(hits.keyword()).extracting(h -> h.chunk().subject()).containsExactly("doc:1");
  }

  private List<SearchHit> keywords(String text, int k, Map<String, String> filter) {
    return store.search(new SearchRequest(null, new KeywordQuery(text, Set.of(StoredChunk.DEFAULT_ANALYZER)), k,
        filter)).keyword();
  }

  private void assumeKeywords() {
    Assumptions.assumeTrue(store.searchesKeywords(), "the store has no lexical index");
  }

  protected static StoredChunk chunk(String subject, int index, String text, float... vector) {
    return new StoredChunk(subject + "#" + index + "#" + text, subject, index, text, unit(vector),
        Map.of("lang", "en"), Instant.parse("2026-01-01T00:00:00Z"));
  }

  protected static float[] unit(float... v) {
    double norm = 0;
    for (float x : v) {
      norm += x * x;
    }
    float[] out = new float[v.length];
    for (int i = 0; i < v.length; i++) {
      out[i] = (float) (v[i] / Math.sqrt(norm));
    }
    return out;
  }
}
