package dev.freshet.core.trace;

import static org.assertj.core.api.Assertions.assertThat;

import dev.freshet.core.StateDatabase;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.jdbc.core.JdbcTemplate;

/** Trace steps written in one statement read back exactly as they were given, in order. */
class TracesIT {

  @RegisterExtension
  static final StateDatabase database = new StateDatabase();

  private JdbcTemplate jdbc;
  private Traces traces;

  @BeforeEach
  void start() {
    jdbc = new JdbcTemplate(database.dataSource());
    jdbc.execute("truncate trace_step restart identity");
    traces = new Traces(jdbc);
  }

  @Test
  void stepsWrittenTogetherReadBackFieldForFieldInTheirOrderNullsIncluded() {
    Instant t0 = Instant.parse("2026-12-03T10:15:30.123456Z");
    Map<String, @Nullable Object> detail = new LinkedHashMap<>();
    detail.put("embeddings", 3);
    detail.put("text", "quote \" backslash \\ comma , brace } ümlaut");
    detail.put("none", null);
    List<TraceStep> steps = new ArrayList<>();
    steps.add(new TraceStep(0, "corr-1", "ev-1", "kb:public.articles:1", null, "event.appended", null, "APPENDED",
        t0, t0.plusMillis(1), null, null, Map.of()));
    steps.add(new TraceStep(0, "corr-1", "ev-1", "kb:public.articles:1", "indexer", "stage.embed", null, "DONE",
        t0.plusMillis(2), t0.plus(2500, ChronoUnit.MICROS), null, null, detail));
    steps.add(new TraceStep(0, "corr-1", null, null, "indexer", "agent.attempt", 2, "RETRY", t0.plusSeconds(1),
        t0.plusSeconds(2), "java.io.IOException", "line one\nline two, with \"quotes\" and {braces}", Map.of("k", "v")));

    traces.write(steps);

    List<TraceStep> read = traces.find("corr-1");
    assertThat(read).hasSize(3);
    for (int i = 0; i < steps.size(); i++) {
      TraceStep want = steps.get(i);
      TraceStep got = read.get(i);
      assertThat(got.id()).as("ids in the order given").isEqualTo(i + 1L);
      assertThat(got).usingRecursiveComparison().ignoringFields("id").isEqualTo(want);
    }
  }

  @Test
  void writingNothingWritesNothing() {
    traces.write(List.of());

    assertThat(jdbc.queryForObject("select count(*) from trace_step", Long.class)).isZero();
  }
}
