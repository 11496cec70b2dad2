package io.strategickhaos.treasury.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.fabric8.generator.annotation.Max;
import io.fabric8.generator.annotation.Min;
import java.io.IOException;
import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads a spec or status whatever JSON arrives, so that the informer never fails on one object.
 *
 * <p>Why here and not in the SDK's configuration: fabric8's informer deserializes every object of
 * a list or watch with the typed model, and one object it cannot read stops the informer, which the
 * SDK answers by stopping the operator (every ChaosRun then goes unreconciled; in a pod, a crash
 * loop). The API server normally refuses wrong types with the CRD's schema, but a missing or older
 * CRD lets them through. So the model itself must bind anything: a spec that does not fit becomes an
 * empty spec carrying {@code unreadable}, a message naming the field and what it accepts, which the
 * operator's validators report as status and an Event like any other invalid spec. A status that
 * does not fit is read as absent: the operator owns status and writes it again.
 *
 * <p>The spec is bound strictly, with a mapper of its own: unknown fields, strings for numbers and
 * fractions for integers are refused (the schema refuses them too) instead of being dropped or
 * truncated by whatever mapper the client happens to use.
 */
public final class LenientReader {
  static final int QUOTED_VALUE_MAX = 64;

  private static final ObjectMapper STRICT = JsonMapper.builder()
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
      .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
      .build();

  private static final ObjectMapper TOLERANT = JsonMapper.builder()
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .build();

  private LenientReader() {
  }

  /**
   * The spec bound from {@code node}, or an empty spec marked by {@code markUnreadable} with the first
   * problem; {@code root} prefixes field paths ("" for ChaosRun's validator, "spec." for ChaosSchedule's).
   */
  static <T> T readSpec(JsonNode node, Class<T> type, String root, Function<String, T> unreadable) {
    if (!node.isObject()) {
      return unreadable.apply(subject(root, "") + " must be an object, got " + quote(node));
    }
    try {
      return STRICT.treeToValue(node, type);
    } catch (UnrecognizedPropertyException e) {
      String known = e.getKnownPropertyIds() == null ? "" : e.getKnownPropertyIds().stream()
          .map(String::valueOf).sorted().collect(Collectors.joining(", "));
      return unreadable.apply(subject(root, path(e.getPath())) + " is not a known field; known: " + known);
    } catch (MismatchedInputException e) {
      return unreadable.apply(subject(root, path(e.getPath())) + " must be " + jsonType(e.getTargetType())
          + ", got " + quote(at(node, e.getPath())) + accepted(e.getPath()));
    } catch (JsonMappingException e) {
      if (e.getCause() instanceof InputCoercionException) {
        return unreadable.apply(subject(root, path(e.getPath())) + " is out of range, got " + quote(at(node, e.getPath()))
            + accepted(e.getPath()));
      }
      return unreadable.apply(subject(root, path(e.getPath())) + " cannot be read: " + abbreviate(e.getOriginalMessage()));
    } catch (StreamReadException e) {
      // Out-of-range numbers: the stream exception carries the parser, whose context names the field.
      String field = e.getProcessor() == null
          ? "" : e.getProcessor().getParsingContext().pathAsPointer().toString().replaceFirst("^/", "").replace('/', '.');
      return unreadable.apply(subject(root, field) + " is out of range: " + abbreviate(e.getOriginalMessage()));
    } catch (JsonProcessingException | RuntimeException e) {
      return unreadable.apply(subject(root, "") + " cannot be read: " + abbreviate(e.getMessage()));
    }
  }

  /**
   * The status, or null when it does not fit. Fields this version does not know are skipped (a newer
   * operator may have written them before a rollback); the client's mapper would refuse them.
   */
  static <T> T readStatus(JsonParser parser, DeserializationContext context, Class<T> type) throws IOException {
    JsonNode node = context.readTree(parser);
    try {
      return node.isObject() ? TOLERANT.treeToValue(node, type) : null;
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  private static String subject(String root, String path) {
    if (path.isEmpty()) {
      return root.isEmpty() ? "spec" : root.substring(0, root.length() - 1);
    }
    return root + path;
  }

  private static String path(List<JsonMappingException.Reference> references) {
    StringBuilder path = new StringBuilder();
    for (JsonMappingException.Reference reference : references) {
      if (reference.getFieldName() != null) {
        path.append(path.length() == 0 ? "" : ".").append(reference.getFieldName());
      } else if (reference.getIndex() >= 0) {
        path.append('[').append(reference.getIndex()).append(']');
      }
    }
    return path.toString();
  }

  private static JsonNode at(JsonNode node, List<JsonMappingException.Reference> references) {
    JsonNode current = node;
    for (JsonMappingException.Reference reference : references) {
      current = reference.getFieldName() != null ? current.path(reference.getFieldName()) : current.path(reference.getIndex());
    }
    return current;
  }

  /** The field's own description (its range and default), which is also what {@code kubectl explain} prints. */
  private static String accepted(List<JsonMappingException.Reference> references) {
    if (references.isEmpty()) {
      return "";
    }
    JsonMappingException.Reference last = references.get(references.size() - 1);
    Object from = last.getFrom();
    Class<?> owner = from instanceof Class<?> type ? type : from == null ? null : from.getClass();
    if (owner == null || last.getFieldName() == null) {
      return "";
    }
    for (Field field : owner.getDeclaredFields()) {
      JsonProperty property = field.getAnnotation(JsonProperty.class);
      String name = property != null && !property.value().isEmpty() ? property.value() : field.getName();
      JsonPropertyDescription description = field.getAnnotation(JsonPropertyDescription.class);
      if (name.equals(last.getFieldName()) && description != null) {
        Min min = field.getAnnotation(Min.class);
        Max max = field.getAnnotation(Max.class);
        String range = min != null && max != null ? range(min.value()) + ".." + range(max.value()) + "; " : "";
        return "; accepted: " + range + description.value();
      }
    }
    return "";
  }

  private static String range(double bound) {
    return bound == Math.rint(bound) ? Long.toString((long) bound) : Double.toString(bound);
  }

  private static String jsonType(Class<?> type) {
    if (type == null) {
      return "another JSON type";
    }
    if (type == Long.class || type == Integer.class || type == long.class || type == int.class || type == BigInteger.class) {
      return "an integer";
    }
    if (type == Double.class || type == Float.class || type == double.class || type == BigDecimal.class) {
      return "a number";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "true or false";
    }
    if (type == String.class) {
      return "a string";
    }
    if (Collection.class.isAssignableFrom(type) || type.isArray()) {
      return "a list";
    }
    return Map.class.isAssignableFrom(type) ? "a map" : "an object";
  }

  private static String quote(JsonNode value) {
    return value.isMissingNode() ? "nothing" : abbreviate(value.toString());
  }

  private static String abbreviate(String value) {
    if (value == null || value.length() <= QUOTED_VALUE_MAX) {
      return String.valueOf(value);
    }
    return value.substring(0, QUOTED_VALUE_MAX) + "... (" + value.length() + " characters)";
  }

  /** Reads ChaosRun.spec; never throws for well-formed JSON. */
  public static final class ChaosRunSpecDeserializer extends JsonDeserializer<ChaosRunSpec> {
    @Override
    public ChaosRunSpec deserialize(JsonParser parser, DeserializationContext context) throws IOException {
      return readSpec(context.readTree(parser), ChaosRunSpec.class, "", ChaosRunSpec::unreadable);
    }
  }

  /** Reads ChaosSchedule.spec; never throws for well-formed JSON. */
  public static final class ChaosScheduleSpecDeserializer extends JsonDeserializer<ChaosScheduleSpec> {
    @Override
    public ChaosScheduleSpec deserialize(JsonParser parser, DeserializationContext context) throws IOException {
      return readSpec(context.readTree(parser), ChaosScheduleSpec.class, "spec.", ChaosScheduleSpec::unreadable);
    }
  }

  /** Reads ChaosRun.status; a status that does not fit reads as absent. */
  public static final class ChaosRunStatusDeserializer extends JsonDeserializer<ChaosRunStatus> {
    @Override
    public ChaosRunStatus deserialize(JsonParser parser, DeserializationContext context) throws IOException {
      return readStatus(parser, context, ChaosRunStatus.class);
    }
  }

  /** Reads ChaosSchedule.status; a status that does not fit reads as absent. */
  public static final class ChaosScheduleStatusDeserializer extends JsonDeserializer<ChaosScheduleStatus> {
    @Override
    public ChaosScheduleStatus deserialize(JsonParser parser, DeserializationContext context) throws IOException {
      return readStatus(parser, context, ChaosScheduleStatus.class);
    }
  }
}
