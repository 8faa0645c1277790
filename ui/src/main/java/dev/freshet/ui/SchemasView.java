package dev.freshet.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.freshet.core.json.Json;
import dev.freshet.core.schema.EventCatalog;
import dev.freshet.core.source.SourceRegistry;
import dev.freshet.core.source.SourceSchemaHistory;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Event schemas and source schemas. Each event type and version with its counts, producers, consumers,
 * compatibility rule and status, its JSON Schema, and a diff against another version of the type with the
 * differences that break its rule; per source, each captured table's column history.
 */
@Route("schemas")
@PageTitle("Schemas · Freshet")
@PermitAll
public class SchemasView extends VerticalLayout {

  private final EventCatalog catalog;
  private final SourceSchemaHistory tables;
  final Grid<EventCatalog.TypeVersion> types = new Grid<>(EventCatalog.TypeVersion.class, false);
  final H3 title = new H3();
  final Span status = new Span();
  final Pre schema = Console.pane("30em");
  final Select<Integer> compareWith = new Select<>();
  final Pre diff = Console.pane("30em");
  final Span verdict = new Span();
  final Select<String> source = new Select<>();
  final Grid<SourceSchemaHistory.Version> history = new Grid<>(SourceSchemaHistory.Version.class, false);
  private List<EventCatalog.TypeVersion> all = List.of();

  public SchemasView(EventCatalog catalog, SourceSchemaHistory tables, SourceRegistry sources) {
    this.catalog = catalog;
    this.tables = tables;
    setSizeFull();
    types.addColumn(EventCatalog.TypeVersion::type).setHeader("Type").setAutoWidth(true);
    types.addColumn(EventCatalog.TypeVersion::version).setHeader("Version").setAutoWidth(true).setFlexGrow(0);
    types.addColumn(EventCatalog.TypeVersion::events).setHeader("Events").setAutoWidth(true).setFlexGrow(0);
    types.addColumn(t -> Console.time(t.lastSeen())).setHeader("Last seen").setAutoWidth(true);
    types.addColumn(t -> String.join(", ", t.producers())).setHeader("Producers").setAutoWidth(true);
    types.addColumn(t -> t.processedBy().entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
        .collect(Collectors.joining(", "))).setHeader("Processed by").setAutoWidth(true);
    types.addColumn(EventCatalog.TypeVersion::compatibility).setHeader("Rule").setAutoWidth(true);
    types.addColumn(EventCatalog.TypeVersion::status).setHeader("Status").setFlexGrow(1);
    types.addThemeVariants(GridVariant.LUMO_COMPACT);
    types.asSingleSelect().addValueChangeListener(e -> show(e.getValue()));

    compareWith.setLabel("Compare with version");
    compareWith.setEmptySelectionAllowed(true);
    compareWith.addValueChangeListener(e -> compare());
    TabSheet tabs = new TabSheet();
    tabs.add("JSON Schema", schema);
    tabs.add("Diff", new VerticalLayout(compareWith, verdict, diff));
    tabs.setSizeFull();
    VerticalLayout detail = new VerticalLayout(new HorizontalLayout(title, status), tabs);
    detail.setPadding(false);
    SplitLayout events = new SplitLayout(types, detail);
    events.setSplitterPosition(55);
    events.setSizeFull();

    source.setLabel("Source");
    source.setItems(sources.all().stream().map(c -> c.sourceId()).toList());
    source.addValueChangeListener(e -> history.setItems(e.getValue() == null ? List.of() : tables.history(e.getValue())));
    history.addColumn(SourceSchemaHistory.Version::table).setHeader("Table").setAutoWidth(true);
    history.addColumn(SourceSchemaHistory.Version::version).setHeader("Version").setAutoWidth(true).setFlexGrow(0);
    history.addColumn(v -> v.columns().stream().map(SchemasView::column).collect(Collectors.joining(", ")))
        .setHeader("Columns").setFlexGrow(1);
    history.addColumn(v -> String.join(", ", v.keyColumns())).setHeader("Key").setAutoWidth(true);
    history.addColumn(v -> String.join("; ", v.problems())).setHeader("Mapping problems").setAutoWidth(true);
    history.addColumn(v -> Console.time(v.firstSeen())).setHeader("First seen").setAutoWidth(true);
    history.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
    VerticalLayout sourceTables = new VerticalLayout(source, history);
    sourceTables.setSizeFull();
    sourceTables.setPadding(false);

    TabSheet page = new TabSheet();
    page.add("Event types", events);
    page.add("Source tables", sourceTables);
    page.setSizeFull();
    add(page);
    refresh();
    if (!sources.all().isEmpty()) {
      source.setValue(sources.all().iterator().next().sourceId());
    }
  }

  void refresh() {
    all = catalog.list();
    types.setItems(all);
  }

  private void show(EventCatalog.@Nullable TypeVersion type) {
    if (type == null) {
      title.setText("");
      status.setText("");
      schema.setText("Select an event type.");
      compareWith.setItems(List.of());
      diff.setText("");
      verdict.setText("");
      return;
    }
    title.setText(type.type() + " v" + type.version());
    status.setText(type.compatibility() + " · " + type.status() + " · consumed by "
        + (type.consumers().isEmpty() ? "no agent" : String.join(", ", type.consumers())));
    schema.setText(pretty(type.schema()));
    List<Integer> others = all.stream().filter(t -> t.type().equals(type.type()) && t.version() != type.version())
        .map(EventCatalog.TypeVersion::version).toList();
    compareWith.setItems(others);
    compareWith.setValue(others.isEmpty() ? null : others.getLast());
    if (others.isEmpty()) {
      verdict.setText("This is the only version of " + type.type() + ".");
      diff.setText("");
    }
  }

  private void compare() {
    EventCatalog.TypeVersion current = types.asSingleSelect().getValue();
    Integer other = compareWith.getValue();
    if (current == null || other == null) {
      return;
    }
    int older = Math.min(other, current.version());
    int newer = Math.max(other, current.version());
    EventCatalog.TypeVersion a = all.stream().filter(t -> t.type().equals(current.type()) && t.version() == older)
        .findFirst().orElseThrow();
    EventCatalog.TypeVersion b = all.stream().filter(t -> t.type().equals(current.type()) && t.version() == newer)
        .findFirst().orElseThrow();
    diff.setText(Console.diff(current.type() + " v" + older, pretty(a.schema()), current.type() + " v" + newer,
        pretty(b.schema())));
    List<String> broken = catalog.compare(current.type(), older, newer);
    verdict.setText(broken.isEmpty() ? "v" + newer + " keeps its " + b.compatibility() + " rule against v" + older
        : "v" + newer + " breaks its " + b.compatibility() + " rule against v" + older + ": " + String.join("; ", broken));
  }

  private static String pretty(String json) {
    return Json.pretty(Json.readMap(json));
  }

  private static String column(Map<String, Object> column) {
    return column.get("name") + " " + column.get("type") + (Boolean.TRUE.equals(column.get("optional")) ? "" : " not null");
  }
}
