package dev.freshet.api.source;

import dev.freshet.api.error.ConfigurationException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The flat configuration of one source ({@code freshet.sources.<id>.*} without the prefix), with typed
 * getters whose errors name the full property and the fix.
 */
public record SourceConfig(String sourceId, Map<String, String> values) {

  public SourceConfig {
    if (!sourceId.matches("[a-z][a-z0-9-]*")) {
      throw new ConfigurationException("freshet.sources." + sourceId, "invalid source id",
          "Use lowercase letters, digits and dashes, starting with a letter, e.g. demo or kb-main");
    }
    values = Collections.unmodifiableMap(new TreeMap<>(values));
  }

  /** The full property name of an option, e.g. {@code freshet.sources.demo.slot-name}. */
  public String property(String key) {
    return "freshet.sources." + sourceId + "." + key;
  }

  public Optional<String> optional(String key) {
    return Optional.ofNullable(values.get(key)).map(String::trim).filter(v -> !v.isEmpty());
  }

  public String get(String key, String defaultValue) {
    return optional(key).orElse(defaultValue);
  }

  public String require(String key, String fix) {
    return optional(key).orElseThrow(() -> new ConfigurationException(property(key), "missing", fix));
  }

  public int getInt(String key, int defaultValue) {
    String raw = get(key, Integer.toString(defaultValue));
    try {
      return Integer.parseInt(raw);
    } catch (NumberFormatException e) {
      throw new ConfigurationException(property(key), "not a whole number: '" + raw + "'",
          "Set a whole number, e.g. " + defaultValue);
    }
  }

  /** A duration such as {@code 10ms}, {@code 5s}, {@code 2m}, or a plain number of milliseconds. */
  public Duration getDuration(String key, Duration defaultValue) {
    String raw = get(key, defaultValue.toMillis() + "ms").toLowerCase();
    try {
      if (raw.endsWith("ms")) {
        return Duration.ofMillis(Long.parseLong(raw.substring(0, raw.length() - 2).trim()));
      } else if (raw.endsWith("s")) {
        return Duration.ofSeconds(Long.parseLong(raw.substring(0, raw.length() - 1).trim()));
      } else if (raw.endsWith("m")) {
        return Duration.ofMinutes(Long.parseLong(raw.substring(0, raw.length() - 1).trim()));
      }
      return Duration.ofMillis(Long.parseLong(raw));
    } catch (NumberFormatException e) {
      throw new ConfigurationException(property(key), "not a duration: '" + raw + "'",
          "Write a number with a unit, e.g. 10ms, 5s or 2m");
    }
  }

  /**
   * One of an enum's constants, written in lowercase with dashes for underscores ({@code compare-trees} for
   * {@code COMPARE_TREES}).
   */
  public <E extends Enum<E>> E getChoice(String key, E defaultValue) {
    E[] constants = defaultValue.getDeclaringClass().getEnumConstants();
    String raw = get(key, spelled(defaultValue));
    for (E constant : constants) {
      if (spelled(constant).equals(raw.toLowerCase(Locale.ROOT))) {
        return constant;
      }
    }
    throw new ConfigurationException(property(key), "'" + raw + "' is not one of the choices",
        "Write one of " + Arrays.stream(constants).map(SourceConfig::spelled).collect(Collectors.joining(", ")));
  }

  private static String spelled(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** A comma-separated list, trimmed, empty entries dropped. */
  public List<String> getList(String key, @Nullable String defaultValue) {
    String raw = optional(key).orElse(defaultValue);
    if (raw == null) {
      return List.of();
    }
    return Arrays.stream(raw.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
  }

  /** The names {@code X} of every key shaped {@code prefix.X.something}. */
  public Set<String> groups(String prefix) {
    Set<String> names = new TreeSet<>();
    String start = prefix + ".";
    for (String key : values.keySet()) {
      if (key.startsWith(start)) {
        String rest = key.substring(start.length());
        int dot = rest.indexOf('.');
        if (dot > 0) {
          names.add(rest.substring(0, dot));
        }
      }
    }
    return names;
  }
}
