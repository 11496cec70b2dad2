package io.strategickhaos.treasury.engine;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;

/**
 * The results of one run. Everything here is a function of the options and the engine version:
 * no timestamps and no wall-clock figures, so the canonical form can be hashed.
 *
 * @param options what was run
 * @param engineVersion version of the engine that produced the results
 * @param totalOperations revenue events processed
 * @param chaosEventsInjected operations that got a chaos event
 * @param successfulRecoveries chaos operations whose both legs settled exactly once in time
 * @param failedRecoveries chaos operations with a leg booked to suspense
 * @param fullySettledOperations operations whose both legs settled
 * @param eventCounts injected events by type id, in the order of the enabled types
 * @param ledger where the money went
 * @param invariants outcome by invariant name: conservation, exactSplit, exactlyOnce, liveness
 * @param recoveryTimes simulated recovery time statistics
 * @param simulatedMillis simulated time the run covered
 * @param verdict PASS or FAIL
 * @param verdictReasons why the verdict is FAIL; empty on PASS
 */
public record SimulationResult(
    SimulationOptions options,
    String engineVersion,
    long totalOperations,
    long chaosEventsInjected,
    long successfulRecoveries,
    long failedRecoveries,
    long fullySettledOperations,
    Map<String, Long> eventCounts,
    Ledger ledger,
    Map<String, InvariantOutcome> invariants,
    RecoveryTimes recoveryTimes,
    long simulatedMillis,
    Verdict verdict,
    List<String> verdictReasons) {

  public static final List<String> INVARIANT_NAMES =
      List.of("conservation", "exactSplit", "exactlyOnce", "liveness");

  /** Operations fully settled over total operations, times 100, rounded half-up to two decimals. */
  public BigDecimal uptimePercent() {
    if (totalOperations == 0) {
      return new BigDecimal("100.00");
    }
    return BigDecimal.valueOf(fullySettledOperations)
        .multiply(BigDecimal.valueOf(100))
        .divide(BigDecimal.valueOf(totalOperations), 2, RoundingMode.HALF_UP);
  }
}
