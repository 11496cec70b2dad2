package io.strategickhaos.treasury.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Each fault model through its recovery path, with the default timings: backoff starts at 1 s and
 * doubles (attempts at 0, 1, 3, 7, 15, 31, 61, 91, ... s with the 30 s cap).
 */
class FaultRecoveryTest {
  private static SimulationOptions only(ChaosEvent event) {
    return SimulationOptions.builder().seed(21).iterations(400).chaosProbability(1.0).events(List.of(event)).build();
  }

  private static SimulationResult run(SimulationOptions options) {
    return ChaosEngine.run(options, RunObserver.NONE, () -> false);
  }

  private static void assertAllRecoveredIn(SimulationResult result, long recoveryMillis) {
    assertThat(result.verdict()).as(result.verdictReasons().toString()).isEqualTo(Verdict.PASS);
    assertThat(result.successfulRecoveries()).isEqualTo(400);
    assertThat(result.recoveryTimes()).isEqualTo(new RecoveryTimes(400, recoveryMillis, recoveryMillis,
        recoveryMillis, recoveryMillis));
  }

  @Test
  void aBankFreezeIsRiddenOutWithExponentialBackoffUntilThawed() {
    SimulationResult result = run(only(ChaosEvent.BANK_FREEZE));
    assertAllRecoveredIn(result, 31_000); // thawed at 30 s, the sixth attempt lands at 31 s
    assertThat(result.simulatedMillis()).isEqualTo(400 * 31_000L); // a freeze blocks the pipeline
  }

  @Test
  void aBankFreezeLongerThanTheRetriesFailsAndBooksSuspenseWithTheDefaultDeadline() {
    List<String> reasons = new ArrayList<>();
    RunObserver observer = new RunObserver() {
      @Override
      public void recoveryFailed(String sourceId, ChaosKind kind, String reason) {
        reasons.add(reason);
      }
    };
    SimulationOptions options = only(ChaosEvent.BANK_FREEZE).toBuilder()
        .durationSecondsById(Map.of("bank_freeze_simulation", 600L)).build();
    SimulationResult result = ChaosEngine.run(options, observer, () -> false);

    assertThat(result.failedRecoveries()).isEqualTo(400);
    assertThat(result.ledger().suspenseCents()).isPositive();
    assertThat(result.invariants().values()).allMatch(InvariantOutcome::held);
    assertThat(result.fullySettledOperations()).isZero();
    assertThat(result.uptimePercent()).isEqualByComparingTo("0.00");
    assertThat(result.verdict()).isEqualTo(Verdict.FAIL);
    assertThat(reasons.get(0)).contains("test_source_0/").contains("maxAttempts").contains("suspense");
  }

  @Test
  void withAttemptsToSpareTheSettlementDeadlineIsWhatBreaks() {
    SimulationOptions options = only(ChaosEvent.BANK_FREEZE).toBuilder().maxAttempts(1000)
        .durationSecondsById(Map.of("bank_freeze_simulation", 600L)).build();
    List<String> reasons = new ArrayList<>();
    ChaosEngine.run(options, new RunObserver() {
      @Override
      public void recoveryFailed(String sourceId, ChaosKind kind, String reason) {
        reasons.add(reason);
      }
    }, () -> false);
    assertThat(reasons).hasSize(400).allMatch(r -> r.contains("deadline"));

    SimulationResult longerDeadline = run(options.toBuilder().settlementDeadlineSeconds(900).build());
    assertAllRecoveredIn(longerDeadline, 601_000);
  }

  @Test
  void anAchReturnIsResubmittedWithTheSameKeyOneToThreeTimes() {
    SimulationResult result = run(only(ChaosEvent.ACH_FAILURE));
    assertThat(result.successfulRecoveries()).isEqualTo(400);
    assertThat(result.recoveryTimes().minMillis()).isEqualTo(1_000); // one return
    assertThat(result.recoveryTimes().maxMillis()).isEqualTo(7_000); // three returns
    assertThat(result.ledger().duplicatesAbsorbed()).isZero(); // a returned transfer moved nothing

    SimulationResult tooFewAttempts = run(only(ChaosEvent.ACH_FAILURE).toBuilder().maxAttempts(2).build());
    assertThat(tooFewAttempts.failedRecoveries()).isBetween(200L, 330L); // two or three returns of 1..3
    assertThat(tooFewAttempts.invariants().values()).allMatch(InvariantOutcome::held);
  }

  @Test
  void aNatsOutageKeepsTheCommandInTheOutboxAndReplaysItWhenTheBusIsBack() {
    assertAllRecoveredIn(run(only(ChaosEvent.NATS_OUTAGE)), 10_000);

    SimulationResult pastDeadline = run(only(ChaosEvent.NATS_OUTAGE).toBuilder().settlementDeadlineSeconds(9).build());
    assertThat(pastDeadline.failedRecoveries()).isEqualTo(400);
    assertThat(pastDeadline.ledger().suspenseCents()).isPositive();
    assertThat(pastDeadline.invariants().values()).allMatch(InvariantOutcome::held);
  }

  @Test
  void theOutboxReplayDoesNotSpendTheLegsBankAttempts() {
    SimulationResult result = run(only(ChaosEvent.NATS_OUTAGE).toBuilder().maxAttempts(1).build());
    assertAllRecoveredIn(result, 10_000);
  }

  @Test
  void aNetworkPartitionIsRetriedWithTheSameKeyAfterHealingAndRepeatsAreAbsorbed() {
    SimulationResult result = run(only(ChaosEvent.NETWORK_PARTITION));
    assertAllRecoveredIn(result, 15_000); // healed at 10 s, the fifth attempt lands at 15 s
    assertThat(result.ledger().duplicatesAbsorbed()).isBetween(150L, 250L); // the executed-before-cut coin
  }

  @Test
  void aRegulatoryHoldDelaysOnlyItsLegAndBlocksNothingElse() {
    SimulationResult result = run(only(ChaosEvent.REGULATORY_HOLD));
    assertAllRecoveredIn(result, 5_000);
    // 400 holds of 5 s, yet the run covers 5 s: neither the other leg nor the next operation waited
    assertThat(result.simulatedMillis()).isEqualTo(5_000);

    SimulationResult holdPastDeadline = run(only(ChaosEvent.REGULATORY_HOLD).toBuilder()
        .durationSecondsById(Map.of("regulatory_hold_simulation", 400L)).build());
    assertThat(holdPastDeadline.failedRecoveries()).isEqualTo(400);
    assertThat(holdPastDeadline.invariants().values()).allMatch(InvariantOutcome::held);
    // the leg not under hold settled anyway
    assertThat(holdPastDeadline.ledger().operationsCents() + holdPastDeadline.ledger().charityCents()).isPositive();
  }

  @Test
  void theObserverHearsEveryEventInOrderWithTheSeedsIdsAndStages() {
    List<String> lines = new ArrayList<>();
    RunObserver observer = new RunObserver() {
      @Override
      public void revenueEvent(long index, String sourceId, long grossCents) {
        lines.add("revenue " + index + " " + sourceId);
      }

      @Override
      public void chaosInjected(String sourceId, ChaosKind kind, String stage, long durationSeconds) {
        lines.add("chaos " + kind.id() + " " + stage + " " + durationSeconds);
      }

      @Override
      public void recoverySucceeded(String sourceId, ChaosKind kind, long recoveryMillis) {
        lines.add("recovered " + sourceId + " " + recoveryMillis);
      }
    };
    ChaosEngine.run(only(ChaosEvent.BANK_FREEZE).toBuilder().iterations(2).build(), observer, () -> false);
    assertThat(lines).hasSize(6);
    assertThat(lines.get(0)).isEqualTo("revenue 0 test_source_0");
    assertThat(lines.get(1)).matches("chaos bank_freeze_simulation (charitable|operations)_distribution 30");
    assertThat(lines.get(2)).isEqualTo("recovered test_source_0 31000");
    assertThat(lines.get(3)).isEqualTo("revenue 1 test_source_1");
  }
}
