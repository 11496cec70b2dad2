package io.strategickhaos.treasury.report;

import io.strategickhaos.treasury.engine.ChaosEvent;
import io.strategickhaos.treasury.engine.ChaosKind;
import io.strategickhaos.treasury.engine.SimulationOptions;
import io.strategickhaos.treasury.engine.TimeMode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The command line that runs the same options again: the seed always, every other parameter only
 * where it differs from the built-in default. The CLI's tests parse this line back and compare the
 * options, so the two cannot drift apart.
 */
public final class ReproduceLine {
  public static final String JAR_COMMAND = "java -jar target/treasury-resilience.jar";

  private ReproduceLine() {}

  /** The full shell line, e.g. {@code java -jar target/treasury-resilience.jar run --seed 42}. */
  public static String commandLine(SimulationOptions options) {
    return JAR_COMMAND + " " + String.join(" ", arguments(options));
  }

  /** The arguments after the jar, starting with the {@code run} subcommand. */
  public static List<String> arguments(SimulationOptions o) {
    SimulationOptions d = SimulationOptions.builder().build();
    List<String> args = new ArrayList<>(List.of("run", "--seed", Long.toString(o.seed())));
    addIf(args, o.iterations() != d.iterations(), "--iterations", Long.toString(o.iterations()));
    addIf(args, Double.compare(o.chaosProbability(), d.chaosProbability()) != 0,
        "--chaos-prob", probabilityText(o.chaosProbability()));
    addIf(args, !ids(o.events()).equals(ids(d.events())), "--events", String.join(",", ids(o.events())));
    for (ChaosKind kind : o.events()) {
      addIf(args, o.durationSeconds(kind) != kind.defaultDurationSeconds(),
          "--duration", kind.id() + "=" + o.durationSeconds(kind));
    }
    addIf(args, o.charityBasisPoints() != d.charityBasisPoints(), "--charity-bps", Integer.toString(o.charityBasisPoints()));
    addIf(args, o.minAmountCents() != d.minAmountCents(), "--min-amount", CentsText.format(o.minAmountCents()));
    addIf(args, o.maxAmountCents() != d.maxAmountCents(), "--max-amount", CentsText.format(o.maxAmountCents()));
    addIf(args, !o.currency().equals(d.currency()), "--currency", o.currency());
    addIf(args, o.maxAttempts() != d.maxAttempts(), "--max-attempts", Integer.toString(o.maxAttempts()));
    addIf(args, o.settlementDeadlineSeconds() != d.settlementDeadlineSeconds(),
        "--settlement-deadline", Long.toString(o.settlementDeadlineSeconds()));
    addIf(args, o.initialBackoffMillis() != d.initialBackoffMillis(),
        "--initial-backoff-ms", Long.toString(o.initialBackoffMillis()));
    addIf(args, o.maxBackoffMillis() != d.maxBackoffMillis(), "--max-backoff-ms", Long.toString(o.maxBackoffMillis()));
    addIf(args, o.maxFailedRecoveries() != d.maxFailedRecoveries(),
        "--max-failed-recoveries", Long.toString(o.maxFailedRecoveries()));
    addIf(args, o.timeMode() != d.timeMode(), "--time-mode", o.timeMode() == TimeMode.REAL_TIME ? "realtime" : "simulated");
    return args;
  }

  /**
   * A probability as the shortest decimal that parses back to the same double ({@code 0.1}, not
   * {@code 0.1000000000000000055...}), without exponent.
   */
  public static String probabilityText(double p) {
    return BigDecimal.valueOf(p).stripTrailingZeros().toPlainString();
  }

  private static List<String> ids(List<ChaosKind> kinds) {
    return kinds.stream().map(ChaosKind::id).collect(Collectors.toList());
  }

  private static void addIf(List<String> args, boolean differs, String flag, String value) {
    if (differs) {
      args.add(flag);
      args.add(value);
    }
  }

  /** Whether every enabled kind is a seed type, i.e. whether the CLI can run this line at all. */
  static boolean runnableByCli(SimulationOptions o) {
    return o.events().stream().allMatch(k -> ChaosEvent.fromId(k.id()).isPresent());
  }
}
