package dev.freshet.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.freshet.core.audit.AuditLog;
import dev.freshet.core.json.Json;
import jakarta.annotation.security.PermitAll;
import java.util.Map;

/** The audit log: who retried, edited, discarded, paused, resumed, re-snapshotted or reconciled what, and when. */
@Route("audit")
@PageTitle("Audit log · Freshet")
@PermitAll
public class AuditView extends VerticalLayout {

  /** What the audit log can be narrowed to, by target prefix. */
  static final Map<String, String> TARGETS = Map.of("everything", "", "dead letters", "dead-letter", "sources",
      "source:");

  final Select<String> target = new Select<>();
  final Grid<AuditLog.Entry> grid = new Grid<>(AuditLog.Entry.class, false);

  public AuditView(AuditLog audit) {
    setSizeFull();
    target.setLabel("Show");
    target.setItems("everything", "dead letters", "sources");
    target.setValue("everything");
    target.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
    grid.addColumn(AuditLog.Entry::id).setHeader("#").setAutoWidth(true).setFlexGrow(0);
    grid.addColumn(e -> Console.time(e.at())).setHeader("At").setAutoWidth(true);
    grid.addColumn(AuditLog.Entry::actor).setHeader("User").setAutoWidth(true);
    grid.addColumn(AuditLog.Entry::action).setHeader("Action").setAutoWidth(true);
    grid.addColumn(AuditLog.Entry::target).setHeader("Target").setAutoWidth(true);
    grid.addColumn(e -> Json.write(e.detail())).setHeader("Detail").setFlexGrow(1);
    grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
    grid.setItems(q -> audit.list(TARGETS.get(target.getValue()), q.getOffset(), q.getLimit()).stream(),
        q -> (int) Math.min(Integer.MAX_VALUE, audit.count(TARGETS.get(target.getValue()))));
    grid.setSizeFull();
    add(target, grid);
  }
}
