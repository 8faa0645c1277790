package dev.freshet.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import dev.freshet.core.index.Generation;
import dev.freshet.core.metrics.PipelineOverview;
import dev.freshet.core.source.SourceOperations;
import jakarta.annotation.security.PermitAll;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The pipeline at a glance, updating live by server push: freshness (change at the source → searchable)
 * p50/p95/p99 and throughput over time, the backlog and its oldest pending delivery, open dead letters,
 * sources by state and the progress of an index generation being built.
 */
@Route("")
@PageTitle("Overview · Freshet")
@PermitAll
public class OverviewView extends VerticalLayout {

  /** How often an open overview refreshes itself. */
  static final Duration REFRESH = Duration.ofSeconds(2);

  /** Windows and their bucket sizes. */
  static final Map<String, Duration[]> WINDOWS = new java.util.LinkedHashMap<>();

  static {
    WINDOWS.put("last 15 minutes", new Duration[] {Duration.ofMinutes(15), Duration.ofSeconds(30)});
    WINDOWS.put("last hour", new Duration[] {Duration.ofHours(1), Duration.ofMinutes(2)});
    WINDOWS.put("last 6 hours", new Duration[] {Duration.ofHours(6), Duration.ofMinutes(10)});
    WINDOWS.put("last 24 hours", new Duration[] {Duration.ofHours(24), Duration.ofMinutes(30)});
  }

  /** One daemon thread asks every open overview to refresh; the work itself runs in each UI's own access. */
  private static final ScheduledExecutorService TICKER = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "freshet-console-overview");
    t.setDaemon(true);
    return t;
  });

  private final PipelineOverview overview;
  private final SourceOperations sources;
  final Select<String> window = new Select<>();
  final Span freshness = new Span();
  final Span throughput = new Span();
  final Span backlog = new Span();
  final RouterLink deadLetters = new RouterLink();
  final Span sourceStates = new Span();
  final Span updated = new Span();
  final Svg freshnessChart = new Svg();
  final Svg throughputChart = new Svg();
  final Pre chartText = Console.pane("12em");
  final VerticalLayout generations = new VerticalLayout();
  private @Nullable ScheduledFuture<?> ticking;

  public OverviewView(PipelineOverview overview, SourceOperations sources) {
    this.overview = overview;
    this.sources = sources;
    window.setLabel("Window");
    window.setItems(WINDOWS.keySet());
    window.setValue("last 15 minutes");
    window.addValueChangeListener(e -> refresh());
    deadLetters.setRoute(DeadLettersView.class);
    HorizontalLayout cards = new HorizontalLayout(card("Freshness", freshness), card("Throughput", throughput),
        card("Backlog", backlog), card("Dead letters", deadLetters), card("Sources", sourceStates));
    cards.setWrap(true);
    HorizontalLayout charts = new HorizontalLayout(chart("Freshness", freshnessChart),
        chart("Throughput", throughputChart));
    charts.setWrap(true);
    chartText.setVisible(false);
    generations.setPadding(false);
    HorizontalLayout top = new HorizontalLayout(window, updated);
    top.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
    add(top, cards, charts, chartText, new H4("Index generations"), generations);
    refresh();
  }

  @Override
  protected void onAttach(AttachEvent event) {
    UI ui = event.getUI();
    long millis = REFRESH.toMillis();
    ticking = TICKER.scheduleWithFixedDelay(() -> ui.access(this::refresh), millis, millis, TimeUnit.MILLISECONDS);
  }

  @Override
  protected void onDetach(DetachEvent event) {
    if (ticking != null) {
      ticking.cancel(false);
    }
  }

  /** Reads the overview and shows it; runs in the UI's lock. */
  void refresh() {
    Duration[] w = WINDOWS.get(window.getValue());
    PipelineOverview.Snapshot s = overview.snapshot(w[0], w[1]);
    freshness.setText(s.freshnessSamples() == 0 ? "no changes in the window"
        : "p50 " + Console.millis(s.p50Millis()) + " · p95 " + Console.millis(s.p95Millis()) + " · p99 "
            + Console.millis(s.p99Millis()) + " (" + s.freshnessSamples() + " changes)");
    long in = s.buckets().stream().mapToLong(PipelineOverview.Bucket::eventsIn).sum();
    long done = s.buckets().stream().mapToLong(PipelineOverview.Bucket::documentsDone).sum();
    double minutes = Math.max(1, s.window().toSeconds() / 60.0);
    throughput.setText(String.format("%.1f events/min in · %.1f documents/min done", in / minutes, done / minutes));
    backlog.setText(s.backlog() == 0 ? "empty" : s.backlog() + " pending, oldest "
        + Console.duration(Duration.between(java.util.Objects.requireNonNull(s.oldestPending()), Instant.now())) + " old");
    deadLetters.setText(s.deadLettersOpen() + " open");
    sourceStates.setText(sources.states().values().stream().collect(Collectors.groupingBy(state -> state,
        java.util.TreeMap::new, Collectors.counting())).entrySet().stream()
        .map(e -> e.getValue() + " " + e.getKey().toLowerCase()).collect(Collectors.joining(" · ")));
    try {
      freshnessChart.setSvg(Charts.freshness(s.buckets()));
      throughputChart.setSvg(Charts.throughput(s.buckets()));
      chartText.setVisible(false);
    } catch (RuntimeException | Error noFonts) { // a host without fonts cannot measure text for the axes
      if (noFonts instanceof VirtualMachineError fatal) {
        throw fatal;
      }
      chartText.setVisible(true);
      chartText.setText("Charts need fonts on the server (install fontconfig and a font, e.g. fonts-dejavu-core); "
          + "per bucket:\n" + s.buckets().stream().map(b -> Console.time(b.start()) + "  in " + b.eventsIn() + "  done "
              + b.documentsDone() + "  p50 " + Console.millis(b.p50Millis()) + "  p99 " + Console.millis(b.p99Millis()))
              .collect(Collectors.joining("\n")));
    }
    generations.removeAll();
    for (Generation g : s.generations()) {
      boolean building = g.status().equals("BUILDING");
      ProgressBar bar = new ProgressBar(0, Math.max(1, g.total()), building ? g.done() : Math.max(1, g.total()));
      bar.setWidth("20em");
      HorizontalLayout row = new HorizontalLayout(new Span("g" + g.id() + " " + g.status().toLowerCase() + " · "
          + g.model() + " · " + g.splitter()), bar, new Span(building
          ? "building: " + g.done() + " of " + g.total() + " documents" : "serving search"));
      row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
      generations.add(row);
    }
    updated.setText("updated " + Console.CLOCK.format(s.at()));
  }

  private static Div card(String title, com.vaadin.flow.component.Component value) {
    Div card = new Div(new H4(title), value);
    card.getStyle().set("padding", "var(--lumo-space-s) var(--lumo-space-m)").set("border-radius", "var(--lumo-border-radius-l)")
        .set("background", "var(--lumo-contrast-5pct)").set("min-width", "14em");
    return card;
  }

  private static Div chart(String title, Svg svg) {
    Div box = new Div(new H4(title), svg);
    box.getStyle().set("width", Charts.WIDTH + "px");
    return box;
  }
}
