package dev.freshet.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.security.AuthenticationContext;
import dev.freshet.core.deadletter.DeadLetter;
import dev.freshet.core.deadletter.DeadLetters;
import dev.freshet.core.json.Json;
import jakarta.annotation.security.PermitAll;
import org.jspecify.annotations.Nullable;

/**
 * The dead-letter queue: a lazy, paged grid by status; the selected entry's error, stage, attempts, event or
 * raw payload and a link to its trace; and, for operators, a retry.
 */
@Route("dead-letters")
@PageTitle("Dead letters · Freshet")
@PermitAll
public class DeadLettersView extends VerticalLayout {

  private final DeadLetters deadLetters;
  final Select<String> status = new Select<>();
  final Span total = new Span();
  final Grid<DeadLetter> grid = new Grid<>(DeadLetter.class, false);
  final Span error = new Span();
  final Pre payload = new Pre();
  final RouterLink trace = new RouterLink();
  final Button retry = new Button("Retry");
  private @Nullable DeadLetter selected;

  public DeadLettersView(DeadLetters deadLetters, AuthenticationContext authentication) {
    this.deadLetters = deadLetters;
    setSizeFull();
    status.setLabel("Status");
    status.setItems("OPEN", "RETRIED", "DISCARDED");
    status.setValue("OPEN");
    status.addValueChangeListener(e -> refresh());
    HorizontalLayout top = new HorizontalLayout(status, total);
    top.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

    grid.addColumn(DeadLetter::id).setHeader("Id").setAutoWidth(true);
    grid.addColumn(DeadLetter::source).setHeader("Source").setAutoWidth(true);
    grid.addColumn(d -> d.event() == null ? "" : d.event().subject()).setHeader("Subject").setAutoWidth(true);
    grid.addColumn(DeadLetter::agent).setHeader("Agent").setAutoWidth(true);
    grid.addColumn(DeadLetter::stage).setHeader("Stage").setAutoWidth(true);
    grid.addColumn(d -> simpleName(d.errorType())).setHeader("Error").setAutoWidth(true);
    grid.addColumn(DeadLetter::attempts).setHeader("Attempts").setAutoWidth(true);
    grid.addColumn(d -> SearchView.TIME.format(d.lastAttemptAt())).setHeader("Last attempt").setAutoWidth(true);
    grid.setItems(query -> deadLetters.list(status.getValue(), query.getOffset(), query.getLimit()).stream(),
        query -> (int) Math.min(Integer.MAX_VALUE, deadLetters.count(status.getValue())));
    grid.asSingleSelect().addValueChangeListener(e -> show(e.getValue()));
    grid.setHeight("45%");

    retry.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    retry.setVisible(authentication.hasRole("OPERATOR")); // hidden components receive no events: enforced server-side
    retry.setEnabled(false);
    retry.addClickListener(e -> retrySelected());
    HorizontalLayout actions = new HorizontalLayout(retry, trace);
    actions.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
    payload.getStyle().set("white-space", "pre-wrap").set("max-height", "20em").set("overflow", "auto");
    add(top, grid, error, actions, payload);
    refresh();
  }

  private void refresh() {
    total.setText(deadLetters.count(status.getValue()) + " " + status.getValue().toLowerCase() + " dead letter(s)");
    grid.getDataProvider().refreshAll();
    show(null);
  }

  private void show(@Nullable DeadLetter letter) {
    selected = letter;
    retry.setEnabled(letter != null && letter.status().equals("OPEN") && letter.event() != null);
    error.setText(letter == null ? "" : "Stage " + letter.stage() + ", after " + letter.attempts() + " attempt(s): "
        + letter.errorType() + ": " + letter.errorMessage());
    trace.setVisible(letter != null && letter.event() != null);
    if (letter != null && letter.event() != null) {
      trace.setText("Trace " + letter.event().correlationId());
      trace.setRoute(TracesView.class, TracesView.of(letter.event().correlationId()));
    }
    payload.setText(letter == null ? "" : letter.event() != null ? Json.write(letter.event()) : letter.payload());
  }

  private void retrySelected() {
    DeadLetter letter = selected;
    if (letter == null) {
      return;
    }
    boolean retried = deadLetters.retry(letter.id());
    Notification.show(retried ? "Dead letter " + letter.id() + " is queued again"
        : "Dead letter " + letter.id() + " can no longer be retried");
    refresh();
  }

  private static String simpleName(String type) {
    return type.substring(type.lastIndexOf('.') + 1);
  }
}
