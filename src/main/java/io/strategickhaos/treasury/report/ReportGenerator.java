package io.strategickhaos.treasury.report;

import io.strategickhaos.treasury.engine.SimulationResult;

/** Renders the anti-fragility report (Markdown, JSON, hashes) from engine results. */
public final class ReportGenerator {
  private ReportGenerator() {}

  public static RenderedReport render(SimulationResult result, ReportContext context) {
    throw new UnsupportedOperationException("report not implemented yet");
  }

  /** SHA-256 (hex) of the canonical JSON of the results: sorted keys, no timestamps. */
  public static String resultsDigest(SimulationResult result) {
    throw new UnsupportedOperationException("report not implemented yet");
  }
}
