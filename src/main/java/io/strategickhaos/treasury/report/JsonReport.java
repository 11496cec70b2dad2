package io.strategickhaos.treasury.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.strategickhaos.treasury.engine.ChaosEvent;
import io.strategickhaos.treasury.engine.ChaosKind;
import io.strategickhaos.treasury.engine.InvariantOutcome;
import io.strategickhaos.treasury.engine.SimulationResult;
import java.util.Map;

/**
 * The report's JSON twin: the headline figures first under the names DESIGN 3.2 fixes, then the
 * full parameters (what {@code verify --replay} runs again), in a fixed key order, indented with
 * two spaces and {@code \n} line ends whatever the platform.
 */
final class JsonReport {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final ObjectWriter WRITER = new ObjectMapper().writer(new DefaultPrettyPrinter()
      .withObjectIndenter(new DefaultIndenter("  ", "\n"))
      .withArrayIndenter(new DefaultIndenter("  ", "\n"))
      .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER)));

  private JsonReport() {}

  static String render(SimulationResult r, ReportContext context, String digest) {
    ObjectNode root = tree(r, context, digest);
    try {
      return WRITER.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise an in-memory tree", e);
    }
  }

  static ObjectNode tree(SimulationResult r, ReportContext context, String digest) {
    ObjectNode root = NODES.objectNode();
    root.put("generatedAt", ReportGenerator.generatedAtText(context.generatedAt()));
    root.put("engineVersion", r.engineVersion());
    root.put("verdict", r.verdict().name());
    r.verdictReasons().forEach(root.putArray("verdictReasons")::add);
    root.put("totalOperations", r.totalOperations());
    root.put("chaosEventsInjected", r.chaosEventsInjected());
    root.put("successfulRecoveries", r.successfulRecoveries());
    root.put("failedRecoveries", r.failedRecoveries());
    root.put("fullySettledOperations", r.fullySettledOperations());
    root.put("uptimePercent", r.uptimePercent());
    root.set("eventCounts", eventCounts(r));
    root.put("seed", r.options().seed());
    root.put("iterations", r.options().iterations());
    root.put("chaosProbability", r.options().chaosProbability());
    root.set("parameters", OptionsJson.toTree(r.options()));
    ObjectNode ledger = CanonicalResults.ledgerTree(r.ledger());
    ledger.put("currency", r.options().currency());
    ledger.put("effectiveCharityPercent", CentsText.percent(r.ledger().charityCents(), r.ledger().grossCents(), 4));
    root.set("ledger", ledger);
    ObjectNode invariants = root.putObject("invariants");
    ObjectNode violations = root.putObject("invariantViolations");
    for (Map.Entry<String, InvariantOutcome> e : ReportGenerator.orderedInvariants(r).entrySet()) {
      invariants.put(e.getKey(), e.getValue().held() ? "HELD" : "VIOLATED");
      if (!e.getValue().held()) {
        violations.put(e.getKey(), e.getValue().firstViolation());
      }
    }
    root.set("recoveryTimes", CanonicalResults.recoveryTree(r.recoveryTimes()));
    root.put("simulatedMillis", r.simulatedMillis());
    root.put("reproduce", ReproduceLine.commandLine(r.options()));
    context.previousReportSha256().ifPresent(previous -> root.put("previousReportSha256", previous));
    root.put("resultsDigest", digest);
    return root;
  }

  /** All five seed ids always (zero when disabled), then any other enabled kind. */
  private static ObjectNode eventCounts(SimulationResult r) {
    ObjectNode counts = NODES.objectNode();
    for (ChaosEvent seedType : ChaosEvent.values()) {
      counts.put(seedType.id(), r.eventCounts().getOrDefault(seedType.id(), 0L));
    }
    for (ChaosKind kind : r.options().events()) {
      if (!counts.has(kind.id())) {
        counts.put(kind.id(), r.eventCounts().getOrDefault(kind.id(), 0L));
      }
    }
    return counts;
  }
}
