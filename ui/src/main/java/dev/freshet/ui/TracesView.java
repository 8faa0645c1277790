package dev.freshet.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.data.provider.hierarchy.TreeDataProvider;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import dev.freshet.api.event.ChangeEvent;
import dev.freshet.core.json.Json;
import dev.freshet.core.json.Redaction;
import dev.freshet.core.schema.EventCatalog;
import dev.freshet.core.trace.TraceQuery;
import dev.freshet.core.trace.TraceStep;
import dev.freshet.core.trace.TraceSummary;
import dev.freshet.core.trace.Traces;
import jakarta.annotation.security.PermitAll;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Traces: find changes by correlation id, subject, source, event type, outcome and time; open one as a
 * waterfall (origin → events → agent attempts → stages → searchable) with durations, embedded and reused
 * chunks and tokens; inspect any event's payload (secrets masked, before/after diff for updates) and follow
 * the links between parent and child events. {@code traces/<correlation id>} opens one directly.
 */
@Route("traces/:correlationId?")
@PageTitle("Traces · Freshet")
@PermitAll
public class TracesView extends VerticalLayout implements BeforeEnterObserver {

  static final String ANY = "any";

  private final Traces traces;
  final TextField correlationId = new TextField("Correlation id");
  final TextField subject = new TextField("Subject contains");
  final TextField source = new TextField("Source");
  final ComboBox<String> type = new ComboBox<>("Event type");
  final Select<String> outcome = new Select<>();
  final DateTimePicker from = new DateTimePicker("From");
  final DateTimePicker to = new DateTimePicker("To");
  final Button find = new Button("Find");
  final Span found = new Span();
  final Grid<TraceSummary> results = new Grid<>(TraceSummary.class, false);
  final H3 title = new H3();
  final Span summary = new Span();
  final TreeGrid<TraceTree.Node> waterfall = new TreeGrid<>();
  final Div links = new Div();
  final Pre payload = Console.pane("24em");
  final Pre diff = Console.pane("16em");
  @Nullable TraceTree tree;

  public TracesView(Traces traces, EventCatalog catalog) {
    this.traces = traces;
    setSizeFull();
    correlationId.setPlaceholder("e.g. pg:demo:tx761:lsn23803720, or gh: for all GitHub deliveries");
    correlationId.setWidth("26em");
    correlationId.setClearButtonVisible(true);
    correlationId.addKeyPressListener(Key.ENTER, e -> search());
    subject.setPlaceholder("e.g. articles:42");
    subject.addKeyPressListener(Key.ENTER, e -> search());
    source.setWidth("8em");
    type.setItems(catalog.list().stream().map(EventCatalog.TypeVersion::type).distinct().toList());
    type.setClearButtonVisible(true);
    outcome.setLabel("Outcome");
    outcome.setItems(java.util.stream.Stream.concat(java.util.stream.Stream.of(ANY), TraceSummary.OUTCOMES.stream())
        .toList());
    outcome.setValue(ANY);
    find.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    find.addClickListener(e -> search());
    HorizontalLayout form = new HorizontalLayout(correlationId, subject, source, type, outcome, from, to, find, found);
    form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
    form.setWrap(true);

    results.addColumn(TraceSummary::correlationId).setHeader("Correlation id").setAutoWidth(true);
    results.addColumn(TraceSummary::outcome).setHeader("Outcome").setAutoWidth(true);
    results.addColumn(t -> t.source()).setHeader("Source").setAutoWidth(true);
    results.addColumn(t -> t.type()).setHeader("First event").setAutoWidth(true);
    results.addColumn(t -> t.subject() + (t.subjects() > 1 ? " (+" + (t.subjects() - 1) + ")" : ""))
        .setHeader("Subject").setAutoWidth(true);
    results.addColumn(TraceSummary::events).setHeader("Events").setAutoWidth(true);
    results.addColumn(t -> Console.time(t.startedAt())).setHeader("Changed at").setAutoWidth(true);
    results.addThemeVariants(GridVariant.LUMO_COMPACT);
    results.setItems(q -> traces.search(query(), q.getOffset(), q.getLimit()).stream(),
        q -> (int) Math.min(Integer.MAX_VALUE, traces.count(query())));
    results.asSingleSelect().addValueChangeListener(e -> {
      if (e.getValue() != null) {
        open(e.getValue().correlationId());
      }
    });

    waterfall.addHierarchyColumn(TraceTree.Node::label).setHeader("Step").setAutoWidth(true).setFlexGrow(0);
    waterfall.addColumn(TraceTree.Node::outcome).setHeader("Outcome").setAutoWidth(true).setFlexGrow(0);
    waterfall.addColumn(n -> "+" + Console.duration(Duration.between(Objects.requireNonNull(tree).start, n.start())))
        .setHeader("Start").setAutoWidth(true).setFlexGrow(0);
    waterfall.addColumn(n -> Console.duration(n.duration())).setHeader("Took").setAutoWidth(true).setFlexGrow(0);
    waterfall.addColumn(new ComponentRenderer<>(this::bar)).setHeader("Timeline").setWidth("14em").setFlexGrow(1);
    waterfall.addColumn(TraceTree.Node::details).setHeader("Details").setFlexGrow(2).setAutoWidth(true)
        .setTooltipGenerator(TraceTree.Node::details);
    waterfall.addThemeVariants(GridVariant.LUMO_COMPACT); // one line per step; the inspector shows all of it
    waterfall.asSingleSelect().addValueChangeListener(e -> inspect(e.getValue()));
    waterfall.setAllRowsVisible(true); // one change's steps: every row rendered, the pane scrolls
    waterfall.setWidthFull();

    VerticalLayout inspector = new VerticalLayout(links, payload, diff);
    inspector.setPadding(false);
    Scroller steps = new Scroller(waterfall);
    steps.setSizeFull();
    SplitLayout detail = new SplitLayout(steps, inspector);
    detail.setSplitterPosition(65);
    detail.setSizeFull();
    SplitLayout page = new SplitLayout(results, new VerticalLayout(new HorizontalLayout(title, summary), detail));
    page.setOrientation(SplitLayout.Orientation.VERTICAL);
    page.setSplitterPosition(22);
    page.setSizeFull();
    add(form, page);
    inspect(null);
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    event.getRouteParameters().get("correlationId").ifPresent(id -> {
      correlationId.setValue(id);
      search();
      open(id);
    });
  }

  /** The route of one trace, for links from other views. */
  static RouteParameters of(String correlationId) {
    return new RouteParameters("correlationId", correlationId);
  }

  TraceQuery query() {
    return new TraceQuery(correlationId.getValue(), subject.getValue(), source.getValue(), type.getValue(),
        ANY.equals(outcome.getValue()) ? null : outcome.getValue(), Console.instant(from.getValue()), Console.instant(to.getValue()));
  }

  void search() {
    results.getDataProvider().refreshAll();
    long count = traces.count(query());
    found.setText(count + " trace(s)");
  }

  /** Shows one trace as a waterfall, expanded, its origin selected. */
  void open(String id) {
    List<TraceStep> steps = traces.find(id);
    List<ChangeEvent> events = traces.events(id);
    if (steps.isEmpty() && events.isEmpty()) {
      tree = null;
      title.setText(id);
      summary.setText("no trace with this correlation id");
      waterfall.setDataProvider(new TreeDataProvider<>(new com.vaadin.flow.data.provider.hierarchy.TreeData<>()));
      inspect(null);
      return;
    }
    tree = new TraceTree(steps, events);
    title.setText(id);
    summary.setText(events.size() + " event(s), " + steps.size() + " step(s), " + Console.duration(
        Duration.between(tree.start, tree.end)) + " from the change to the last step");
    waterfall.setDataProvider(new TreeDataProvider<>(tree.data));
    waterfall.expandRecursively(tree.data.getRootItems(), 8);
    waterfall.select(tree.origin());
  }

  private Div bar(TraceTree.Node node) {
    TraceTree current = Objects.requireNonNull(tree);
    double total = Math.max(1, Duration.between(current.start, current.end).toNanos());
    double left = Duration.between(current.start, node.start()).toNanos() / total * 100;
    double width = Math.max(0.6, node.duration().toNanos() / total * 100);
    Div bar = new Div();
    String color = switch (node.outcome()) {
      case "DEAD", "FAILED", "RETRY", "INVALID" -> "var(--lumo-error-color)";
      case "SEARCHABLE" -> "var(--lumo-success-color)";
      default -> node.kind() == TraceTree.Kind.EVENT ? "var(--lumo-contrast-50pct)" : "var(--lumo-primary-color)";
    };
    bar.getStyle().set("margin-left", Math.min(left, 99.4) + "%").set("width", Math.min(width, 100 - left) + "%")
        .set("min-width", "2px").set("height", "0.8em").set("background", color).set("border-radius", "2px");
    Div track = new Div(bar);
    track.setWidthFull();
    return track;
  }

  /** The selected row: an event's payload (masked) and before/after diff, or a step's details; and event links. */
  void inspect(TraceTree.@Nullable Node node) {
    links.removeAll();
    diff.setVisible(false);
    if (node == null) {
      payload.setText("Select a step to see its details.");
      return;
    }
    ChangeEvent event = node.event();
    if (event != null) {
      TraceTree current = Objects.requireNonNull(tree);
      if (event.causationId() != null && current.events.containsKey(event.causationId())) {
        links.add(new Span("Caused by "), link(current.events.get(event.causationId())));
      }
      List<TraceTree.Node> children = current.children(event);
      if (!children.isEmpty()) {
        links.add(new Span(" Caused "));
        children.forEach(c -> links.add(link(c)));
      }
      payload.setText(Json.pretty(Redaction.mask(Json.readMap(Json.write(event)))));
      String changes = changes(event);
      diff.setVisible(!changes.isEmpty());
      diff.setText(changes);
      return;
    }
    TraceStep step = node.step();
    Map<String, @Nullable Object> shown = new LinkedHashMap<>();
    shown.put("step", node.label());
    shown.put("outcome", node.outcome());
    shown.put("startedAt", node.start().toString());
    shown.put("tookMillis", node.duration().toMillis());
    if (step != null) {
      shown.put("agent", step.agent());
      shown.put("attempt", step.attempt());
      shown.put("error", step.errorType() == null ? null : step.errorType() + ": " + step.errorMessage());
      shown.put("detail", step.detail());
    } else {
      shown.put("detail", node.details());
    }
    shown.values().removeIf(Objects::isNull);
    payload.setText(Json.pretty(Redaction.mask(shown)));
  }

  private Button link(TraceTree.Node target) {
    Button link = new Button(target.label(), e -> waterfall.select(target));
    link.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
    return link;
  }

  /** An update's old and new values of each changed column, as a unified diff per column. */
  static String changes(ChangeEvent event) {
    if (!(event.data().get("changes") instanceof Map<?, ?> changes) || changes.isEmpty()) {
      return "";
    }
    StringBuilder text = new StringBuilder("Before → after\n");
    changes.forEach((column, change) -> {
      if (change instanceof Map<?, ?> c) {
        String before = Redaction.isSecret(column.toString()) ? Redaction.MASK : (String) c.get("before");
        String after = Redaction.isSecret(column.toString()) ? Redaction.MASK : (String) c.get("after");
        text.append(Console.diff(column + " (before)", before, column + " (after)", after)).append('\n');
      }
    });
    return text.toString();
  }
}
