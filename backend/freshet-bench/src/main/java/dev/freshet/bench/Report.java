package dev.freshet.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes the machine-readable report ({@code report.json}) and the readable one ({@code report.md}) of one
 * harness invocation: the machine, then each run's sections, then every target with its value in each run
 * (two runs are an A/A comparison: the same code measured twice, whose difference is the noise).
 */
final class Report {

  private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

  /** One complete run of every phase. */
  record Run(Instant startedAt, double seconds, List<Section> sections) {}

  private Report() {}

  static void write(Path dir, Map<String, Object> machine, Map<String, Object> settings, List<Run> runs)
      throws IOException {
    Files.createDirectories(dir);
    Files.writeString(dir.resolve("report.json"), JSON.writeValueAsString(json(machine, settings, runs)));
    Files.writeString(dir.resolve("report.md"), markdown(machine, settings, runs));
  }

  private static Map<String, Object> json(Map<String, Object> machine, Map<String, Object> settings, List<Run> runs) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("generatedAt", Instant.now().toString());
    root.put("machine", machine);
    root.put("settings", settings);
    List<Map<String, Object>> runList = new ArrayList<>();
    for (Run run : runs) {
      Map<String, Object> r = new LinkedHashMap<>();
      r.put("startedAt", run.startedAt().toString());
      r.put("seconds", Numbers.round(run.seconds(), 1));
      List<Map<String, Object>> sections = new ArrayList<>();
      for (Section s : run.sections()) {
        Map<String, Object> section = new LinkedHashMap<>();
        section.put("id", s.id());
        section.put("title", s.title());
        section.put("method", s.method());
        section.put("figures", s.figures());
        section.put("targets", s.targets().stream().map(Report::json).toList());
        section.put("notes", s.notes());
        sections.add(section);
      }
      r.put("sections", sections);
      runList.add(r);
    }
    root.put("runs", runList);
    root.put("targets", targets(runs));
    return root;
  }

  private static Map<String, Object> json(Target t) {
    Map<String, Object> target = new LinkedHashMap<>();
    target.put("id", t.id());
    target.put("description", t.description());
    target.put("value", t.value());
    target.put("unit", t.unit());
    target.put("goal", t.goal().name());
    target.put("limit", t.limit());
    target.put("met", t.met());
    return target;
  }

  /** Every target, with its value and verdict in each run. */
  private static List<Map<String, Object>> targets(List<Run> runs) {
    Map<String, Map<String, Object>> byId = new LinkedHashMap<>();
    for (Run run : runs) {
      for (Section s : run.sections()) {
        for (Target t : s.targets()) {
          Map<String, Object> entry = byId.computeIfAbsent(t.id(), id -> {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("id", id);
            e.put("description", t.description());
            e.put("goal", t.goalText());
            e.put("values", new ArrayList<Double>());
            e.put("met", new ArrayList<Boolean>());
            return e;
          });
          cast(entry.get("values")).add(t.value());
          cast(entry.get("met")).add(t.met());
        }
      }
    }
    return List.copyOf(byId.values());
  }

  @SuppressWarnings("unchecked")
  private static <T> List<T> cast(Object list) {
    return (List<T>) list;
  }

  private static String markdown(Map<String, Object> machine, Map<String, Object> settings, List<Run> runs) {
    StringBuilder md = new StringBuilder("# Freshet benchmark report\n\n");
    md.append("Generated ").append(Instant.now()).append(" by `./mvnw -Pbench -DskipTests verify`.\n\n");
    md.append("Machine: ");
    machine.forEach((k, v) -> md.append(k).append(" `").append(v).append("`; "));
    md.append("\n\nSettings: ").append(settings).append("\n\n## Targets\n\n| Figure | Goal |");
    for (int i = 0; i < runs.size(); i++) {
      md.append(" Run ").append((char) ('A' + i)).append(" |");
    }
    md.append(runs.size() == 2 ? " A/A difference |\n|---|---|---|---|---|\n" : "\n|---|---|" + "---|".repeat(runs.size()) + "\n");
    for (Map<String, Object> t : targets(runs)) {
      List<Double> values = cast(t.get("values"));
      List<Boolean> met = cast(t.get("met"));
      md.append("| ").append(t.get("description")).append(" | ").append(t.get("goal")).append(" |");
      for (int i = 0; i < values.size(); i++) {
        md.append(' ').append(Numbers.format(values.get(i))).append(met.get(i) ? " ✓" : " ✗ missed").append(" |");
      }
      if (runs.size() == 2 && values.size() == 2) {
        double a = values.get(0);
        double b = values.get(1);
        md.append(' ').append(a == 0 && b == 0 ? "0" : Numbers.format(100.0 * Math.abs(a - b) / Math.max(Math.abs(a),
            Math.abs(b))) + " %").append(" |");
      }
      md.append('\n');
    }
    for (int i = 0; i < runs.size(); i++) {
      Run run = runs.get(i);
      md.append("\n## Run ").append((char) ('A' + i)).append(" (").append(run.startedAt()).append(", ")
          .append(Numbers.format(run.seconds())).append(" s)\n");
      for (Section s : run.sections()) {
        md.append("\n### ").append(s.title()).append("\n\n").append(s.method()).append("\n\n");
        s.figures().forEach((k, v) -> md.append("- **").append(k).append("**: ").append(describe(k, v)).append('\n'));
        s.notes().forEach(n -> md.append("- ").append(n).append('\n'));
      }
    }
    return md.toString();
  }

  private static String describe(String key, Object value) {
    String unit = key.endsWith("Ms") ? "ms" : key.endsWith("PerSecond") ? "/s" : key.endsWith("Mb") ? "MB"
        : key.endsWith("Seconds") ? "s" : "";
    if (value instanceof Distribution d) {
      return d.describe(unit);
    }
    if (value instanceof Number n) {
      return Numbers.format(n.doubleValue()) + (unit.isEmpty() ? "" : " " + unit);
    }
    if (value instanceof Map<?, ?> map) {
      StringBuilder out = new StringBuilder();
      map.forEach((k, v) -> out.append(out.isEmpty() ? "" : "; ").append(k).append(": ")
          .append(describe(k + (key.endsWith("Ms") ? "Ms" : ""), v))); // the unit holds for the entries
      return out.toString();
    }
    return String.valueOf(value);
  }
}
