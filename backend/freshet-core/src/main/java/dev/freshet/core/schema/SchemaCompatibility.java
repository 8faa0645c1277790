package dev.freshet.core.schema;

import dev.freshet.api.event.EventSchema;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Decides whether one JSON Schema accepts everything another accepts, for the compatibility rules of {@link
 * EventSchema.Compatibility}, and names every difference that breaks it. Our own code: the validators
 * (networknt, used for validation) check instances, not schemas against schemas, and the one maintained
 * checker for JSON Schema (Apicurio Registry's) ships inside the registry's server modules. It covers the
 * keywords Freshet's schemas use — {@code type}, {@code properties}, {@code required},
 * {@code additionalProperties}, {@code enum}, {@code const}, {@code items}, numeric and length bounds,
 * {@code pattern} — and treats any other changed keyword as a difference, to be safe.
 */
final class SchemaCompatibility {

  private static final Set<String> CHECKED = Set.of("type", "properties", "required", "additionalProperties", "enum",
      "const", "items", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "minLength", "maxLength",
      "minItems", "maxItems", "pattern");
  /** Keywords that describe and never constrain. */
  private static final Set<String> ANNOTATIONS = Set.of("$schema", "$id", "title", "description", "examples",
      "default", "format", "$comment", "deprecated", "readOnly", "writeOnly");

  private SchemaCompatibility() {}

  /**
   * The differences that break {@code rule} when {@code next} follows {@code previous}; empty when compatible.
   */
  static List<String> violations(EventSchema.Compatibility rule, JsonNode previous, JsonNode next) {
    List<String> problems = new ArrayList<>();
    if (rule == EventSchema.Compatibility.BACKWARD || rule == EventSchema.Compatibility.FULL) {
      accepts(next, previous, "", problems, "the new schema");
    }
    if (rule == EventSchema.Compatibility.FORWARD || rule == EventSchema.Compatibility.FULL) {
      accepts(previous, next, "", problems, "the old schema");
    }
    return problems;
  }

  /** Adds a problem for every way in which {@code wider} may reject a value {@code narrower} accepts. */
  private static void accepts(JsonNode wider, JsonNode narrower, String path, List<String> problems, String who) {
    String at = path.isEmpty() ? "(root)" : path;
    Set<String> widerTypes = types(wider);
    Set<String> narrowerTypes = types(narrower);
    if (!widerTypes.isEmpty()) {
      Set<String> missing = new LinkedHashSet<>(narrowerTypes.isEmpty() ? Set.of("any type") : narrowerTypes);
      missing.removeAll(widerTypes);
      if (widerTypes.contains("number")) {
        missing.remove("integer");
      }
      if (!missing.isEmpty()) {
        problems.add(at + ": " + who + " does not accept type " + String.join(", ", missing));
      }
    }
    for (JsonNode required : wider.path("required")) {
      if (!contains(narrower.path("required"), required)) {
        problems.add(at + ": " + who + " requires '" + required.asString() + "', which was optional");
      }
    }
    JsonNode widerProperties = wider.path("properties");
    JsonNode narrowerProperties = narrower.path("properties");
    boolean widerClosed = wider.path("additionalProperties").isBoolean() && !wider.path("additionalProperties").asBoolean();
    boolean narrowerClosed = narrower.path("additionalProperties").isBoolean()
        && !narrower.path("additionalProperties").asBoolean();
    if (widerClosed && !narrowerClosed) {
      problems.add(at + ": " + who + " forbids additional properties, which were allowed");
    }
    for (Iterator<String> names = narrowerProperties.propertyNames().iterator(); names.hasNext(); ) {
      String name = names.next();
      if (widerProperties.has(name)) {
        accepts(widerProperties.get(name), narrowerProperties.get(name), path.isEmpty() ? name : path + "." + name,
            problems, who);
      } else if (widerClosed) {
        problems.add(at + ": " + who + " drops property '" + name + "' and allows no additional properties");
      }
    }
    if (wider.has("enum")) {
      if (!narrower.has("enum") && !narrower.has("const")) {
        problems.add(at + ": " + who + " restricts the values to " + wider.get("enum"));
      } else {
        for (JsonNode value : narrower.has("enum") ? narrower.get("enum") : List.of(narrower.get("const"))) {
          if (!contains(wider.get("enum"), value)) {
            problems.add(at + ": " + who + " does not accept the value " + value);
          }
        }
      }
    }
    if (wider.has("const") && !(narrower.has("const") && narrower.get("const").equals(wider.get("const")))) {
      problems.add(at + ": " + who + " only accepts " + wider.get("const"));
    }
    if (wider.has("items")) {
      accepts(wider.get("items"), narrower.path("items"), path + "[]", problems, who);
    }
    bound(wider, narrower, "minimum", true, at, problems, who);
    bound(wider, narrower, "exclusiveMinimum", true, at, problems, who);
    bound(wider, narrower, "minLength", true, at, problems, who);
    bound(wider, narrower, "minItems", true, at, problems, who);
    bound(wider, narrower, "maximum", false, at, problems, who);
    bound(wider, narrower, "exclusiveMaximum", false, at, problems, who);
    bound(wider, narrower, "maxLength", false, at, problems, who);
    bound(wider, narrower, "maxItems", false, at, problems, who);
    if (wider.has("pattern") && !wider.get("pattern").equals(narrower.get("pattern"))) {
      problems.add(at + ": " + who + " requires the pattern " + wider.get("pattern"));
    }
    for (Iterator<String> names = wider.propertyNames().iterator(); names.hasNext(); ) {
      String keyword = names.next();
      if (!CHECKED.contains(keyword) && !ANNOTATIONS.contains(keyword)
          && !wider.get(keyword).equals(narrower.get(keyword))) {
        problems.add(at + ": " + who + " changes '" + keyword + "', which the compatibility check cannot compare");
      }
    }
  }

  private static void bound(JsonNode wider, JsonNode narrower, String keyword, boolean lower, String at,
      List<String> problems, String who) {
    if (!wider.has(keyword)) {
      return;
    }
    double limit = wider.get(keyword).asDouble();
    boolean ok = narrower.has(keyword)
        && (lower ? narrower.get(keyword).asDouble() >= limit : narrower.get(keyword).asDouble() <= limit);
    if (!ok) {
      problems.add(at + ": " + who + " tightens " + keyword + " to " + wider.get(keyword));
    }
  }

  private static Set<String> types(JsonNode schema) {
    Set<String> types = new LinkedHashSet<>();
    JsonNode type = schema.path("type");
    if (type.isString()) {
      types.add(type.asString());
    } else {
      type.forEach(t -> types.add(t.asString()));
    }
    return types;
  }

  private static boolean contains(JsonNode array, JsonNode value) {
    for (JsonNode element : array) {
      if (element.equals(value)) {
        return true;
      }
    }
    return false;
  }
}
