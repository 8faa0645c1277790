package dev.freshet.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import dev.freshet.core.search.SearchMode;
import dev.freshet.core.search.SearchQuery;
import dev.freshet.core.search.SearchResult;
import dev.freshet.core.search.SearchService;
import jakarta.annotation.security.PermitAll;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Search the index: a query box, the mode (hybrid, vector or keyword) and the chunks found, with subject, score, the
 * retrievers that found each and at which rank, text, the change the document is indexed as of, and a link to the
 * trace that produced the document's chunks.
 */
@Route("search")
@PageTitle("Search · Freshet")
@PermitAll
public class SearchView extends VerticalLayout {

  private final SearchService search;
  final TextField query = new TextField();
  final IntegerField k = new IntegerField();
  final Select<SearchMode> mode = new Select<>();
  final Button go = new Button("Search");
  final Grid<SearchResult> results = new Grid<>(SearchResult.class, false);

  public SearchView(SearchService search) {
    this.search = search;
    setSizeFull();
    configureForm();
    configureResults();
    add(new HorizontalLayout(query, mode, k, go), results);
  }

  private void configureForm() {
    query.setPlaceholder("Ask the knowledge base, e.g. how do replication slots fill the disk?");
    query.setWidth("40em");
    query.setClearButtonVisible(true);
    query.addKeyPressListener(Key.ENTER, e -> runSearch());
    mode.setItems(SearchMode.values());
    mode.setItemLabelGenerator(m -> m.name().charAt(0) + m.name().substring(1).toLowerCase(Locale.ROOT));
    mode.setValue(SearchMode.HYBRID);
    mode.setWidth("9em");
    mode.setTooltipText("Hybrid: keyword and vector retrieval fused; vector: by meaning; keyword: by words and "
        + "identifiers");
    k.setValue(5);
    k.setMin(1);
    k.setMax(SearchService.MAX_K);
    k.setStepButtonsVisible(true);
    k.setWidth("8em");
    k.setTooltipText("How many chunks");
    go.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    go.addClickListener(e -> runSearch());
  }

  private void configureResults() {
    results.addColumn(SearchResult::subject).setHeader("Subject").setAutoWidth(true).setFlexGrow(0);
    results.addColumn(r -> String.format("%.3f", r.score())).setHeader("Score").setAutoWidth(true).setFlexGrow(0);
    results.addColumn(r -> foundBy(r.retrievers())).setHeader("Found by").setAutoWidth(true).setFlexGrow(0)
        .setTooltipGenerator(r -> "the retrievers that found this chunk, and its rank in each");
    results.addColumn(SearchResult::text).setHeader("Text").setFlexGrow(1);
    results.addColumn(r -> r.sourceTime() == null ? Console.time(r.indexedAt())
            : Console.time(r.sourceTime()) + (r.sourcePosition() == null ? "" : " · " + r.sourcePosition()))
        .setHeader("Indexed as of").setAutoWidth(true).setFlexGrow(0)
        .setTooltipGenerator(r -> "the document's change at the source that this index reflects; written "
            + Console.time(r.indexedAt()));
    results.addComponentColumn(r -> {
      if (r.correlationId() == null) {
        return new Span();
      }
      RouterLink trace = new RouterLink("trace", TracesView.class, TracesView.of(r.correlationId()));
      trace.getElement().setAttribute("title", r.correlationId());
      return trace;
    }).setHeader("Produced by").setAutoWidth(true).setFlexGrow(0);
    results.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
    results.setSizeFull();
    results.setEmptyStateText("Type a question and press Enter.");
  }

  /** e.g. {@code keyword #1 · vector #4}. */
  static String foundBy(Map<String, Integer> retrievers) {
    return retrievers.entrySet().stream().sorted(Map.Entry.comparingByValue())
        .map(e -> e.getKey() + " #" + e.getValue()).collect(Collectors.joining(" · "));
  }

  void runSearch() {
    if (query.getValue().isBlank()) {
      results.setItems();
      return;
    }
    try {
      results.setItems(search.search(new SearchQuery(query.getValue(), k.getValue() == null ? 5 : k.getValue(),
          Map.of(), mode.getValue(), false, null)));
    } catch (IllegalArgumentException e) {
      Notification.show(e.getMessage(), 5000, Notification.Position.MIDDLE)
          .addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
  }
}
