package io.strategickhaos.treasury.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.strategickhaos.treasury.engine.InvariantOutcome;
import io.strategickhaos.treasury.engine.Ledger;
import io.strategickhaos.treasury.engine.RecoveryTimes;
import io.strategickhaos.treasury.engine.SimulationResult;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The canonical JSON of a result: every parameter, the engine version and every result figure,
 * keys sorted at every level, no whitespace, no timestamps and no wall-clock figures. Its SHA-256
 * is the results digest, equal on every machine for the same seed, parameters and engine version.
 */
public final class CanonicalResults {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private CanonicalResults() {}

  /** SHA-256 hex of {@link #json}. */
  public static String digest(SimulationResult result) {
    return Sha256.hexOfUtf8(json(result));
  }

  /** The canonical JSON text. */
  public static String json(SimulationResult result) {
    try {
      return MAPPER.writeValueAsString(sorted(tree(result)));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise an in-memory tree", e);
    }
  }

  static ObjectNode tree(SimulationResult r) {
    ObjectNode root = NODES.objectNode();
    root.put("engineVersion", r.engineVersion());
    ObjectNode parameters = OptionsJson.toTree(r.options());
    // The exact binary value as decimal text: Double.toString changed between JDK releases
    // (JDK-4511638), and the digest must not depend on which JDK rendered it.
    parameters.put("chaosProbability", new BigDecimal(r.options().chaosProbability()).toPlainString());
    root.set("parameters", parameters);
    root.set("results", resultsTree(r));
    return root;
  }

  private static ObjectNode resultsTree(SimulationResult r) {
    ObjectNode results = NODES.objectNode();
    results.put("totalOperations", r.totalOperations());
    results.put("chaosEventsInjected", r.chaosEventsInjected());
    results.put("successfulRecoveries", r.successfulRecoveries());
    results.put("failedRecoveries", r.failedRecoveries());
    results.put("fullySettledOperations", r.fullySettledOperations());
    ObjectNode counts = results.putObject("eventCounts");
    r.eventCounts().forEach(counts::put);
    results.set("ledger", ledgerTree(r.ledger()));
    ObjectNode invariants = results.putObject("invariants");
    for (Map.Entry<String, InvariantOutcome> e : r.invariants().entrySet()) {
      ObjectNode outcome = invariants.putObject(e.getKey());
      outcome.put("held", e.getValue().held());
      outcome.put("firstViolation", e.getValue().firstViolation());
    }
    results.set("recoveryTimes", recoveryTree(r.recoveryTimes()));
    results.put("simulatedMillis", r.simulatedMillis());
    results.put("verdict", r.verdict().name());
    ArrayNode reasons = results.putArray("verdictReasons");
    r.verdictReasons().forEach(reasons::add);
    return results;
  }

  static ObjectNode ledgerTree(Ledger l) {
    ObjectNode ledger = NODES.objectNode();
    ledger.put("grossCents", l.grossCents());
    ledger.put("operationsCents", l.operationsCents());
    ledger.put("charityCents", l.charityCents());
    ledger.put("suspenseCents", l.suspenseCents());
    ledger.put("duplicatesAbsorbed", l.duplicatesAbsorbed());
    return ledger;
  }

  static ObjectNode recoveryTree(RecoveryTimes t) {
    ObjectNode times = NODES.objectNode();
    times.put("count", t.count());
    times.put("minMillis", t.minMillis());
    times.put("p50Millis", t.p50Millis());
    times.put("p95Millis", t.p95Millis());
    times.put("maxMillis", t.maxMillis());
    return times;
  }

  /** A copy with the keys of every object in sorted (UTF-16 code unit) order; arrays keep theirs. */
  static JsonNode sorted(JsonNode node) {
    if (node.isObject()) {
      List<String> names = new ArrayList<>();
      node.fieldNames().forEachRemaining(names::add);
      names.sort(null);
      ObjectNode copy = NODES.objectNode();
      names.forEach(name -> copy.set(name, sorted(node.get(name))));
      return copy;
    }
    if (node.isArray()) {
      ArrayNode copy = NODES.arrayNode();
      for (Iterator<JsonNode> it = node.elements(); it.hasNext(); ) {
        copy.add(sorted(it.next()));
      }
      return copy;
    }
    return node;
  }
}
