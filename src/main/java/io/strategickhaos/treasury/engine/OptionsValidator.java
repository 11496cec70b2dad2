package io.strategickhaos.treasury.engine;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/** Range and cross-field checks of {@link SimulationOptions}; returns data, never throws. */
final class OptionsValidator {
  static final long MAX_DURATION_SECONDS = 86_400;
  static final long MAX_AMOUNT_CENTS = 1_000_000_000_00L; // 1 billion units: sums of 10M stay in a long

  private OptionsValidator() {}

  static Optional<String> firstProblem(SimulationOptions o) {
    return Stream.of(
            range("iterations", o.iterations(), 1, SimulationOptions.MAX_ITERATIONS),
            probability(o.chaosProbability()),
            events(o),
            durations(o),
            split(o),
            amounts(o),
            currency(o.currency()),
            range("recovery.maxAttempts", o.maxAttempts(), 1, 1000),
            range("recovery.settlementDeadlineSeconds", o.settlementDeadlineSeconds(), 1, 31_536_000),
            range("recovery.initialBackoffMillis", o.initialBackoffMillis(), 1, 3_600_000),
            range("recovery.maxBackoffMillis", o.maxBackoffMillis(), o.initialBackoffMillis(), 3_600_000),
            range("maxFailedRecoveries", o.maxFailedRecoveries(), 0, SimulationOptions.MAX_ITERATIONS))
        .flatMap(Optional::stream)
        .findFirst();
  }

  private static Optional<String> range(String field, long value, long min, long max) {
    if (value < min || value > max) {
      return Optional.of(field + " must be between " + min + " and " + max + ", got " + value);
    }
    return Optional.empty();
  }

  private static Optional<String> probability(double p) {
    if (Double.isNaN(p) || p < 0.0 || p > 1.0) {
      return Optional.of("chaosProbability must be between 0 and 1, got " + p);
    }
    return Optional.empty();
  }

  private static Optional<String> events(SimulationOptions o) {
    if (o.events().isEmpty()) {
      return Optional.of("events must name at least one chaos event type");
    }
    Set<String> seen = new HashSet<>();
    for (ChaosKind kind : o.events()) {
      if (!seen.add(kind.id())) {
        return Optional.of("events lists " + kind.id() + " twice");
      }
    }
    return Optional.empty();
  }

  private static Optional<String> durations(SimulationOptions o) {
    Set<String> known = new HashSet<>();
    o.events().forEach(k -> known.add(k.id()));
    for (var entry : o.durationSecondsById().entrySet()) {
      if (!known.contains(entry.getKey())) {
        return Optional.of(
            "durations." + entry.getKey() + " names an event type that is not enabled; enabled: " + known);
      }
      Optional<String> r = range("durations." + entry.getKey(), entry.getValue(), 0, MAX_DURATION_SECONDS);
      if (r.isPresent()) {
        return r;
      }
    }
    return Optional.empty();
  }

  private static Optional<String> split(SimulationOptions o) {
    Optional<String> ops = range("split.operationsBasisPoints", o.operationsBasisPoints(), 0, 10_000);
    if (ops.isPresent()) {
      return ops;
    }
    Optional<String> charity = range("split.charityBasisPoints", o.charityBasisPoints(), 0, 10_000);
    if (charity.isPresent()) {
      return charity;
    }
    if (o.operationsBasisPoints() + o.charityBasisPoints() != SimulationOptions.BASIS_POINTS_TOTAL) {
      return Optional.of(
          "split.operationsBasisPoints + split.charityBasisPoints must equal 10000, got "
              + (o.operationsBasisPoints() + o.charityBasisPoints()));
    }
    return Optional.empty();
  }

  private static Optional<String> amounts(SimulationOptions o) {
    Optional<String> min = range("revenue.minAmount (cents)", o.minAmountCents(), 1, MAX_AMOUNT_CENTS);
    if (min.isPresent()) {
      return min;
    }
    Optional<String> max = range("revenue.maxAmount (cents)", o.maxAmountCents(), 1, MAX_AMOUNT_CENTS);
    if (max.isPresent()) {
      return max;
    }
    if (o.minAmountCents() > o.maxAmountCents()) {
      return Optional.of(
          "revenue.minAmount must not exceed revenue.maxAmount, got "
              + o.minAmountCents() + " > " + o.maxAmountCents() + " cents");
    }
    return Optional.empty();
  }

  private static Optional<String> currency(String currency) {
    if (!currency.matches("[A-Z]{3}")) {
      return Optional.of("revenue.currency must be a three-letter ISO 4217 code like USD, got '" + currency + "'");
    }
    return Optional.empty();
  }
}
