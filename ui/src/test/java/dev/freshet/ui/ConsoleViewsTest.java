package dev.freshet.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.component.UI;
import dev.freshet.api.source.ChangeSink;
import dev.freshet.core.StateDatabase;
import dev.freshet.core.audit.AuditLog;
import dev.freshet.core.schema.EventCatalog;
import dev.freshet.core.trace.TraceSummary;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The traces, sources, schemas and overview views over a real state database and dispatcher: what each shows
 * is what the pipeline did, and what an operator does there reaches the pipeline and the audit log.
 */
class ConsoleViewsTest {

  @RegisterExtension
  static final StateDatabase database = new StateDatabase();
  private ConsolePipeline pipeline;

  @BeforeEach
  void start() {
    pipeline = new ConsolePipeline(database.dataSource());
    MockVaadin.setup(new Routes().autoDiscoverViews("dev.freshet.ui"));
  }

  @AfterEach
  void stop() {
    MockVaadin.tearDown();
    pipeline.close();
  }

  @Test
  void aTraceIsFoundBySubjectAndOutcomeAndShownAsAWaterfallWithPayloadDiffAndLinks() {
    pipeline.indexer.broken.add("kb:public.articles:2");
    pipeline.append(pipeline.update(1, "Replication basics", "Logical replication basics"),
        pipeline.update(2, "Old", "New"));
    pipeline.awaitIdle();
    TracesView view = new TracesView(pipeline.traces, pipeline.catalog);
    UI.getCurrent().add(view);

    view.outcome.setValue("DEAD");
    view.find.click();
    assertThat(view.results.getGenericDataView().getItems().toList()).extracting(TraceSummary::subject)
        .containsExactly("kb:public.articles:2");
    view.outcome.setValue(TracesView.ANY);
    view.subject.setValue("articles:1");
    view.find.click();
    assertThat(view.found.getText()).isEqualTo("1 trace(s)");
    TraceSummary found = view.results.getGenericDataView().getItems().toList().getFirst();
    assertThat(found.outcome()).isEqualTo("INDEXED");
    assertThat(found.events()).as("the change and document.indexed").isEqualTo(2);

    view.results.select(found);

    TraceTree tree = view.tree;
    assertThat(tree).isNotNull();
    TraceTree.Node origin = tree.origin();
    assertThat(origin.label()).isEqualTo("commit at source demo");
    TraceTree.Node change = tree.data.getChildren(origin).getFirst();
    assertThat(change.label()).isEqualTo("document.changed v1 · kb:public.articles:1");
    TraceTree.Node attempt = tree.data.getChildren(change).getFirst();
    assertThat(attempt.label()).isEqualTo("indexer · attempt 1");
    assertThat(attempt.outcome()).isEqualTo("DONE");
    assertThat(attempt.details()).contains("embeddings 1", "reusedFromIndex 2", "tokens 42");
    assertThat(tree.data.getChildren(attempt)).extracting(TraceTree.Node::label)
        .containsSubsequence("load", "embed", "store");
    TraceTree.Node indexed = tree.data.getChildren(attempt).getLast();
    assertThat(indexed.label()).startsWith("document.indexed v1");
    assertThat(tree.data.getChildren(indexed)).singleElement().satisfies(s -> {
      assertThat(s.kind()).isEqualTo(TraceTree.Kind.SEARCHABLE);
      assertThat(s.details()).endsWith("after the change at the source");
    });

    view.waterfall.select(change);
    assertThat(view.payload.getText()).contains("kb:public.articles:1", "••••••").doesNotContain("tok-old", "tok-new");
    assertThat(view.diff.getText()).contains("-Replication basics", "+Logical replication basics")
        .doesNotContain("tok-");
    assertThat(view.links.getElement().getTextRecursively()).contains("Caused", "document.indexed");

    view.waterfall.select(indexed);
    assertThat(view.links.getElement().getTextRecursively()).contains("Caused by", "document.changed");
  }

  @Test
  void anOperatorPausesASourceWhoseNextBatchWaitsUntilItIsResumedAndEveryActionIsAudited() throws Exception {
    SourcesView view = new SourcesView(pipeline.operations, ConsolePipeline.signIn("otto", "OPERATOR", "VIEWER"));
    UI.getCurrent().add(view);
    assertThat(view.title.getText()).isEqualTo("demo · RUNNING");
    assertThat(SourcesView.lag(view.grid.getGenericDataView().getItems().toList().getFirst())).isEqualTo("2 KiB slot lag");
    assertThat(view.snapshotText.getText()).isEqualTo("snapshot complete: 220 row(s) read from 1 table(s)");

    view.pause.click();
    assertThat(view.title.getText()).isEqualTo("demo · PAUSED");
    ChangeSink sink = pipeline.source.context.sink();
    CompletableFuture<Void> held = CompletableFuture.runAsync(() -> {
      try {
        sink.accept(List.of(pipeline.update(3, "a", "b")));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    });
    Thread.sleep(300);
    assertThat(held).as("a paused source's batch waits").isNotDone();
    assertThat(pipeline.eventLog.contains(pipeline.update(3, "a", "b").id())).isFalse();

    view.resume.click();
    held.get(10, java.util.concurrent.TimeUnit.SECONDS);
    assertThat(pipeline.eventLog.contains(pipeline.update(3, "a", "b").id())).isTrue();
    assertThat(view.title.getText()).isEqualTo("demo · RUNNING");

    view.collection.setValue("articles");
    view.resnapshot.click();
    assertThat(pipeline.source.resnapshots).containsExactly("articles");
    view.reconcile.click();
    await().atMost(Duration.ofSeconds(10)).until(() -> pipeline.source.reconciled.get() == 1);
    assertThat(pipeline.audit.list("source:", 0, 10)).extracting(AuditLog.Entry::action)
        .containsExactly("source.reconcile", "source.resnapshot", "source.resume", "source.pause");
    assertThat(pipeline.audit.list("source:", 0, 10)).extracting(AuditLog.Entry::actor).containsOnly("otto");
  }

  @Test
  void aViewerSeesTheSourcesButNoControls() {
    SourcesView view = new SourcesView(pipeline.operations, ConsolePipeline.signIn("vera", "VIEWER"));
    UI.getCurrent().add(view);

    assertThat(view.title.getText()).isEqualTo("demo · RUNNING");
    assertThat(List.of(view.pause, view.resume, view.resnapshot, view.reconcile)).allSatisfy(b ->
        assertThat(b.isVisible()).isFalse());
  }

  @Test
  void theSchemasViewShowsEachTypeWithItsCountsSchemaAndTheTableHistoryOfASource() {
    pipeline.append(pipeline.update(4, "a", "b"));
    pipeline.awaitIdle();
    pipeline.jdbc.update("""
        insert into source_schema (source, table_name, version, columns, key_columns, problems, fingerprint,
                                   first_seen_at, event_id)
        values ('demo', 'public.articles', 1, '[{"name": "id", "type": "int64", "optional": false},
                {"name": "title", "type": "string", "optional": false}]', '["id"]', '[]', 'f1', now(), 'e1'),
               ('demo', 'public.articles', 2, '[{"name": "id", "type": "int64", "optional": false}]', '["id"]',
                '["column title is gone"]', 'f2', now(), 'e2')""");
    SchemasView view = new SchemasView(pipeline.catalog, pipeline.tables, pipeline.sources);
    UI.getCurrent().add(view);

    EventCatalog.TypeVersion changed = view.types.getGenericDataView().getItems()
        .filter(t -> t.type().equals("document.changed")).findFirst().orElseThrow();
    assertThat(changed.events()).isEqualTo(1);
    view.types.select(changed);
    assertThat(view.title.getText()).isEqualTo("document.changed v1");
    assertThat(view.schema.getText()).contains("\"changedColumns\"", "\"changes\"");
    assertThat(view.verdict.getText()).isEqualTo("This is the only version of document.changed.");
    assertThat(view.history.getGenericDataView().getItems().toList()).hasSize(2)
        .last().satisfies(v -> assertThat(v.problems()).containsExactly("column title is gone"));
  }

  @Test
  void theOverviewShowsFreshnessThroughputBacklogDeadLettersAndGenerationsAndDrawsItsCharts() {
    pipeline.indexer.broken.add("kb:public.articles:6");
    pipeline.append(pipeline.update(5, "a", "b"), pipeline.update(6, "a", "b"));
    pipeline.awaitIdle();
    OverviewView view = new OverviewView(pipeline.overview, pipeline.operations);
    UI.getCurrent().add(view);

    assertThat(view.freshness.getText()).matches("p50 .* · p95 .* · p99 .* \\(1 changes\\)");
    assertThat(view.throughput.getText()).contains("events/min in");
    assertThat(view.backlog.getText()).isEqualTo("empty");
    assertThat(view.deadLetters.getText()).isEqualTo("1 open");
    assertThat(view.sourceStates.getText()).isEqualTo("1 running");
    assertThat(view.freshnessChart.getElement().getProperty("innerHTML")).as(view.chartText.getText())
        .contains("<svg", "p50", "p99");
    assertThat(view.generations.getElement().getTextRecursively()).contains("building: 120 of 480 documents",
        "serving search");
  }
}
