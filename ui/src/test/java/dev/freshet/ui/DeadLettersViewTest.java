package dev.freshet.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.component.UI;
import dev.freshet.core.StateDatabase;
import dev.freshet.core.audit.AuditLog;
import dev.freshet.core.deadletter.DeadLetter;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The dead-letter view over a real state database and dispatcher: filter, inspect (payload masked, trace
 * link), retry, a bulk retry after its dry-run count, edit and retry, discard with a reason, the audit trail
 * with the user; a viewer sees everything and can change nothing.
 */
class DeadLettersViewTest {

  @RegisterExtension
  static final StateDatabase database = new StateDatabase();
  private ConsolePipeline pipeline;

  @BeforeEach
  void start() {
    pipeline = new ConsolePipeline(database.dataSource());
    pipeline.indexer.broken.addAll(List.of("kb:public.articles:7", "kb:public.articles:8", "kb:public.articles:9"));
    pipeline.append(pipeline.update(7, "Old", "New"), pipeline.update(8, "Old", "New"), pipeline.update(9, "A", "B"));
    await().atMost(Duration.ofSeconds(30)).until(() -> pipeline.deadLetters.count("OPEN") == 3);
    MockVaadin.setup(new Routes().autoDiscoverViews("dev.freshet.ui"));
  }

  @AfterEach
  void stop() {
    MockVaadin.tearDown();
    pipeline.close();
  }

  private DeadLettersView open(String user, String... roles) {
    DeadLettersView view = new DeadLettersView(pipeline.deadLetters, pipeline.audit, ConsolePipeline.signIn(user, roles));
    UI.getCurrent().add(view);
    return view;
  }

  private DeadLetter row(DeadLettersView view, String subject) {
    return view.grid.getGenericDataView().getItems().filter(d -> subject.equals(d.subject())).findFirst().orElseThrow();
  }

  @Test
  void anOperatorInspectsADeadLetterFollowsItsTraceAndRetriesItOnceTheCauseIsFixed() {
    DeadLettersView view = open("otto", "OPERATOR", "VIEWER");
    assertThat(view.total.getText()).isEqualTo("3 open dead letter(s)");
    assertThat(view.retry.isEnabled()).as("nothing selected yet").isFalse();

    view.grid.select(row(view, "kb:public.articles:7"));

    assertThat(view.error.getText()).contains("Stage embed", "the model rejected the text of kb:public.articles:7");
    assertThat(view.facts.getText()).contains("replay 0 of at most 2");
    assertThat(view.payload.getText()).contains("\"subject\" : \"kb:public.articles:7\"", "••••••")
        .doesNotContain("tok-old", "tok-new");
    assertThat(view.trace.getHref()).isEqualTo("traces/pg:demo:tx7:lsn7");

    pipeline.indexer.broken.remove("kb:public.articles:7");
    view.retry.click();

    assertThat(view.total.getText()).isEqualTo("2 open dead letter(s)");
    pipeline.awaitIdle();
    assertThat(pipeline.jdbc.queryForObject("select count(*) from event_log where type = 'document.indexed' "
        + "and subject = 'kb:public.articles:7'", Long.class)).isEqualTo(1);
    view.status.setValue("RETRIED");
    DeadLetter retried = view.grid.getGenericDataView().getItems().toList().getFirst();
    view.grid.select(retried);
    assertThat(view.trail.getGenericDataView().getItems().toList()).singleElement().satisfies(e -> {
      assertThat(e.actor()).isEqualTo("otto");
      assertThat(e.action()).isEqualTo("dead-letter.retry");
    });
  }

  @Test
  void aFilterNarrowsTheListAndABulkRetryShowsItsCountBeforeItRuns() {
    DeadLettersView view = open("otto", "OPERATOR", "VIEWER");
    view.subject.setValue("articles:8");
    assertThat(view.total.getText()).isEqualTo("1 open dead letter(s)");
    view.subject.clear();
    view.stage.setValue("embed");
    assertThat(view.total.getText()).isEqualTo("3 open dead letter(s)");
    view.agent.setValue("indexer");

    view.retryAll.click();

    assertThat(view.bulkDialog.isOpened()).isTrue();
    assertThat(view.bulkPreview.getText()).startsWith("3 open dead letter(s) match: 3 will be retried");
    assertThat(view.bulkConfirm.getText()).isEqualTo("Retry 3");
    assertThat(pipeline.deadLetters.count("OPEN")).as("the dry run changed nothing").isEqualTo(3);
    pipeline.indexer.broken.clear();
    view.bulkConfirm.click();

    assertThat(view.total.getText()).isEqualTo("0 open dead letter(s)");
    pipeline.awaitIdle();
    assertThat(pipeline.deadLetters.count("OPEN")).isZero();
    assertThat(pipeline.audit.list("dead-letters", 0, 5)).extracting(AuditLog.Entry::action)
        .containsExactly("dead-letter.bulk-retry");
  }

  @Test
  void anEditedEventMustPassItsSchemaAndADiscardNeedsAReason() {
    DeadLettersView view = open("otto", "OPERATOR", "VIEWER");
    view.grid.select(row(view, "kb:public.articles:9"));
    view.edit.click();
    assertThat(view.editor.getValue()).contains("\"subject\" : \"kb:public.articles:9\"");

    view.editor.setValue("{\"operation\": \"RENAMED\"}");
    view.editSubmit.click();
    assertThat(view.editDialog.isOpened()).as("kept open, the edit is not lost").isTrue();
    assertThat(view.editError.getText()).contains("not valid");

    pipeline.indexer.broken.remove("kb:public.articles:9");
    view.editor.setValue("{\"operation\": \"UPDATE\", \"data\": {\"table\": \"public.articles\"}}");
    view.editSubmit.click();
    assertThat(view.editDialog.isOpened()).isFalse();
    pipeline.awaitIdle();
    assertThat(pipeline.jdbc.queryForObject("select count(*) from event_log where type = 'document.changed' "
        + "and subject = 'kb:public.articles:9' and causation_id is not null", Long.class)).isEqualTo(1);

    view.grid.select(row(view, "kb:public.articles:8"));
    view.discard.click();
    view.discardConfirm.click();
    assertThat(view.discardDialog.isOpened()).as("no reason given").isTrue();
    view.reason.setValue("article 8 was deleted on purpose");
    view.discardConfirm.click();
    assertThat(view.discardDialog.isOpened()).isFalse();
    view.status.setValue("DISCARDED");
    view.grid.select(view.grid.getGenericDataView().getItems().toList().getFirst());
    assertThat(view.facts.getText()).contains("discarded: article 8 was deleted on purpose");
    assertThat(view.trail.getGenericDataView().getItems().toList()).extracting(AuditLog.Entry::actor)
        .containsExactly("otto");
  }

  @Test
  void aViewerSeesTheDeadLettersButNoActionThatChangesThem() {
    DeadLettersView view = open("vera", "VIEWER");
    view.grid.select(row(view, "kb:public.articles:7"));

    assertThat(view.error.getText()).contains("the model rejected");
    assertThat(List.of(view.retry, view.edit, view.discard, view.retryAll)).allSatisfy(b ->
        assertThat(b.isVisible()).isFalse());
  }
}
