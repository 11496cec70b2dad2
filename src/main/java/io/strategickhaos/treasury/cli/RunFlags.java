package io.strategickhaos.treasury.cli;

import io.strategickhaos.treasury.engine.ChaosEvent;
import io.strategickhaos.treasury.engine.SimulationOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongSupplier;
import picocli.CommandLine.Option;

/**
 * The flags of {@code run}, as given (text, null when absent), and their conversion into options.
 * Text fields rather than typed ones so that every bad value gets the same one-line message with
 * the accepted range, whatever picocli would have said.
 */
final class RunFlags {
  static final String PROBABILITY_VARIABLE = "CHAOS_PROBABILITY";
  static final long MAX_AMOUNT_CENTS = 1_000_000_000_00L;

  @Option(names = "--iterations", paramLabel = "N", description = "Revenue events to process, 1..10000000 (default 50).")
  String iterations;

  @Option(names = "--chaos-prob", paramLabel = "P",
      description = "Chance an operation gets a chaos event, 0..1 (default $CHAOS_PROBABILITY, else 0.10).")
  String chaosProbability;

  @Option(names = "--seed", paramLabel = "S", description = "Root seed, int64 (default: random, logged and in the report).")
  String seed;

  @Option(names = "--events", paramLabel = "ID[,ID...]", description = "Enabled chaos types (default all five).")
  String events;

  @Option(names = "--duration", paramLabel = "ID=SECONDS", description = "Fault duration of one type, 0..86400; repeatable.")
  List<String> durations = new ArrayList<>();

  @Option(names = "--charity-bps", paramLabel = "BPS", description = "Charity share in basis points, 0..10000 (default 700).")
  String charityBps;

  @Option(names = "--min-amount", paramLabel = "AMOUNT", description = "Smallest gross amount, e.g. 10.00 (default).")
  String minAmount;

  @Option(names = "--max-amount", paramLabel = "AMOUNT", description = "Largest gross amount, e.g. 1000.00 (default).")
  String maxAmount;

  @Option(names = "--currency", paramLabel = "CODE", description = "ISO 4217 code for the report (default USD).")
  String currency;

  @Option(names = "--max-attempts", paramLabel = "N", description = "Attempts per leg before suspense, 1..1000 (default 10).")
  String maxAttempts;

  @Option(names = "--settlement-deadline", paramLabel = "SECONDS", description = "Deadline after arrival, 1..31536000 (default 300).")
  String settlementDeadline;

  @Option(names = "--initial-backoff-ms", paramLabel = "MS", description = "First retry delay, 1..3600000 (default 1000).")
  String initialBackoff;

  @Option(names = "--max-backoff-ms", paramLabel = "MS", description = "Retry delay cap, initial..3600000 (default 30000).")
  String maxBackoff;

  @Option(names = "--max-failed-recoveries", paramLabel = "N", description = "Failed recoveries still PASS, 0..10000000 (default 0).")
  String maxFailedRecoveries;

  @Option(names = "--time-mode", paramLabel = "MODE", description = "simulated (default) or realtime (really waits).")
  String timeMode;

  @Option(names = "--output-dir", paramLabel = "DIR", description = "Existing directory for the report files (default .).")
  String outputDir = ".";

  /** Whether the seed came from the flag; otherwise the run logs that it was chosen at random. */
  boolean seedGiven() {
    return seed != null;
  }

  /** The options these flags and the environment describe; a drawn seed when none was given. */
  SimulationOptions toOptions(Map<String, String> env, LongSupplier seedSource) {
    SimulationOptions.Builder b = SimulationOptions.builder();
    if (iterations != null) {
      b.iterations(FlagValues.longIn("--iterations", iterations, 1, SimulationOptions.MAX_ITERATIONS));
    }
    probability(env).ifPresent(b::chaosProbability);
    b.seed(seed != null ? FlagValues.anyLong("--seed", seed) : seedSource.getAsLong());
    List<ChaosEvent> enabled = List.of(ChaosEvent.values());
    if (events != null) {
      enabled = new ArrayList<>();
      for (String id : events.split(",", -1)) {
        enabled.add(FlagValues.eventId("--events", id));
      }
      b.events(enabled);
    }
    b.durationSecondsById(durations(enabled));
    if (charityBps != null) {
      int charity = (int) FlagValues.longIn("--charity-bps", charityBps, 0, SimulationOptions.BASIS_POINTS_TOTAL);
      b.split(SimulationOptions.BASIS_POINTS_TOTAL - charity, charity);
    }
    SimulationOptions defaults = b.build();
    b.amountRangeCents(
        minAmount == null ? defaults.minAmountCents() : FlagValues.amountCents("--min-amount", minAmount, MAX_AMOUNT_CENTS),
        maxAmount == null ? defaults.maxAmountCents() : FlagValues.amountCents("--max-amount", maxAmount, MAX_AMOUNT_CENTS));
    if (currency != null) {
      b.currency(FlagValues.currency("--currency", currency));
    }
    recovery(b, defaults);
    if (timeMode != null) {
      b.timeMode(FlagValues.timeMode("--time-mode", timeMode));
    }
    SimulationOptions options = b.build();
    options.validate().ifPresent(problem -> {
      throw new UsageError(FlagNames.forProblem(problem) + problem);
    });
    return options;
  }

  private Optional<Double> probability(Map<String, String> env) {
    if (chaosProbability != null) {
      return Optional.of(FlagValues.probability("--chaos-prob", chaosProbability));
    }
    String fromEnv = env.get(PROBABILITY_VARIABLE);
    if (fromEnv == null || fromEnv.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(FlagValues.probability(PROBABILITY_VARIABLE, fromEnv));
    } catch (UsageError e) {
      throw new UsageError("invalid value for environment variable " + PROBABILITY_VARIABLE
          + ": must be a number between 0 and 1, got '" + fromEnv + "' (or pass --chaos-prob)");
    }
  }

  private Map<String, Long> durations(List<ChaosEvent> enabled) {
    Map<String, Long> byId = new LinkedHashMap<>();
    for (String entry : durations) {
      int eq = entry.indexOf('=');
      if (eq < 0) {
        throw UsageError.flag("--duration", "must be ID=SECONDS, e.g. bank_freeze_simulation=30, got '" + entry + "'");
      }
      ChaosEvent kind = FlagValues.eventId("--duration", entry.substring(0, eq));
      if (!enabled.contains(kind)) {
        throw UsageError.flag("--duration", kind.id() + " is not among the enabled --events");
      }
      byId.put(kind.id(), FlagValues.longIn("--duration", entry.substring(eq + 1), 0, 86_400));
    }
    return byId;
  }

  private void recovery(SimulationOptions.Builder b, SimulationOptions d) {
    if (maxAttempts != null) {
      b.maxAttempts((int) FlagValues.longIn("--max-attempts", maxAttempts, 1, 1000));
    }
    if (settlementDeadline != null) {
      b.settlementDeadlineSeconds(FlagValues.longIn("--settlement-deadline", settlementDeadline, 1, 31_536_000));
    }
    b.backoffMillis(
        initialBackoff == null ? d.initialBackoffMillis() : FlagValues.longIn("--initial-backoff-ms", initialBackoff, 1, 3_600_000),
        maxBackoff == null ? d.maxBackoffMillis() : FlagValues.longIn("--max-backoff-ms", maxBackoff, 1, 3_600_000));
    if (maxFailedRecoveries != null) {
      b.maxFailedRecoveries(FlagValues.longIn("--max-failed-recoveries", maxFailedRecoveries, 0,
          SimulationOptions.MAX_ITERATIONS));
    }
  }

  /** The output directory, which must already exist and be writable. */
  Path outputDirectory() {
    Path dir = Path.of(outputDir);
    if (!Files.exists(dir)) {
      throw UsageError.flag("--output-dir", "'" + outputDir + "' does not exist; pass an existing, writable directory");
    }
    if (!Files.isDirectory(dir)) {
      throw UsageError.flag("--output-dir", "'" + outputDir + "' is not a directory; pass an existing, writable directory");
    }
    if (!Files.isWritable(dir)) {
      throw UsageError.flag("--output-dir", "'" + outputDir + "' is not writable; pass an existing, writable directory");
    }
    return dir;
  }
}
