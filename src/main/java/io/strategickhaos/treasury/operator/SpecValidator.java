package io.strategickhaos.treasury.operator;

import io.strategickhaos.treasury.api.ChaosDurations;
import io.strategickhaos.treasury.api.ChaosRunSpec;
import io.strategickhaos.treasury.api.RecoverySpec;
import io.strategickhaos.treasury.api.ReportRetention;
import io.strategickhaos.treasury.api.RevenueSpec;
import io.strategickhaos.treasury.api.SplitSpec;
import io.strategickhaos.treasury.api.TimeModeName;
import io.strategickhaos.treasury.engine.ChaosEvent;
import io.strategickhaos.treasury.engine.ChaosKind;
import io.strategickhaos.treasury.engine.SimulationOptions;
import io.strategickhaos.treasury.engine.TimeMode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Turns a ChaosRun spec into engine options, or names the first problem. The CRD schema refuses
 * most bad specs at {@code kubectl apply}; this catches the rest (an older CRD, a cluster that does
 * not validate, values only the engine can judge) with messages that use the spec's field names.
 */
final class SpecValidator {
  static final String ACCEPTED_EVENTS =
      Arrays.stream(ChaosEvent.values()).map(ChaosEvent::id).collect(Collectors.joining(", "));

  /** Spec → options mapping result: exactly one of the two is set. */
  private record Mapped(SimulationOptions options, String problem) {
    static Mapped problem(String problem) {
      return new Mapped(null, problem);
    }
  }

  /** The first problem with the spec, naming the field and what it accepts; empty when it can run. */
  Optional<String> validate(ChaosRunSpec spec) {
    Mapped mapped = map(spec, 0L);
    if (mapped.problem() != null) {
      return Optional.of(mapped.problem());
    }
    return mapped.options().validate();
  }

  /** The engine options of a valid spec, with the seed the operator settled on. */
  SimulationOptions toOptions(ChaosRunSpec spec, long seed) {
    Mapped mapped = map(spec, seed);
    if (mapped.problem() != null) {
      throw new IllegalArgumentException(mapped.problem());
    }
    return mapped.options();
  }

  /** Whether the report ConfigMap outlives its ChaosRun. */
  static boolean retainsReport(ChaosRunSpec spec) {
    return spec != null && ReportRetention.Retain.name().equals(spec.getReportRetention());
  }

  private static Mapped map(ChaosRunSpec nullableSpec, long seed) {
    ChaosRunSpec spec = nullableSpec == null ? new ChaosRunSpec() : nullableSpec;
    if (spec.getUnreadable() != null) {
      return Mapped.problem(spec.getUnreadable());
    }
    SimulationOptions.Builder builder = SimulationOptions.builder().seed(seed);
    Optional.ofNullable(spec.getIterations()).ifPresent(builder::iterations);
    Optional.ofNullable(spec.getChaosProbability()).ifPresent(builder::chaosProbability);
    Optional.ofNullable(spec.getMaxFailedRecoveries()).ifPresent(builder::maxFailedRecoveries);

    Optional<String> problem = events(spec.getEvents(), builder)
        .or(() -> durations(spec.getDurations(), builder))
        .or(() -> split(spec.getSplit(), builder))
        .or(() -> revenue(spec.getRevenue(), builder))
        .or(() -> recovery(spec.getRecovery(), builder))
        .or(() -> timeMode(spec.getTimeMode(), builder))
        .or(() -> reportRetention(spec.getReportRetention()));
    return problem.map(Mapped::problem).orElseGet(() -> new Mapped(builder.build(), null));
  }

  private static Optional<String> events(List<String> ids, SimulationOptions.Builder builder) {
    if (ids == null) {
      return Optional.empty();
    }
    List<ChaosKind> kinds = new ArrayList<>();
    for (int i = 0; i < ids.size(); i++) {
      Optional<ChaosEvent> kind = ChaosEvent.fromId(ids.get(i));
      if (kind.isEmpty()) {
        return Optional.of(
            "events[" + i + "] '" + KubernetesNames.abbreviate(ids.get(i)) + "' is not a chaos event type; accepted: " + ACCEPTED_EVENTS);
      }
      kinds.add(kind.get());
    }
    builder.events(kinds);
    return Optional.empty();
  }

  private static Optional<String> durations(ChaosDurations durations, SimulationOptions.Builder builder) {
    if (durations == null) {
      return Optional.empty();
    }
    Map<String, Long> byId = new LinkedHashMap<>();
    putIfSet(byId, ChaosEvent.BANK_FREEZE, durations.getBankFreezeSeconds());
    putIfSet(byId, ChaosEvent.NATS_OUTAGE, durations.getNatsOutageSeconds());
    putIfSet(byId, ChaosEvent.NETWORK_PARTITION, durations.getNetworkPartitionSeconds());
    putIfSet(byId, ChaosEvent.REGULATORY_HOLD, durations.getRegulatoryHoldSeconds());
    builder.durationSecondsById(byId);
    return Optional.empty();
  }

  private static void putIfSet(Map<String, Long> byId, ChaosEvent event, Long seconds) {
    if (seconds != null) {
      byId.put(event.id(), seconds);
    }
  }

  private static Optional<String> split(SplitSpec split, SimulationOptions.Builder builder) {
    if (split == null || (split.getOperationsBasisPoints() == null && split.getCharityBasisPoints() == null)) {
      return Optional.empty();
    }
    Integer operations = split.getOperationsBasisPoints();
    Integer charity = split.getCharityBasisPoints();
    // One share given: the other is the rest, so "charityBasisPoints: 1000" alone means 90/10.
    int total = SimulationOptions.BASIS_POINTS_TOTAL;
    builder.split(
        operations != null ? operations : total - charity,
        charity != null ? charity : total - operations);
    return Optional.empty();
  }

  private static Optional<String> revenue(RevenueSpec revenue, SimulationOptions.Builder builder) {
    if (revenue == null) {
      return Optional.empty();
    }
    SimulationOptions defaults = SimulationOptions.builder().build();
    long minCents = defaults.minAmountCents();
    long maxCents = defaults.maxAmountCents();
    if (revenue.getMinAmount() != null) {
      Optional<Long> cents = cents(revenue.getMinAmount());
      if (cents.isEmpty()) {
        return Optional.of(amountProblem("revenue.minAmount", revenue.getMinAmount()));
      }
      minCents = cents.get();
    }
    if (revenue.getMaxAmount() != null) {
      Optional<Long> cents = cents(revenue.getMaxAmount());
      if (cents.isEmpty()) {
        return Optional.of(amountProblem("revenue.maxAmount", revenue.getMaxAmount()));
      }
      maxCents = cents.get();
    }
    builder.amountRangeCents(minCents, maxCents);
    Optional.ofNullable(revenue.getCurrency()).ifPresent(builder::currency);
    return Optional.empty();
  }

  private static String amountProblem(String field, String value) {
    return field + " must be a decimal amount with at most two decimal places, like 10.00, got '" + KubernetesNames.abbreviate(value) + "'";
  }

  /** Minor units of a decimal string, exactly; empty when it is not a plain amount with ≤ 2 places. */
  static Optional<Long> cents(String amount) {
    if (!amount.matches("[0-9]{1,10}(\\.[0-9]{1,2})?")) {
      return Optional.empty();
    }
    return Optional.of(new BigDecimal(amount).movePointRight(2).longValueExact());
  }

  private static Optional<String> recovery(RecoverySpec recovery, SimulationOptions.Builder builder) {
    if (recovery == null) {
      return Optional.empty();
    }
    SimulationOptions current = builder.build();
    Optional.ofNullable(recovery.getMaxAttempts()).ifPresent(builder::maxAttempts);
    Optional.ofNullable(recovery.getSettlementDeadlineSeconds()).ifPresent(builder::settlementDeadlineSeconds);
    builder.backoffMillis(
        Optional.ofNullable(recovery.getInitialBackoffMillis()).orElse(current.initialBackoffMillis()),
        Optional.ofNullable(recovery.getMaxBackoffMillis()).orElse(current.maxBackoffMillis()));
    return Optional.empty();
  }

  private static Optional<String> timeMode(String timeMode, SimulationOptions.Builder builder) {
    if (timeMode == null || timeMode.equals(TimeModeName.Simulated.name())) {
      return Optional.empty();
    }
    if (timeMode.equals(TimeModeName.RealTime.name())) {
      builder.timeMode(TimeMode.REAL_TIME);
      return Optional.empty();
    }
    return Optional.of("timeMode must be Simulated or RealTime, got '" + KubernetesNames.abbreviate(timeMode) + "'");
  }

  private static Optional<String> reportRetention(String retention) {
    if (retention == null
        || Arrays.stream(ReportRetention.values()).anyMatch(r -> r.name().equals(retention))) {
      return Optional.empty();
    }
    return Optional.of("reportRetention must be Delete or Retain, got '" + KubernetesNames.abbreviate(retention) + "'");
  }
}
