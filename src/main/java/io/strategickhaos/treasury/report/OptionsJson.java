package io.strategickhaos.treasury.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.strategickhaos.treasury.engine.ChaosEvent;
import io.strategickhaos.treasury.engine.ChaosKind;
import io.strategickhaos.treasury.engine.SimulationOptions;
import io.strategickhaos.treasury.engine.TimeMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The run parameters as a JSON tree, with the ChaosRun spec's field names, and back. The report's
 * JSON carries them so {@code verify --replay} can run the same options again; durations are
 * written resolved (defaults included), so a changed default shows up in the digest.
 */
public final class OptionsJson {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private OptionsJson() {}

  /** The parameters tree, in a fixed, readable key order. */
  public static ObjectNode toTree(SimulationOptions o) {
    ObjectNode root = NODES.objectNode();
    root.put("iterations", o.iterations());
    root.put("chaosProbability", o.chaosProbability());
    root.put("seed", o.seed());
    ArrayNode events = root.putArray("events");
    o.events().forEach(k -> events.add(k.id()));
    ObjectNode durations = root.putObject("durationsSeconds");
    o.events().forEach(k -> durations.put(k.id(), o.durationSeconds(k)));
    ObjectNode split = root.putObject("split");
    split.put("operationsBasisPoints", o.operationsBasisPoints());
    split.put("charityBasisPoints", o.charityBasisPoints());
    ObjectNode revenue = root.putObject("revenue");
    revenue.put("minAmountCents", o.minAmountCents());
    revenue.put("maxAmountCents", o.maxAmountCents());
    revenue.put("currency", o.currency());
    ObjectNode recovery = root.putObject("recovery");
    recovery.put("maxAttempts", o.maxAttempts());
    recovery.put("settlementDeadlineSeconds", o.settlementDeadlineSeconds());
    recovery.put("initialBackoffMillis", o.initialBackoffMillis());
    recovery.put("maxBackoffMillis", o.maxBackoffMillis());
    root.put("maxFailedRecoveries", o.maxFailedRecoveries());
    root.put("timeMode", timeModeName(o.timeMode()));
    return root;
  }

  /** The spec's spelling of a time mode: {@code Simulated} or {@code RealTime}. */
  public static String timeModeName(TimeMode mode) {
    return mode == TimeMode.REAL_TIME ? "RealTime" : "Simulated";
  }

  /**
   * Reads a parameters tree written by {@link #toTree}. Only the five seed event types can be read
   * back: other kinds exist in tests only.
   *
   * @throws IllegalArgumentException naming the first missing or malformed field
   */
  public static SimulationOptions fromTree(JsonNode p) {
    List<ChaosKind> events = new ArrayList<>();
    for (JsonNode id : required(p, "events")) {
      events.add(ChaosEvent.fromId(id.asText())
          .orElseThrow(() -> new IllegalArgumentException("parameters.events: unknown event id '" + id.asText() + "'")));
    }
    // Only durations that differ from the type's default become overrides, so the options read
    // back equal the options written (which usually carry no overrides at all).
    Map<String, Long> durations = new LinkedHashMap<>();
    JsonNode written = required(p, "durationsSeconds");
    written.fields().forEachRemaining(e -> {
      long seconds = e.getValue().asLong();
      boolean isDefault = ChaosEvent.fromId(e.getKey()).map(k -> k.defaultDurationSeconds() == seconds).orElse(false);
      if (!isDefault) {
        durations.put(e.getKey(), seconds);
      }
    });
    JsonNode split = required(p, "split");
    JsonNode revenue = required(p, "revenue");
    JsonNode recovery = required(p, "recovery");
    String mode = required(p, "timeMode").asText();
    if (!mode.equals("Simulated") && !mode.equals("RealTime")) {
      throw new IllegalArgumentException("parameters.timeMode must be Simulated or RealTime, got '" + mode + "'");
    }
    return SimulationOptions.builder()
        .iterations(required(p, "iterations").asLong())
        .chaosProbability(required(p, "chaosProbability").asDouble())
        .seed(required(p, "seed").asLong())
        .events(events)
        .durationSecondsById(durations)
        .split(required(split, "operationsBasisPoints").asInt(), required(split, "charityBasisPoints").asInt())
        .amountRangeCents(required(revenue, "minAmountCents").asLong(), required(revenue, "maxAmountCents").asLong())
        .currency(required(revenue, "currency").asText())
        .maxAttempts(required(recovery, "maxAttempts").asInt())
        .settlementDeadlineSeconds(required(recovery, "settlementDeadlineSeconds").asLong())
        .backoffMillis(required(recovery, "initialBackoffMillis").asLong(), required(recovery, "maxBackoffMillis").asLong())
        .maxFailedRecoveries(required(p, "maxFailedRecoveries").asLong())
        .timeMode(mode.equals("RealTime") ? TimeMode.REAL_TIME : TimeMode.SIMULATED)
        .build();
  }

  private static JsonNode required(JsonNode parent, String field) {
    JsonNode value = parent.get(field);
    if (value == null || value.isNull()) {
      throw new IllegalArgumentException("parameters." + field + " is missing");
    }
    return value;
  }
}
