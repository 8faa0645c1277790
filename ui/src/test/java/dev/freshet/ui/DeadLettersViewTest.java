package dev.freshet.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.spring.security.AuthenticationContext;
import dev.freshet.api.agent.Agent;
import dev.freshet.api.agent.AgentContext;
import dev.freshet.api.agent.AgentOutcome;
import dev.freshet.api.error.PermanentException;
import dev.freshet.api.event.ChangeEvent;
import dev.freshet.api.event.Operation;
import dev.freshet.core.StateDatabase;
import dev.freshet.core.deadletter.DeadLetter;
import dev.freshet.core.deadletter.DeadLetters;
import dev.freshet.core.dispatch.AgentRegistry;
import dev.freshet.core.dispatch.Backoff;
import dev.freshet.core.dispatch.Dispatcher;
import dev.freshet.core.dispatch.DispatcherSettings;
import dev.freshet.core.log.EventLog;
import dev.freshet.core.metrics.FreshetMetrics;
import dev.freshet.core.schema.SchemaCatalogue;
import dev.freshet.core.trace.TraceStep;
import dev.freshet.core.trace.Traces;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The dead-letter and trace views over a real state database, with a real dispatcher and an agent that fails
 * the first time: the dead letter is listed, inspected, linked to its trace, and retried by an operator only.
 */
class DeadLettersViewTest {

  @RegisterExtension
  static final StateDatabase database = new StateDatabase();
  private JdbcTemplate jdbc;
  private Dispatcher dispatcher;
  private EventLog eventLog;
  private DeadLetters deadLetters;
  private Traces traces;
  private final FailingOnce agent = new FailingOnce();

  /** Fails permanently on its first run, then succeeds. */
  static final class FailingOnce implements Agent {
    final AtomicInteger runs = new AtomicInteger();

    public String name() {
      return "indexer";
    }

    public Set<String> eventTypes() {
      return Set.of("document.changed");
    }

    public AgentOutcome handle(ChangeEvent event, AgentContext context) {
      if (runs.incrementAndGet() == 1) {
        context.stage("embed", () -> {
          throw new PermanentException("the model rejected the text");
        });
      }
      return AgentOutcome.completed(List.of(), Map.of());
    }
  }

  @BeforeEach
  void start() {
    jdbc = new JdbcTemplate(database.dataSource());
    jdbc.execute("truncate event_log, delivery, dead_letter, trace_step restart identity cascade");
    AgentRegistry registry = new AgentRegistry(List.of(agent));
    TransactionTemplate tx = new TransactionTemplate(new DataSourceTransactionManager(database.dataSource()));
    traces = new Traces(jdbc);
    SchemaCatalogue schemas = new SchemaCatalogue(SchemaCatalogue.declared(List.of(agent)), registry);
    schemas.register(jdbc);
    eventLog = new EventLog(jdbc, tx, registry, traces, FreshetMetrics.noop(), schemas);
    dispatcher = new Dispatcher(database.dataSource(), tx, registry, eventLog, traces,
        new DispatcherSettings(2, 3, new Backoff(Duration.ofMillis(10), Duration.ofMillis(50), 2), Duration.ofSeconds(30)),
        FreshetMetrics.noop(), schemas::forAgent);
    dispatcher.start();
    deadLetters = new DeadLetters(jdbc);
    eventLog.append(List.of(new ChangeEvent("e-1", "demo", "document.changed", 1, "kb:public.articles:7",
        Operation.UPDATE, Instant.now(), "pg:demo:tx9:lsn42", null, "lsn 0/2A", Map.of("table", "public.articles"))));
    await().atMost(Duration.ofSeconds(30)).until(() -> deadLetters.count("OPEN") == 1);
    MockVaadin.setup(new Routes().autoDiscoverViews("dev.freshet.ui"));
  }

  @AfterEach
  void stop() {
    MockVaadin.tearDown();
    SecurityContextHolder.clearContext();
    dispatcher.close();
  }

  private DeadLettersView open(String... roles) {
    SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated("olga",
        null, java.util.Arrays.stream(roles).map(r -> new SimpleGrantedAuthority("ROLE_" + r)).toList()));
    DeadLettersView view = new DeadLettersView(deadLetters, new AuthenticationContext());
    UI.getCurrent().add(view);
    return view;
  }

  @Test
  void anOperatorInspectsTheDeadLetterFollowsItsTraceAndRetriesIt() {
    DeadLettersView view = open("OPERATOR", "VIEWER");

    assertThat(view.total.getText()).isEqualTo("1 open dead letter(s)");
    List<DeadLetter> rows = view.grid.getGenericDataView().getItems().toList();
    assertThat(rows).singleElement().satisfies(d -> {
      assertThat(d.stage()).isEqualTo("embed");
      assertThat(d.event().subject()).isEqualTo("kb:public.articles:7");
    });
    assertThat(view.retry.isVisible()).isTrue();
    assertThat(view.retry.isEnabled()).as("nothing selected yet").isFalse();

    view.grid.select(rows.getFirst());

    assertThat(view.error.getText()).contains("Stage embed", "the model rejected the text");
    assertThat(view.payload.getText()).contains("\"subject\":\"kb:public.articles:7\"");
    assertThat(view.trace.getHref()).isEqualTo("traces/pg:demo:tx9:lsn42");

    view.retry.click();

    assertThat(view.total.getText()).isEqualTo("0 open dead letter(s)");
    await().atMost(Duration.ofSeconds(30)).until(() -> agent.runs.get() == 2);
    await().atMost(Duration.ofSeconds(30)).until(() -> "DONE".equals(jdbc.queryForObject(
        "select status from delivery where agent = 'indexer'", String.class)));
    view.status.setValue("RETRIED");
    assertThat(view.grid.getGenericDataView().getItems().toList()).hasSize(1);
  }

  @Test
  void aViewerSeesTheDeadLetterButCannotRetryIt() {
    DeadLettersView view = open("VIEWER");

    assertThat(view.grid.getGenericDataView().getItems().toList()).hasSize(1);
    assertThat(view.retry.isVisible()).isFalse();
  }

  @Test
  void theTraceViewShowsEveryStepOfTheChangeInOrder() {
    TracesView view = new TracesView(traces);
    UI.getCurrent().add(view);
    view.correlationId.setValue("pg:demo:tx9:lsn42");
    view.find.click();

    List<TraceStep> steps = view.steps.getGenericDataView().getItems().toList();
    assertThat(steps).extracting(TraceStep::step).containsSubsequence("event.appended", "stage.embed", "agent.attempt");
    assertThat(steps).filteredOn(s -> s.step().equals("agent.attempt")).first()
        .extracting(TraceStep::outcome).isEqualTo("DEAD");
    assertThat(TracesView.describe(steps.stream().filter(s -> s.step().equals("agent.attempt")).findFirst()
        .orElseThrow())).contains("the model rejected the text");
    assertThat(view.summary.getText()).contains("1 event(s)");

    view.correlationId.setValue("pg:nothing");
    view.find.click();
    assertThat(view.steps.getGenericDataView().getItems().toList()).isEmpty();
    assertThat(view.summary.getText()).isEqualTo("no trace with this correlation id");
  }
}
