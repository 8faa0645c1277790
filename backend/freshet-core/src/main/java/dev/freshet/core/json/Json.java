package dev.freshet.core.json;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** JSON for event payloads and trace details: maps of JSON-compatible values in, strings out. */
public final class Json {

  private static final JsonMapper MAPPER = JsonMapper.builder().build();
  private static final TypeReference<LinkedHashMap<String, @Nullable Object>> MAP = new TypeReference<>() {};
  private static final TypeReference<List<@Nullable Object>> LIST = new TypeReference<>() {};

  private Json() {}

  public static List<@Nullable Object> readList(@Nullable String json) {
    if (json == null || json.isBlank()) {
      return new ArrayList<>();
    }
    return MAPPER.readValue(json, LIST);
  }

  public static String write(@Nullable Object value) {
    return MAPPER.writeValueAsString(value);
  }

  /** Indented JSON, for people to read. */
  public static String pretty(@Nullable Object value) {
    return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(value);
  }

  public static Map<String, @Nullable Object> readMap(@Nullable String json) {
    if (json == null || json.isBlank()) {
      return new LinkedHashMap<>();
    }
    return MAPPER.readValue(json, MAP);
  }
}
