package dev.freshet.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import dev.freshet.core.json.Json;
import dev.freshet.core.json.Redaction;
import dev.freshet.core.source.SourceOperations;
import jakarta.annotation.security.PermitAll;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;

/**
 * The sources: state (running, paused, failing), committed position and replication slot lag, events and the
 * last one, snapshot progress and the connector's details. Operators pause and resume a source, ask for a
 * re-snapshot of a collection, or run a reconcile (in the background; the result arrives by server push).
 */
@Route("sources")
@PageTitle("Sources · Freshet")
@PermitAll
public class SourcesView extends VerticalLayout {

  private final SourceOperations operations;
  private final String actor;
  final Grid<SourceOperations.Overview> grid = new Grid<>(SourceOperations.Overview.class, false);
  final H3 title = new H3();
  final Span message = new Span();
  final ProgressBar snapshot = new ProgressBar();
  final Span snapshotText = new Span();
  final Button pause = new Button("Pause");
  final Button resume = new Button("Resume");
  final Select<String> collection = new Select<>();
  final Button resnapshot = new Button("Re-snapshot");
  final Button reconcile = new Button("Reconcile");
  final Pre details = Console.pane("24em");
  private @Nullable String selected;

  public SourcesView(SourceOperations operations, AuthenticationContext authentication) {
    this.operations = operations;
    this.actor = Console.actor(authentication);
    setSizeFull();
    grid.addColumn(SourceOperations.Overview::id).setHeader("Source").setAutoWidth(true);
    grid.addColumn(SourceOperations.Overview::state).setHeader("State").setAutoWidth(true);
    grid.addColumn(o -> o.receivesWebhooks() ? "webhooks" : "capture").setHeader("Kind").setAutoWidth(true);
    grid.addColumn(o -> o.position() == null ? "" : o.position().length() <= 48 ? o.position()
        : o.position().substring(0, 47) + "…").setHeader("Position").setFlexGrow(1)
        .setTooltipGenerator(o -> o.position() == null ? "" : o.position());
    grid.addColumn(SourcesView::lag).setHeader("Lag").setAutoWidth(true);
    grid.addColumn(SourceOperations.Overview::events).setHeader("Events").setAutoWidth(true);
    grid.addColumn(o -> o.lastEventAt() == null ? "" : Console.time(o.lastEventAt()) + " · " + o.lastEventSubject())
        .setHeader("Last event").setAutoWidth(true);
    grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
    grid.setAllRowsVisible(true);
    grid.asSingleSelect().addValueChangeListener(e -> {
      if (e.getValue() != null) {
        selected = e.getValue().id();
      }
      show(e.getValue());
    });

    boolean operator = Console.operator(authentication);
    for (Button action : new Button[] {pause, resume, resnapshot, reconcile}) {
      action.setVisible(operator); // hidden components receive no events: enforced on the server
    }
    collection.setVisible(operator);
    collection.setLabel("Collection");
    pause.addThemeVariants(ButtonVariant.LUMO_ERROR);
    pause.addClickListener(e -> act(operations.pause(id(), actor)));
    resume.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    resume.addClickListener(e -> act(operations.resume(id(), actor)));
    resnapshot.addClickListener(e -> {
      try {
        act(operations.resnapshot(id(), collection.getValue(), actor));
      } catch (IllegalArgumentException failed) {
        act(new SourceOperations.Result(false, failed.getMessage()));
      }
    });
    reconcile.addClickListener(e -> reconcileInBackground());
    snapshot.setWidth("20em");
    HorizontalLayout actions = new HorizontalLayout(pause, resume, collection, resnapshot, reconcile);
    actions.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
    HorizontalLayout progress = new HorizontalLayout(snapshot, snapshotText);
    progress.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
    add(grid, title, message, progress, actions, details);
    refresh();
  }

  @Override
  protected void onAttach(AttachEvent event) {
    refresh();
  }

  void refresh() {
    var all = operations.list();
    grid.setItems(all);
    all.stream().filter(o -> o.id().equals(selected)).findFirst()
        .or(() -> all.stream().findFirst()).ifPresent(grid::select);
  }

  private void show(SourceOperations.@Nullable Overview source) {
    if (source == null) {
      title.setText("");
      message.setText("");
      details.setText("");
      snapshot.setVisible(false);
      snapshotText.setText("");
      return;
    }
    title.setText(source.id() + " · " + source.state());
    message.setText(source.message() + (source.positionAt() == null ? ""
        : " · position committed " + Console.time(source.positionAt())));
    pause.setEnabled(!source.paused());
    resume.setEnabled(source.paused());
    collection.setItems(source.collections());
    collection.setValue(source.collections().isEmpty() ? null : source.collections().getFirst());
    resnapshot.setEnabled(!source.collections().isEmpty());
    details.setText(Json.pretty(Redaction.mask(new java.util.LinkedHashMap<>(source.details()))));
    showSnapshot(source.details().get("snapshot"));
  }

  /** Debezium's snapshot metrics as a bar: tables done of total while one runs, complete once it finished. */
  private void showSnapshot(@Nullable Object metrics) {
    if (!(metrics instanceof Map<?, ?> m) || !(m.get("totalTableCount") instanceof Number total)
        || total.intValue() == 0) {
      snapshot.setVisible(false);
      snapshotText.setText("no snapshot metrics");
      return;
    }
    int remaining = m.get("remainingTableCount") instanceof Number r ? r.intValue() : 0;
    boolean running = Boolean.TRUE.equals(m.get("snapshotRunning"));
    snapshot.setVisible(true);
    snapshot.setValue(running ? (total.doubleValue() - remaining) / total.doubleValue() : 1.0);
    long rows = m.get("rowsScanned") instanceof Map<?, ?> scanned
        ? scanned.values().stream().mapToLong(v -> v instanceof Number n ? n.longValue() : 0).sum() : 0;
    boolean completed = !running && Boolean.TRUE.equals(m.get("snapshotCompleted"));
    snapshotText.setText(running ? "snapshot running: " + (total.intValue() - remaining) + " of " + total
        + " table(s), " + rows + " row(s) read so far"
        : (completed ? "snapshot complete: " : "snapshot stopped: ") + rows + " row(s) read from " + total + " table(s)");
  }

  private void reconcileInBackground() {
    String id = id();
    UI ui = UI.getCurrent();
    reconcile.setEnabled(false);
    Console.notify(true, "Reconciling " + id + "…");
    CompletableFuture.supplyAsync(() -> operations.reconcile(id, actor))
        .exceptionally(e -> new SourceOperations.Result(false, "the reconcile failed: " + e.getMessage()))
        .thenAccept(result -> ui.access(() -> {
          reconcile.setEnabled(true);
          act(result);
        }));
  }

  private void act(SourceOperations.Result result) {
    Console.notify(result.done(), result.message());
    refresh();
  }

  private String id() {
    String id = selected;
    if (id == null) {
      throw new IllegalStateException("no source is selected");
    }
    return id;
  }

  /** Replication slot lag in bytes for Postgres, the age of the last event otherwise. */
  static String lag(SourceOperations.Overview source) {
    if (source.details().get("slotLagBytes") instanceof Number bytes) {
      long b = bytes.longValue();
      return b < 1024 ? b + " B slot lag" : b < 1 << 20 ? b / 1024 + " KiB slot lag" : b / (1 << 20) + " MiB slot lag";
    }
    return source.lastEventAt() == null ? ""
        : "last event " + Console.duration(Duration.between(source.lastEventAt(), Instant.now())) + " ago";
  }
}
