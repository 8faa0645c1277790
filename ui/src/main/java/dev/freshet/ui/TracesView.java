package dev.freshet.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import dev.freshet.core.trace.TraceStep;
import dev.freshet.core.trace.Traces;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One change's trace, found by its correlation id: every step in the order it was recorded — the event
 * appended, each agent attempt with its stages, their outcomes, durations and errors. Linked from the
 * dead-letter view as {@code traces/<correlation id>}.
 */
@Route("traces/:correlationId?")
@PageTitle("Traces · Freshet")
@PermitAll
public class TracesView extends VerticalLayout implements BeforeEnterObserver {

  private final Traces traces;
  final TextField correlationId = new TextField();
  final Button find = new Button("Find");
  final Span summary = new Span();
  final Grid<TraceStep> steps = new Grid<>(TraceStep.class, false);

  public TracesView(Traces traces) {
    this.traces = traces;
    setSizeFull();
    correlationId.setPlaceholder("correlation id, e.g. pg:demo:tx761:lsn23803720 or gh:<delivery>");
    correlationId.setWidth("40em");
    correlationId.addKeyPressListener(Key.ENTER, e -> show());
    find.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    find.addClickListener(e -> show());
    HorizontalLayout form = new HorizontalLayout(correlationId, find, summary);
    form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
    steps.addColumn(TraceStep::step).setHeader("Step").setAutoWidth(true);
    steps.addColumn(TraceStep::subject).setHeader("Subject").setAutoWidth(true);
    steps.addColumn(s -> s.agent() == null ? "" : s.agent()).setHeader("Agent").setAutoWidth(true);
    steps.addColumn(s -> s.attempt() == null ? "" : s.attempt().toString()).setHeader("Attempt").setAutoWidth(true);
    steps.addColumn(TraceStep::outcome).setHeader("Outcome").setAutoWidth(true);
    steps.addColumn(s -> SearchView.TIME.format(s.startedAt())).setHeader("Started").setAutoWidth(true);
    steps.addColumn(s -> s.duration().toMillis() + " ms").setHeader("Duration").setAutoWidth(true);
    steps.addColumn(TracesView::describe).setHeader("Details").setFlexGrow(1);
    steps.setSizeFull();
    add(form, steps);
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    event.getRouteParameters().get("correlationId").ifPresent(id -> {
      correlationId.setValue(id);
      show();
    });
  }

  /** The route of one trace, for links from other views. */
  static RouteParameters of(String correlationId) {
    return new RouteParameters("correlationId", correlationId);
  }

  private void show() {
    String id = correlationId.getValue().strip();
    List<TraceStep> found = id.isEmpty() ? List.of() : traces.find(id);
    steps.setItems(found);
    summary.setText(id.isEmpty() ? "" : found.isEmpty() ? "no trace with this correlation id"
        : found.size() + " step(s), " + found.stream().map(TraceStep::eventId).distinct().count() + " event(s)");
  }

  /** The error, or the step's details (stats, reasons, retry times) as key=value pairs. */
  static String describe(TraceStep step) {
    if (step.errorMessage() != null) {
      return step.errorType() + ": " + step.errorMessage();
    }
    Map<String, Object> detail = new java.util.LinkedHashMap<>();
    step.detail().forEach((k, v) -> {
      if (v != null) {
        detail.put(k, v);
      }
    });
    return detail.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", "));
  }
}
