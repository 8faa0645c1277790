package dev.freshet.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import dev.freshet.core.index.DriftAudit;
import jakarta.annotation.security.PermitAll;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/**
 * The drift audit: operators compare the live index with what a from-scratch rebuild of the sources would
 * write, in the background (the report arrives by server push), and see every difference.
 */
@Route("drift")
@PageTitle("Drift audit · Freshet")
@PermitAll
public class DriftView extends VerticalLayout {

  private final DriftAudit audit;
  final Button run = new Button("Run drift audit");
  final Span summary = new Span();
  final Grid<DriftAudit.Difference> differences = new Grid<>(DriftAudit.Difference.class, false);
  final Pre notes = Console.pane("10em");

  public DriftView(DriftAudit audit, AuthenticationContext authentication) {
    this.audit = audit;
    setSizeFull();
    Paragraph about = new Paragraph("Reads every document from its source as the indexer would, splits it, and "
        + "compares the chunk ids, texts, metadata and vectors a rebuild would write with the live index. It only "
        + "reads, so it is safe while indexing goes on; a document whose change is still queued counts as in flight.");
    run.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    run.setVisible(Console.operator(authentication)); // hidden components receive no events: enforced on the server
    run.addClickListener(e -> runInBackground());
    differences.addColumn(DriftAudit.Difference::kind).setHeader("Kind").setAutoWidth(true);
    differences.addColumn(DriftAudit.Difference::source).setHeader("Source").setAutoWidth(true);
    differences.addColumn(DriftAudit.Difference::subject).setHeader("Document").setAutoWidth(true);
    differences.addColumn(DriftAudit.Difference::detail).setHeader("Difference").setFlexGrow(1);
    differences.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
    differences.setVisible(false);
    notes.setVisible(false);
    summary.setText(run.isVisible() ? "No audit run yet." : "An operator can run the audit.");
    add(about, run, summary, differences, notes);
  }

  private void runInBackground() {
    UI ui = UI.getCurrent();
    run.setEnabled(false);
    summary.setText("Comparing the index with a rebuild…");
    CompletableFuture.supplyAsync(audit::run).whenComplete((report, failure) -> ui.access(() -> {
      run.setEnabled(true);
      if (failure != null) {
        Throwable cause = failure.getCause() != null ? failure.getCause() : failure;
        summary.setText("The audit did not run: " + cause.getMessage());
        return;
      }
      show(report);
    }));
  }

  void show(DriftAudit.Report report) {
    long millis = Duration.between(report.startedAt(), report.finishedAt()).toMillis();
    String compared = report.documents() + " documents and " + report.chunks() + " chunks of " + report.generation()
        + " compared in " + millis + " ms, finished " + Console.time(report.finishedAt())
        + (report.inFlight() > 0 ? "; " + report.inFlight() + " document(s) had a change in flight" : "");
    summary.setText(report.clean() ? "No drift: the index equals a rebuild. " + compared
        : report.differenceCount() + " difference(s). " + compared);
    differences.setItems(report.differences());
    differences.setVisible(!report.clean());
    notes.setText(String.join("\n", report.notes()));
    notes.setVisible(!report.notes().isEmpty());
  }
}
