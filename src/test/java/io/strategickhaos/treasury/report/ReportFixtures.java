package io.strategickhaos.treasury.report;

import io.strategickhaos.treasury.engine.ChaosEngine;
import io.strategickhaos.treasury.engine.ChaosEvent;
import io.strategickhaos.treasury.engine.InvariantOutcome;
import io.strategickhaos.treasury.engine.Ledger;
import io.strategickhaos.treasury.engine.RecoveryTimes;
import io.strategickhaos.treasury.engine.SimulationOptions;
import io.strategickhaos.treasury.engine.SimulationResult;
import io.strategickhaos.treasury.engine.Verdict;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Results built by hand, so the golden reports pin the report format and do not move when the
 * engine's behaviour changes. The figures are consistent with each other (legs sum to the gross
 * unless a planted violation says otherwise).
 */
public final class ReportFixtures {
  public static final Instant GENERATED_AT = Instant.parse("2025-12-06T22:10:06.431780Z");
  public static final String PREVIOUS_SHA256 = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

  private ReportFixtures() {}

  /** The seed's sample run: 10 operations, 5 events (2/1/1/0/1), all recovered. */
  public static SimulationResult passing() {
    SimulationOptions options = SimulationOptions.builder().iterations(10).chaosProbability(0.5).seed(42).build();
    Map<String, Long> counts = counts(2, 1, 1, 0, 1);
    Map<String, InvariantOutcome> invariants = new LinkedHashMap<>();
    SimulationResult.INVARIANT_NAMES.forEach(name -> invariants.put(name, InvariantOutcome.heldOutcome()));
    // 10 events summing to 5123.47; charity = floor(gross * 700 / 10000) per event, summed.
    Ledger ledger = new Ledger(512_347, 476_487, 35_860, 0, 2);
    return new SimulationResult(options, ChaosEngine.VERSION, 10, 5, 5, 0, 10, counts, ledger, invariants,
        new RecoveryTimes(5, 1_000, 10_000, 31_000, 31_000), 95_000, Verdict.PASS, List.of());
  }

  /**
   * A failing run with non-default parameters: one recovery failed into suspense and the
   * exactly-once checker saw a key settle twice.
   */
  public static SimulationResult failing() {
    SimulationOptions options = SimulationOptions.builder()
        .iterations(200).chaosProbability(0.25).seed(-7_001)
        .events(List.of(ChaosEvent.BANK_FREEZE, ChaosEvent.NETWORK_PARTITION, ChaosEvent.REGULATORY_HOLD))
        .durationSecondsById(Map.of("bank_freeze_simulation", 400L))
        .split(9000, 1000).amountRangeCents(1_00, 250_00).maxAttempts(3).settlementDeadlineSeconds(120)
        .build();
    Map<String, Long> counts = new LinkedHashMap<>();
    counts.put("bank_freeze_simulation", 21L);
    counts.put("network_partition_simulation", 17L);
    counts.put("regulatory_hold_simulation", 13L);
    Map<String, InvariantOutcome> invariants = new LinkedHashMap<>();
    invariants.put("conservation", InvariantOutcome.heldOutcome());
    invariants.put("exactSplit", InvariantOutcome.heldOutcome());
    invariants.put("exactlyOnce", InvariantOutcome.violated(
        "test_source_17/operations_distribution settled twice (amounts 112.40 and 112.40)"));
    invariants.put("liveness", InvariantOutcome.heldOutcome());
    Ledger ledger = new Ledger(2_514_201, 2_239_617, 249_181, 25_403, 9);
    return new SimulationResult(options, ChaosEngine.VERSION, 200, 51, 49, 2, 198, counts, ledger, invariants,
        new RecoveryTimes(49, 250, 12_000, 401_500, 402_000), 1_234_567, Verdict.FAIL,
        List.of("invariant exactlyOnce VIOLATED: test_source_17/operations_distribution settled twice",
            "failed recoveries 2 exceed maxFailedRecoveries 0"));
  }

  public static ReportContext plainContext() {
    return ReportContext.at(GENERATED_AT);
  }

  public static ReportContext chainedContext() {
    return new ReportContext(GENERATED_AT, java.util.Optional.of(PREVIOUS_SHA256));
  }

  static Map<String, Long> counts(long bank, long ach, long nats, long partition, long hold) {
    Map<String, Long> counts = new LinkedHashMap<>();
    counts.put("bank_freeze_simulation", bank);
    counts.put("ach_failure_simulation", ach);
    counts.put("nats_outage_simulation", nats);
    counts.put("network_partition_simulation", partition);
    counts.put("regulatory_hold_simulation", hold);
    return counts;
  }
}
