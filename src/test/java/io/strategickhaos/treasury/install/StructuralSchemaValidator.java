package io.strategickhaos.treasury.install;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks an object against a CRD's structural OpenAPI v3 schema the way the API server does
 * before CEL: types, required, enum, minimum/maximum (exclusive too), lengths, item counts,
 * pattern, int-or-string, nullable, allOf/anyOf/oneOf, and unknown fields rejected (as
 * {@code kubectl apply}'s strict field validation does) unless
 * {@code x-kubernetes-preserve-unknown-fields}. {@code x-kubernetes-validations} (CEL) is left to
 * the end-to-end tests against a real API server. A keyword it does not know is an error, so a
 * schema feature it cannot check never passes unnoticed.
 */
final class StructuralSchemaValidator {
  private static final Set<String> KNOWN_KEYWORDS = Set.of(
      "type", "description", "properties", "required", "additionalProperties", "items", "enum",
      "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "minLength", "maxLength",
      "minItems", "maxItems", "minProperties", "maxProperties", "pattern", "format", "default",
      "nullable", "allOf", "anyOf", "oneOf", "example", "title", "uniqueItems", "multipleOf",
      "x-kubernetes-preserve-unknown-fields", "x-kubernetes-int-or-string",
      "x-kubernetes-validations", "x-kubernetes-list-type", "x-kubernetes-list-map-keys",
      "x-kubernetes-map-type", "x-kubernetes-embedded-resource");

  private StructuralSchemaValidator() {}

  /** Every violation, each starting with the path of the offending field; empty when valid. */
  static List<String> validateResource(JsonNode schema, JsonNode resource) {
    List<String> errors = new ArrayList<>();
    validate(schema, resource, "", errors, true);
    return errors;
  }

  /** As {@link #validateResource}, for a value that is not a whole resource. */
  static List<String> validate(JsonNode schema, JsonNode value, String path) {
    List<String> errors = new ArrayList<>();
    validate(schema, value, path, errors, false);
    return errors;
  }

  private static void validate(JsonNode schema, JsonNode value, String path, List<String> errors, boolean root) {
    for (Iterator<String> keywords = schema.fieldNames(); keywords.hasNext(); ) {
      String keyword = keywords.next();
      if (!KNOWN_KEYWORDS.contains(keyword)) {
        errors.add(at(path) + "schema keyword " + keyword + " is not checked by this validator");
      }
    }
    if (value.isNull()) {
      if (!schema.path("nullable").asBoolean(false)) {
        errors.add(at(path) + "null is not allowed");
      }
      return;
    }
    combinators(schema, value, path, errors);
    if (schema.path("x-kubernetes-int-or-string").asBoolean(false)) {
      if (!value.isIntegralNumber() && !value.isTextual()) {
        errors.add(at(path) + "must be an integer or a string, is " + describe(value));
      }
      return;
    }
    if (schema.has("enum") && !contains(schema.get("enum"), value)) {
      errors.add(at(path) + describe(value) + " is not one of " + schema.get("enum"));
    }
    String type = schema.path("type").asText("");
    switch (type) {
      case "object" -> object(schema, value, path, errors, root);
      case "array" -> array(schema, value, path, errors);
      case "string" -> string(schema, value, path, errors);
      case "integer" -> number(schema, value, path, errors, true);
      case "number" -> number(schema, value, path, errors, false);
      case "boolean" -> {
        if (!value.isBoolean()) {
          errors.add(at(path) + "must be a boolean, is " + describe(value));
        }
      }
      case "" -> {
        if (!schema.path("x-kubernetes-preserve-unknown-fields").asBoolean(false)
            && !schema.has("allOf") && !schema.has("anyOf") && !schema.has("oneOf")) {
          errors.add(at(path) + "schema has no type (not structural)");
        }
      }
      default -> errors.add(at(path) + "unknown schema type " + type);
    }
  }

  private static void object(JsonNode schema, JsonNode value, String path, List<String> errors, boolean root) {
    if (!value.isObject()) {
      errors.add(at(path) + "must be an object, is " + describe(value));
      return;
    }
    for (JsonNode required : schema.path("required")) {
      if (!value.has(required.asText())) {
        errors.add(at(join(path, required.asText())) + "is required");
      }
    }
    bound(value.size(), schema, "minProperties", "maxProperties", "properties", path, errors);
    boolean preserveUnknown = schema.path("x-kubernetes-preserve-unknown-fields").asBoolean(false);
    JsonNode properties = schema.path("properties");
    JsonNode additional = schema.path("additionalProperties");
    for (Iterator<Map.Entry<String, JsonNode>> fields = value.fields(); fields.hasNext(); ) {
      Map.Entry<String, JsonNode> field = fields.next();
      String fieldPath = join(path, field.getKey());
      if (root && field.getKey().equals("metadata")) {
        // ObjectMeta is validated by the API server itself, whatever the CRD says of it.
        if (!field.getValue().isObject()) {
          errors.add(at(fieldPath) + "must be an object");
        }
      } else if (root && !properties.has(field.getKey())
          && (field.getKey().equals("apiVersion") || field.getKey().equals("kind"))) {
        // Every resource has them; generated schemas may leave them out.
        if (!field.getValue().isTextual()) {
          errors.add(at(fieldPath) + "must be a string");
        }
      } else if (properties.has(field.getKey())) {
        validate(properties.get(field.getKey()), field.getValue(), fieldPath, errors, false);
      } else if (additional.isObject()) {
        validate(additional, field.getValue(), fieldPath, errors, false);
      } else if (!preserveUnknown && !additional.asBoolean(false)) {
        errors.add(at(fieldPath) + "unknown field");
      }
    }
  }

  private static void array(JsonNode schema, JsonNode value, String path, List<String> errors) {
    if (!value.isArray()) {
      errors.add(at(path) + "must be an array, is " + describe(value));
      return;
    }
    bound(value.size(), schema, "minItems", "maxItems", "items", path, errors);
    boolean set = schema.path("x-kubernetes-list-type").asText("").equals("set")
        || schema.path("uniqueItems").asBoolean(false);
    Set<JsonNode> seen = new HashSet<>();
    for (int i = 0; i < value.size(); i++) {
      if (schema.has("items")) {
        validate(schema.get("items"), value.get(i), path + "[" + i + "]", errors, false);
      }
      if (set && !seen.add(value.get(i))) {
        errors.add(at(path + "[" + i + "]") + "duplicate " + describe(value.get(i)) + " in a set");
      }
    }
  }

  private static void string(JsonNode schema, JsonNode value, String path, List<String> errors) {
    if (!value.isTextual()) {
      errors.add(at(path) + "must be a string, is " + describe(value));
      return;
    }
    String text = value.asText();
    bound(text.codePointCount(0, text.length()), schema, "minLength", "maxLength", "characters", path, errors);
    if (schema.has("pattern") && !Pattern.compile(schema.get("pattern").asText()).matcher(text).find()) {
      errors.add(at(path) + "\"" + text + "\" does not match " + schema.get("pattern").asText());
    }
  }

  private static void number(JsonNode schema, JsonNode value, String path, List<String> errors, boolean integer) {
    boolean integral = value.isIntegralNumber()
        || (value.isNumber() && value.decimalValue().stripTrailingZeros().scale() <= 0);
    if (!value.isNumber() || (integer && !integral)) {
      errors.add(at(path) + "must be " + (integer ? "an integer" : "a number") + ", is " + describe(value));
      return;
    }
    String format = schema.path("format").asText("");
    if (integer && format.equals("int32")
        && (value.decimalValue().compareTo(java.math.BigDecimal.valueOf(Integer.MIN_VALUE)) < 0
            || value.decimalValue().compareTo(java.math.BigDecimal.valueOf(Integer.MAX_VALUE)) > 0)) {
      errors.add(at(path) + value + " does not fit int32");
    }
    if (schema.has("minimum")) {
      int compared = value.decimalValue().compareTo(schema.get("minimum").decimalValue());
      boolean exclusive = schema.path("exclusiveMinimum").asBoolean(false);
      if (compared < 0 || (exclusive && compared == 0)) {
        errors.add(at(path) + value + " is below the minimum " + schema.get("minimum") + (exclusive ? " (exclusive)" : ""));
      }
    }
    if (schema.has("maximum")) {
      int compared = value.decimalValue().compareTo(schema.get("maximum").decimalValue());
      boolean exclusive = schema.path("exclusiveMaximum").asBoolean(false);
      if (compared > 0 || (exclusive && compared == 0)) {
        errors.add(at(path) + value + " is above the maximum " + schema.get("maximum") + (exclusive ? " (exclusive)" : ""));
      }
    }
  }

  private static void combinators(JsonNode schema, JsonNode value, String path, List<String> errors) {
    for (JsonNode branch : schema.path("allOf")) {
      errors.addAll(validate(branch, value, path));
    }
    if (schema.has("anyOf") && !schema.path("x-kubernetes-int-or-string").asBoolean(false)) {
      long passing = countPassing(schema.get("anyOf"), value, path);
      if (passing == 0) {
        errors.add(at(path) + describe(value) + " matches none of anyOf");
      }
    }
    if (schema.has("oneOf")) {
      long passing = countPassing(schema.get("oneOf"), value, path);
      if (passing != 1) {
        errors.add(at(path) + describe(value) + " matches " + passing + " of oneOf, not exactly one");
      }
    }
  }

  private static long countPassing(JsonNode branches, JsonNode value, String path) {
    long passing = 0;
    for (JsonNode branch : branches) {
      // Branches of a structural schema may omit `type`; only their own constraints count here.
      List<String> branchErrors = validate(branch, value, path);
      branchErrors.removeIf(e -> e.endsWith("schema has no type (not structural)"));
      if (branchErrors.isEmpty()) {
        passing++;
      }
    }
    return passing;
  }

  private static void bound(int size, JsonNode schema, String min, String max, String unit, String path, List<String> errors) {
    if (schema.has(min) && size < schema.get(min).asInt()) {
      errors.add(at(path) + "has " + size + " " + unit + ", fewer than " + min + " " + schema.get(min).asInt());
    }
    if (schema.has(max) && size > schema.get(max).asInt()) {
      errors.add(at(path) + "has " + size + " " + unit + ", more than " + max + " " + schema.get(max).asInt());
    }
  }

  private static boolean contains(JsonNode allowed, JsonNode value) {
    for (JsonNode candidate : allowed) {
      if (candidate.equals(value) || (candidate.isNumber() && value.isNumber()
          && candidate.decimalValue().compareTo(value.decimalValue()) == 0)) {
        return true;
      }
    }
    return false;
  }

  private static String describe(JsonNode value) {
    String kind = value.isTextual() ? "string" : value.isIntegralNumber() ? "integer"
        : value.isNumber() ? "number" : value.isBoolean() ? "boolean" : value.isArray() ? "array"
        : value.isObject() ? "object" : "null";
    return kind + (value.isContainerNode() ? "" : " " + value);
  }

  private static String join(String path, String field) {
    return path.isEmpty() ? field : path + "." + field;
  }

  private static String at(String path) {
    return (path.isEmpty() ? "<root>" : path) + ": ";
  }
}
