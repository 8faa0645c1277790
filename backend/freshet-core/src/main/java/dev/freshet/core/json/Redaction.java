package dev.freshet.core.json;

import dev.freshet.api.event.SecretNames;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Masks values whose key names a secret ({@link SecretNames}) before a payload is shown. A second line of defence: sources keep secrets
 * out of events in the first place; this keeps one that slipped into a payload (a captured column named
 * {@code api_token}, a webhook body) out of the console.
 */
public final class Redaction {

  /** What a masked value is replaced with. */
  public static final String MASK = SecretNames.MASK;

  private Redaction() {}

  /** Whether a key names a secret. */
  public static boolean isSecret(String key) {
    return SecretNames.isSecret(key);
  }

  /** A copy of the map with every value under a secret-named key masked (a whole object too), at any depth. */
  public static Map<String, @Nullable Object> mask(Map<String, @Nullable Object> map) {
    Map<String, @Nullable Object> masked = new LinkedHashMap<>();
    map.forEach((k, v) -> {
      String key = String.valueOf((Object) k); // maps from JMX or connectors may have keys that are not strings
      masked.put(key, isSecret(key) && v != null ? MASK : maskValue(v));
    });
    return masked;
  }

  /**
   * JSON text with every secret value masked; text that is not a JSON object is returned as it is, since
   * there is no key to tell a secret by.
   */
  public static String maskJson(String json) {
    try {
      return Json.pretty(mask(Json.readMap(json)));
    } catch (RuntimeException notAnObject) {
      return json;
    }
  }

  @SuppressWarnings("unchecked")
  private static @Nullable Object maskValue(@Nullable Object value) {
    if (value instanceof Map<?, ?> map) {
      return mask((Map<String, @Nullable Object>) map);
    }
    if (value instanceof List<?> list) {
      List<@Nullable Object> masked = new ArrayList<>(list.size());
      list.forEach(v -> masked.add(maskValue(v)));
      return masked;
    }
    return value;
  }
}
