package dev.freshet.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one measurement found: its method in words, its figures (numbers, {@link Distribution}s, nested
 * maps), the targets it judges and notes on what was seen. Built by one phase, on one thread.
 */
public final class Section {

  private final String id;
  private final String title;
  private final String method;
  private final Map<String, Object> figures = new LinkedHashMap<>();
  private final List<Target> targets = new ArrayList<>();
  private final List<String> notes = new ArrayList<>();

  Section(String id, String title, String method) {
    this.id = id;
    this.title = title;
    this.method = method;
  }

  Section figure(String key, Object value) {
    figures.put(key, value);
    return this;
  }

  Section target(Target target) {
    targets.add(target);
    return this;
  }

  Section note(String note) {
    notes.add(note);
    return this;
  }

  public String id() {
    return id;
  }

  public String title() {
    return title;
  }

  public String method() {
    return method;
  }

  public Map<String, Object> figures() {
    return figures;
  }

  public List<Target> targets() {
    return targets;
  }

  public List<String> notes() {
    return notes;
  }
}
