package dev.freshet.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.component.UI;
import dev.freshet.api.store.StoredChunk;
import dev.freshet.core.StateDatabase;
import dev.freshet.core.embedding.Embedder;
import dev.freshet.core.index.Chunker;
import dev.freshet.core.index.DocumentState;
import dev.freshet.core.index.DocumentStates;
import dev.freshet.core.index.Generation;
import dev.freshet.core.index.LiveGeneration;
import dev.freshet.core.metrics.FreshetMetrics;
import dev.freshet.core.search.SearchMode;
import dev.freshet.core.search.SearchResult;
import dev.freshet.core.search.SearchService;
import dev.freshet.core.store.LuceneVectorStore;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

/** The Search view against the real model and a real Lucene index, rendered server-side. */
class SearchViewTest {

  @TempDir
  Path index;

  @RegisterExtension
  static final StateDatabase database = new StateDatabase();

  private LuceneVectorStore store;
  private SearchView view;

  @BeforeEach
  void setUp() {
    Embedder embedder = new Embedder(Embedder.builtIn(Embedder.MINILM_QUANTIZED), Embedder.MINILM_QUANTIZED,
        FreshetMetrics.noop());
    store = new LuceneVectorStore(index);
    List<String> texts = List.of("Replication slots keep WAL until the consumer confirms it.",
        "The cafeteria serves soup on Thursdays.");
    List<float[]> vectors = embedder.embed(texts).vectors();
    for (int i = 0; i < texts.size(); i++) {
      String subject = "kb:public.articles:" + (i + 1);
      store.replace(subject, List.of(new StoredChunk(subject + "#0", subject, 0, texts.get(i), vectors.get(i),
          Map.of(), Instant.parse("2026-01-01T00:00:00Z"))), List.of());
    }
    MockVaadin.setup(new Routes());
    LiveGeneration serving = new LiveGeneration(new Generation(1, embedder.modelId(), "recursive:800:0", "ACTIVE", 0, 0,
        Map.of(), Instant.now(), null, null), store, embedder, new Chunker(800, 0));
    JdbcTemplate jdbc = new JdbcTemplate(database.dataSource());
    jdbc.execute("truncate document_state");
    DocumentStates states = new DocumentStates(jdbc);
    states.record(new DocumentState("kb:public.articles:2", "demo", "INDEXED", 1, "lsn 0/2A",
        Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2026-01-01T00:00:00.040Z"), "e-2", "pg:demo:tx2:lsn42",
        Map.of(), 40));
    view = new SearchView(new SearchService(() -> serving, states, () -> Set.of("english")));
    UI.getCurrent().add(view);
  }

  @AfterEach
  void tearDown() {
    MockVaadin.tearDown();
    store.close();
  }

  @Test
  void searchingShowsTheBestChunksFirstWithSubjectScoreRetrieversTextAndIndexedAt() {
    view.query.setValue("what does the canteen cook on Thursday?");
    view.k.setValue(2);
    view.go.click();

    List<SearchResult> shown = view.results.getListDataView().getItems().toList();
    assertThat(shown).hasSize(2);
    assertThat(shown.get(0).subject()).isEqualTo("kb:public.articles:2");
    assertThat(shown.get(0).score()).isGreaterThan(shown.get(1).score());
    assertThat(shown.get(0).retrievers()).as("hybrid by default: found by its meaning and its word Thursday")
        .containsExactlyInAnyOrderEntriesOf(Map.of("vector", 1, "keyword", 1));
    assertThat(shown.get(1).retrievers()).containsExactlyEntriesOf(Map.of("vector", 2));
    assertThat(SearchView.foundBy(shown.get(0).retrievers())).isIn("keyword #1 · vector #1", "vector #1 · keyword #1");
    assertThat(view.results.getColumns()).extracting(c -> c.getHeaderText())
        .containsExactly("Subject", "Score", "Found by", "Text", "Indexed as of", "Produced by");
    assertThat(shown.get(0).correlationId()).isEqualTo("pg:demo:tx2:lsn42");
    assertThat(shown.get(0).sourcePosition()).isEqualTo("lsn 0/2A");
    assertThat(shown.get(1).correlationId()).as("no watermark recorded").isNull();
  }

  @Test
  void theKeywordModeFindsOnlyChunksWithTheWords() {
    view.mode.setValue(SearchMode.KEYWORD);
    view.query.setValue("replication slots");
    view.k.setValue(5);
    view.go.click();

    List<SearchResult> shown = view.results.getListDataView().getItems().toList();
    assertThat(shown).extracting(SearchResult::subject).containsExactly("kb:public.articles:1");
    assertThat(shown.get(0).retrievers()).containsExactlyEntriesOf(Map.of("keyword", 1));
  }

  @Test
  void aBlankQueryClearsTheResults() {
    view.query.setValue("soup");
    view.go.click();
    view.query.setValue("  ");
    view.go.click();

    assertThat(view.results.getListDataView().getItems()).isEmpty();
  }
}
