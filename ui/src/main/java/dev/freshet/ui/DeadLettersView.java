package dev.freshet.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.security.AuthenticationContext;
import dev.freshet.core.audit.AuditLog;
import dev.freshet.core.deadletter.DeadLetter;
import dev.freshet.core.deadletter.DeadLetterFilter;
import dev.freshet.core.deadletter.DeadLetters;
import dev.freshet.core.json.Json;
import dev.freshet.core.json.Redaction;
import jakarta.annotation.security.PermitAll;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The dead-letter queue as a dataset: filter by status, source, agent, stage, error type, subject, time and
 * superseded; inspect the error, attempts, payload (secrets masked), replay history and audit trail; follow the
 * trace. Operators retry one, retry everything a filter matches after a dry-run count, edit the event and
 * retry, or discard with a reason; every action is audit-logged with the user.
 */
@Route("dead-letters")
@PageTitle("Dead letters · Freshet")
@PermitAll
public class DeadLettersView extends VerticalLayout {

  static final String ANY = "any";
  static final String SUPERSEDED = "superseded";
  static final String NOT_SUPERSEDED = "not superseded";

  private final DeadLetters deadLetters;
  private final AuditLog audit;
  private final String actor;
  final Select<String> status = new Select<>();
  final ComboBox<String> source = new ComboBox<>("Source");
  final ComboBox<String> agent = new ComboBox<>("Agent");
  final ComboBox<String> stage = new ComboBox<>("Stage");
  final ComboBox<String> errorType = new ComboBox<>("Error type");
  final TextField subject = new TextField("Subject contains");
  final DateTimePicker from = new DateTimePicker("Failed from");
  final DateTimePicker to = new DateTimePicker("Failed before");
  final Select<String> superseded = new Select<>();
  final Span total = new Span();
  final Button retryAll = new Button("Retry all matching…");
  final Grid<DeadLetter> grid = new Grid<>(DeadLetter.class, false);
  final Span error = new Span();
  final Span facts = new Span();
  final RouterLink trace = new RouterLink();
  final Button retry = new Button("Retry");
  final Button edit = new Button("Edit and retry…");
  final Button discard = new Button("Discard…");
  final Pre payload = Console.pane("22em");
  final Grid<DeadLetter> history = new Grid<>(DeadLetter.class, false);
  final Grid<AuditLog.Entry> trail = new Grid<>(AuditLog.Entry.class, false);
  final Dialog bulkDialog = new Dialog();
  final Span bulkPreview = new Span();
  final Button bulkConfirm = new Button("Retry them");
  final Dialog editDialog = new Dialog();
  final TextArea editor = new TextArea("Event (type, version, subject, operation and data may change)");
  final Span editError = new Span();
  final Button editSubmit = new Button("Retry with this event");
  final Dialog discardDialog = new Dialog();
  final TextField reason = new TextField("Why is it discarded?");
  final Button discardConfirm = new Button("Discard");
  private @Nullable DeadLetter selected;

  public DeadLettersView(DeadLetters deadLetters, AuditLog audit, AuthenticationContext authentication) {
    this.deadLetters = deadLetters;
    this.audit = audit;
    this.actor = Console.actor(authentication);
    boolean operator = Console.operator(authentication);
    setSizeFull();
    configureFilters();
    HorizontalLayout filters = new HorizontalLayout(status, source, agent, stage, errorType, subject, from, to,
        superseded, total, retryAll);
    filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
    filters.setWrap(true);

    grid.addColumn(DeadLetter::id).setHeader("Id").setAutoWidth(true).setFlexGrow(0);
    grid.addColumn(DeadLetter::source).setHeader("Source").setAutoWidth(true);
    grid.addColumn(d -> d.subject() == null ? "" : d.subject()).setHeader("Subject").setAutoWidth(true);
    grid.addColumn(DeadLetter::agent).setHeader("Agent").setAutoWidth(true);
    grid.addColumn(DeadLetter::stage).setHeader("Stage").setAutoWidth(true);
    grid.addColumn(d -> Console.simpleName(d.errorType())).setHeader("Error").setAutoWidth(true);
    grid.addColumn(DeadLetter::attempts).setHeader("Attempts").setAutoWidth(true).setFlexGrow(0);
    grid.addColumn(DeadLetter::replays).setHeader("Replays").setAutoWidth(true).setFlexGrow(0);
    grid.addColumn(d -> d.supersededBy() == null ? "" : "superseded").setHeader("Superseded").setAutoWidth(true);
    grid.addColumn(d -> Console.time(d.lastAttemptAt())).setHeader("Last attempt").setAutoWidth(true);
    grid.addThemeVariants(GridVariant.LUMO_COMPACT);
    grid.setItems(q -> deadLetters.list(filter(), q.getOffset(), q.getLimit()).stream(),
        q -> (int) Math.min(Integer.MAX_VALUE, deadLetters.count(filter())));
    grid.asSingleSelect().addValueChangeListener(e -> show(e.getValue()));

    retry.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    discard.addThemeVariants(ButtonVariant.LUMO_ERROR);
    for (Button action : new Button[] {retry, edit, discard, retryAll}) {
      action.setVisible(operator); // hidden components receive no events: enforced on the server
    }
    retry.addClickListener(e -> act(deadLetters.retry(id(), actor)));
    edit.addClickListener(e -> openEditor());
    discard.addClickListener(e -> {
      reason.clear();
      discardDialog.open();
    });
    retryAll.addClickListener(e -> previewBulk());
    configureDialogs();

    history.addColumn(DeadLetter::id).setHeader("Earlier dead letter").setAutoWidth(true);
    history.addColumn(DeadLetter::stage).setHeader("Stage").setAutoWidth(true);
    history.addColumn(d -> d.errorMessage()).setHeader("Error").setFlexGrow(1);
    history.addColumn(d -> Console.time(d.lastAttemptAt())).setHeader("Failed at").setAutoWidth(true);
    history.setAllRowsVisible(true);
    trail.addColumn(e -> Console.time(e.at())).setHeader("At").setAutoWidth(true);
    trail.addColumn(AuditLog.Entry::actor).setHeader("User").setAutoWidth(true);
    trail.addColumn(AuditLog.Entry::action).setHeader("Action").setAutoWidth(true);
    trail.addColumn(e -> Json.write(e.detail())).setHeader("Detail").setFlexGrow(1);
    trail.setAllRowsVisible(true);

    HorizontalLayout actions = new HorizontalLayout(retry, edit, discard, trace);
    actions.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
    VerticalLayout detail = new VerticalLayout(error, facts, actions, payload, new H4("Replay history"), history,
        new H4("Audit trail"), trail);
    detail.setPadding(false);
    SplitLayout split = new SplitLayout(grid, detail);
    split.setSplitterPosition(55);
    split.setSizeFull();
    add(filters, split);
    refresh();
  }

  private void configureFilters() {
    status.setLabel("Status");
    status.setItems("OPEN", "RETRIED", "DISCARDED");
    status.setValue("OPEN");
    DeadLetters.Facets facets = deadLetters.facets();
    source.setItems(facets.sources());
    agent.setItems(facets.agents());
    stage.setItems(facets.stages());
    errorType.setItems(facets.errorTypes());
    errorType.setItemLabelGenerator(Console::simpleName);
    superseded.setLabel("Superseded");
    superseded.setItems(ANY, SUPERSEDED, NOT_SUPERSEDED);
    superseded.setValue(ANY);
    for (ComboBox<String> box : java.util.List.of(source, agent, stage, errorType)) {
      box.setClearButtonVisible(true);
      box.setWidth("11em");
      box.addValueChangeListener(e -> refresh());
    }
    status.addValueChangeListener(e -> refresh());
    superseded.addValueChangeListener(e -> refresh());
    subject.addValueChangeListener(e -> refresh());
    subject.setClearButtonVisible(true);
    from.addValueChangeListener(e -> refresh());
    to.addValueChangeListener(e -> refresh());
  }

  private void configureDialogs() {
    bulkDialog.setHeaderTitle("Retry every open dead letter that matches the filter");
    bulkConfirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    bulkConfirm.addClickListener(e -> {
      bulkDialog.close();
      DeadLetters.Result result = deadLetters.retryAll(filter(), actor);
      Console.notify(result.done(), result.message());
      refresh();
    });
    bulkDialog.add(bulkPreview);
    bulkDialog.getFooter().add(new Button("Cancel", e -> bulkDialog.close()), bulkConfirm);

    editDialog.setHeaderTitle("Edit the event and retry");
    editor.setWidth("48em");
    editor.setHeight("24em");
    editor.getStyle().set("font-family", "var(--lumo-font-family-monospace, monospace)");
    editError.getStyle().set("color", "var(--lumo-error-text-color)");
    editSubmit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    editSubmit.addClickListener(e -> {
      DeadLetters.Result result = deadLetters.editAndRetry(id(), editor.getValue(), actor);
      if (result.done()) {
        editDialog.close();
        act(result);
      } else {
        editError.setText(result.message()); // the dialog stays open so the edit is not lost
      }
    });
    editDialog.add(new VerticalLayout(editor, editError));
    editDialog.getFooter().add(new Button("Cancel", e -> editDialog.close()), editSubmit);

    discardDialog.setHeaderTitle("Discard the dead letter");
    reason.setWidth("30em");
    reason.setPlaceholder("e.g. the row was deleted on purpose");
    discardConfirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
    discardConfirm.addClickListener(e -> {
      DeadLetters.Result result = deadLetters.discard(id(), reason.getValue(), actor);
      if (result.done()) {
        discardDialog.close();
        act(result);
      } else {
        Console.notify(false, result.message()); // the dialog stays open for the reason
      }
    });
    discardDialog.add(reason);
    discardDialog.getFooter().add(new Button("Cancel", e -> discardDialog.close()), discardConfirm);
  }

  DeadLetterFilter filter() {
    return new DeadLetterFilter(status.getValue(), source.getValue(), agent.getValue(), stage.getValue(),
        errorType.getValue(), subject.getValue(), Console.instant(from.getValue()), Console.instant(to.getValue()),
        ANY.equals(superseded.getValue()) ? null : SUPERSEDED.equals(superseded.getValue()));
  }

  void refresh() {
    total.setText(deadLetters.count(filter()) + " " + status.getValue().toLowerCase() + " dead letter(s)");
    grid.getDataProvider().refreshAll();
    show(null);
  }

  private void previewBulk() {
    DeadLetters.Preview preview = deadLetters.preview(filter());
    bulkPreview.setText(preview.matching() + " open dead letter(s) match: " + preview.retryable() + " will be retried"
        + (preview.loopGuarded() == 0 ? "" : ", " + preview.loopGuarded() + " were replayed "
            + deadLetters.maxReplays() + " times already and stay")
        + (preview.notReplayable() == 0 ? "" : ", " + preview.notReplayable()
            + " are rejected webhooks or events with nothing to replay (edit or discard them)") + ".");
    bulkConfirm.setText("Retry " + preview.retryable());
    bulkConfirm.setEnabled(preview.retryable() > 0);
    bulkDialog.open();
  }

  private void openEditor() {
    DeadLetter letter = selected;
    if (letter == null) {
      return;
    }
    Map<String, @Nullable Object> event = letter.event() != null ? Json.readMap(Json.write(letter.event()))
        : Json.readMap(letter.payload());
    Map<String, @Nullable Object> editable = new LinkedHashMap<>();
    for (String key : new String[] {"type", "version", "subject", "operation", "data"}) {
      editable.put(key, event.get(key));
    }
    editor.setValue(Json.pretty(editable));
    editError.setText("");
    editDialog.open();
  }

  private void show(@Nullable DeadLetter letter) {
    selected = letter;
    boolean open = letter != null && letter.status().equals("OPEN");
    retry.setEnabled(open && letter.hasDelivery() && letter.replays() < deadLetters.maxReplays());
    edit.setEnabled(open && letter.replays() < deadLetters.maxReplays()
        && (letter.hasDelivery() || letter.stage().equals("validate")));
    discard.setEnabled(open);
    trace.setVisible(letter != null && letter.event() != null);
    if (letter == null) {
      error.setText("Select a dead letter to inspect it.");
      facts.setText("");
      payload.setText("");
      history.setItems();
      trail.setItems();
      return;
    }
    error.setText("Stage " + letter.stage() + ": " + letter.errorType() + ": " + letter.errorMessage());
    facts.setText(letter.attempts() + " attempt(s) from " + Console.time(letter.firstAttemptAt()) + " to "
        + Console.time(letter.lastAttemptAt()) + " · replay " + letter.replays() + " of at most "
        + deadLetters.maxReplays()
        + (letter.supersededBy() == null ? "" : " · superseded by the later event " + letter.supersededBy()
            + ", which " + letter.agent() + " handled: retrying changes nothing")
        + (letter.coalescedEventIds().isEmpty() ? "" : " · folded in: " + String.join(", ", letter.coalescedEventIds()))
        + (letter.discardReason() == null ? "" : " · discarded: " + letter.discardReason()));
    if (letter.event() != null) {
      trace.setText("Trace " + letter.event().correlationId());
      trace.setRoute(TracesView.class, TracesView.of(letter.event().correlationId()));
    }
    payload.setText(letter.event() != null ? Json.pretty(Redaction.mask(Json.readMap(Json.write(letter.event()))))
        : Redaction.maskJson(letter.payload() == null ? "" : letter.payload()));
    history.setItems(deadLetters.history(letter.id()));
    trail.setItems(audit.of(DeadLetters.target(letter.id())));
  }

  private void act(DeadLetters.Result result) {
    Console.notify(result.done(), result.message());
    refresh();
  }

  private long id() {
    DeadLetter letter = selected;
    if (letter == null) {
      throw new IllegalStateException("no dead letter is selected");
    }
    return letter.id();
  }
}
