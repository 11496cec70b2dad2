package io.strategickhaos.treasury.report;

import io.strategickhaos.treasury.engine.InvariantOutcome;
import io.strategickhaos.treasury.engine.SimulationResult;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Renders the anti-fragility report (Markdown, JSON, hashes) from engine results. */
public final class ReportGenerator {
  /** The seed's {@code Generated} form (Python's isoformat in UTC), e.g. 2025-12-06T22:10:06.431780+00:00. */
  private static final DateTimeFormatter GENERATED_AT =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'+00:00'").withZone(ZoneOffset.UTC);

  private ReportGenerator() {}

  /** The Markdown, its JSON twin, the SHA-256 of the Markdown's UTF-8 bytes and the results digest. */
  public static RenderedReport render(SimulationResult result, ReportContext context) {
    String digest = resultsDigest(result);
    String markdown = MarkdownReport.render(result, context, digest);
    String json = JsonReport.render(result, context, digest);
    return new RenderedReport(markdown, json, Sha256.hexOfUtf8(markdown), digest);
  }

  /** SHA-256 (hex) of the canonical JSON of the results: sorted keys, no timestamps. */
  public static String resultsDigest(SimulationResult result) {
    return CanonicalResults.digest(result);
  }

  /** An instant in the seed's ISO-8601 UTC form, microsecond precision. */
  public static String generatedAtText(Instant instant) {
    return GENERATED_AT.format(instant);
  }

  /**
   * The invariants in report order: the four named by the engine first, then any others sorted by
   * name, so the report does not depend on the iteration order of the engine's map.
   */
  static Map<String, InvariantOutcome> orderedInvariants(SimulationResult r) {
    Map<String, InvariantOutcome> ordered = new LinkedHashMap<>();
    for (String name : SimulationResult.INVARIANT_NAMES) {
      if (r.invariants().containsKey(name)) {
        ordered.put(name, r.invariants().get(name));
      }
    }
    List<String> others = new ArrayList<>(r.invariants().keySet());
    others.removeAll(SimulationResult.INVARIANT_NAMES);
    others.sort(null);
    others.forEach(name -> ordered.put(name, r.invariants().get(name)));
    return ordered;
  }
}
