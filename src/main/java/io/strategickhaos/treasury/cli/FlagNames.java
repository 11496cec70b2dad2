package io.strategickhaos.treasury.cli;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Which flag a problem reported by {@code SimulationOptions.validate()} (worded with the ChaosRun
 * spec's field names) belongs to, so cross-field problems still name a flag the user can change.
 */
final class FlagNames {
  private static final Map<String, String> BY_FIELD = new LinkedHashMap<>();

  static {
    BY_FIELD.put("iterations", "--iterations");
    BY_FIELD.put("chaosProbability", "--chaos-prob");
    BY_FIELD.put("events", "--events");
    BY_FIELD.put("durations", "--duration");
    BY_FIELD.put("split", "--charity-bps");
    BY_FIELD.put("revenue.minAmount must not exceed", "--min-amount/--max-amount");
    BY_FIELD.put("revenue.minAmount", "--min-amount");
    BY_FIELD.put("revenue.maxAmount", "--max-amount");
    BY_FIELD.put("revenue.currency", "--currency");
    BY_FIELD.put("recovery.maxAttempts", "--max-attempts");
    BY_FIELD.put("recovery.settlementDeadlineSeconds", "--settlement-deadline");
    BY_FIELD.put("recovery.initialBackoffMillis", "--initial-backoff-ms");
    BY_FIELD.put("recovery.maxBackoffMillis", "--max-backoff-ms");
    BY_FIELD.put("maxFailedRecoveries", "--max-failed-recoveries");
  }

  private FlagNames() {}

  /** {@code "invalid value for --max-backoff-ms: "}, or a neutral prefix for an unknown field. */
  static String forProblem(String problem) {
    for (Map.Entry<String, String> e : BY_FIELD.entrySet()) {
      if (problem.startsWith(e.getKey())) {
        return "invalid value for " + e.getValue() + ": ";
      }
    }
    return "invalid options: ";
  }
}
