package io.strategickhaos.treasury.report;

import java.time.Instant;
import java.util.Optional;

/**
 * What a report states beyond the results: when it was generated and, for scheduled runs, the
 * SHA-256 of the previous report in the schedule's hash chain.
 */
public record ReportContext(Instant generatedAt, Optional<String> previousReportSha256) {
  public static ReportContext at(Instant generatedAt) {
    return new ReportContext(generatedAt, Optional.empty());
  }
}
