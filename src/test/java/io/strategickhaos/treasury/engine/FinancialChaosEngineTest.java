package io.strategickhaos.treasury.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.strategickhaos.treasury.engine.TestAdapters.CentDroppingSplitter;
import io.strategickhaos.treasury.engine.TestAdapters.DoublePayingBank;
import io.strategickhaos.treasury.engine.TestAdapters.FixedInquiryBank;
import io.strategickhaos.treasury.engine.TestAdapters.ProductionBank;
import io.strategickhaos.treasury.engine.TestAdapters.ProductionBus;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class FinancialChaosEngineTest {
  private static final SimulationOptions PARTITIONS_ONLY = SimulationOptions.builder()
      .seed(11).iterations(200).chaosProbability(1.0).events(List.of(ChaosEvent.NETWORK_PARTITION)).build();

  /** Partitions that outlast every retry, so legs are given up while in doubt. */
  private static final SimulationOptions ENDLESS_PARTITIONS = PARTITIONS_ONLY.toBuilder()
      .durationSecondsById(Map.of("network_partition_simulation", 3_600L)).build();

  private static SimulationResult run(FinancialChaosEngine engine) {
    return engine.run(RunObserver.NONE, () -> false);
  }

  @Test
  void refusesABankThatIsNotASandboxNamingIt() {
    assertThatThrownBy(() -> FinancialChaosEngine.builder(SimulationOptions.builder().build())
            .bank(ProductionBank::new).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("first-national-production")
        .hasMessageContaining("sandbox");
  }

  @Test
  void refusesAMessageBusThatIsNotASandboxNamingIt() {
    assertThatThrownBy(() -> FinancialChaosEngine.builder(SimulationOptions.builder().build())
            .messageBus(ProductionBus::new).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("nats-production-cluster");
  }

  @Test
  void aBankThatDoublePaysARetriedKeyViolatesExactlyOnceNamingTheKey() {
    SimulationResult result = run(FinancialChaosEngine.builder(PARTITIONS_ONLY).bank(DoublePayingBank::new).build());

    InvariantOutcome exactlyOnce = result.invariants().get("exactlyOnce");
    assertThat(exactlyOnce.held()).isFalse();
    assertThat(exactlyOnce.firstViolation()).matches("test_source_\\d+/(charitable|operations)_distribution settled twice");
    assertThat(result.invariants().get("conservation").held()).isFalse();
    assertThat(result.verdict()).isEqualTo(Verdict.FAIL);
    assertThat(result.verdictReasons()).anyMatch(r -> r.startsWith("invariant exactlyOnce violated"));
  }

  @Test
  void theSandboxBankAbsorbsTheSameRetriesSoExactlyOnceHolds() {
    SimulationResult result = run(new FinancialChaosEngine(PARTITIONS_ONLY));

    assertThat(result.invariants().get("exactlyOnce").held()).isTrue();
    assertThat(result.ledger().duplicatesAbsorbed()).isBetween(50L, 150L); // a fair coin over 200 partitions
    assertThat(result.verdict()).isEqualTo(Verdict.PASS);
  }

  @Test
  void aSplitThatDropsACentViolatesExactSplitAndConservationAtTheFirstEvent() {
    SimulationResult result = run(FinancialChaosEngine.builder(SimulationOptions.builder().seed(3).build())
        .splitter(new CentDroppingSplitter()).build());

    assertThat(result.invariants().get("exactSplit").firstViolation())
        .startsWith("test_source_0/operations_distribution submitted ");
    assertThat(result.invariants().get("conservation").firstViolation()).startsWith("test_source_0: gross ");
    assertThat(result.invariants().get("exactlyOnce").held()).isTrue();
    assertThat(result.ledger().operationsCents() + result.ledger().charityCents())
        .isEqualTo(result.ledger().grossCents() - 50);
    assertThat(result.verdict()).isEqualTo(Verdict.FAIL);
  }

  @Test
  void aLegTheBankCannotAccountForAfterTheDrainViolatesLiveness() {
    SimulationResult result = run(FinancialChaosEngine.builder(ENDLESS_PARTITIONS).bank(FixedInquiryBank::silentOnInquiry).build());

    assertThat(result.invariants().get("liveness").firstViolation())
        .matches("test_source_\\d+/(charitable|operations)_distribution still in flight after the drain.*");
    assertThat(result.verdict()).isEqualTo(Verdict.FAIL);
  }

  @Test
  void legsGivenUpInDoubtAreReconciledByInquirySoNothingIsPaidAndSuspendedTwice() {
    SimulationResult result = run(new FinancialChaosEngine(ENDLESS_PARTITIONS));

    assertThat(result.invariants().values()).allMatch(InvariantOutcome::held);
    assertThat(result.failedRecoveries()).isEqualTo(200);
    Ledger ledger = result.ledger();
    assertThat(ledger.suspenseCents()).isPositive(); // the coin said "not executed": suspense
    assertThat(ledger.operationsCents() + ledger.charityCents()).isPositive(); // "executed": settled late
    assertThat(ledger.operationsCents() + ledger.charityCents() + ledger.suspenseCents()).isEqualTo(ledger.grossCents());
    assertThat(result.fullySettledOperations()).isBetween(50L, 150L);
    assertThat(result.verdictReasons()).containsExactly("failed recoveries 200 exceed maxFailedRecoveries 0");
  }

  @Test
  void aBankThatDeniesWhatItPaidMakesConservationFailNotTheEngineCrash() {
    SimulationResult result = run(FinancialChaosEngine.builder(ENDLESS_PARTITIONS).bank(FixedInquiryBank::denying).build());

    assertThat(result.invariants().get("conservation").firstViolation()).matches("test_source_\\d+: gross .*");
    assertThat(result.verdict()).isEqualTo(Verdict.FAIL);
  }

  @Test
  void theSameSeedAndOptionsGiveIdenticalResults() {
    SimulationOptions options = SimulationOptions.builder().seed(99).iterations(20_000).chaosProbability(0.3).build();
    assertThat(run(new FinancialChaosEngine(options))).isEqualTo(run(new FinancialChaosEngine(options)));
  }

  @Test
  void differentSeedsGiveDifferentResults() {
    SimulationOptions options = SimulationOptions.builder().iterations(20_000).chaosProbability(0.3).build();
    SimulationResult first = run(new FinancialChaosEngine(options.toBuilder().seed(1).build()));
    SimulationResult second = run(new FinancialChaosEngine(options.toBuilder().seed(2).build()));
    assertThat(first.ledger()).isNotEqualTo(second.ledger());
    assertThat(first.eventCounts()).isNotEqualTo(second.eventCounts());
  }

  @Test
  void anotherFaultTypesExtraDrawsDoNotShiftTheAmountsOrTheChaosDecisions() {
    SimulationOptions base = SimulationOptions.builder().seed(5).iterations(5_000).chaosProbability(0.5).build();
    // ACH failures draw a return count, partitions a coin, freezes nothing: each from its own stream
    SimulationResult ach = run(new FinancialChaosEngine(base.toBuilder().events(List.of(ChaosEvent.ACH_FAILURE)).build()));
    SimulationResult partition = run(new FinancialChaosEngine(
        base.toBuilder().events(List.of(ChaosEvent.NETWORK_PARTITION)).build()));
    SimulationResult freeze = run(new FinancialChaosEngine(base.toBuilder().events(List.of(ChaosEvent.BANK_FREEZE)).build()));

    assertThat(ach.ledger().grossCents()).isEqualTo(partition.ledger().grossCents()).isEqualTo(freeze.ledger().grossCents());
    assertThat(ach.ledger().charityCents()).isEqualTo(partition.ledger().charityCents());
    assertThat(ach.chaosEventsInjected()).isEqualTo(partition.chaosEventsInjected()).isEqualTo(freeze.chaosEventsInjected());
    assertThat(ach.recoveryTimes()).isNotEqualTo(freeze.recoveryTimes());
  }

  @Test
  void realTimeModeWaitsTheSimulatedTimeAndGivesTheSameResults() {
    SimulationOptions simulated = SimulationOptions.builder().seed(4).iterations(30).chaosProbability(0.5).build();
    AtomicLong sleptMillis = new AtomicLong();
    FinancialChaosEngine realTime = FinancialChaosEngine.builder(simulated.toBuilder().timeMode(TimeMode.REAL_TIME).build())
        .sleeper(sleptMillis::addAndGet).build();

    SimulationResult waited = run(realTime);
    SimulationResult instant = run(new FinancialChaosEngine(simulated));

    assertThat(waited.simulatedMillis()).isPositive();
    assertThat(sleptMillis.get()).isEqualTo(waited.simulatedMillis());
    assertThat(waited.ledger()).isEqualTo(instant.ledger());
    assertThat(waited.recoveryTimes()).isEqualTo(instant.recoveryTimes());
  }
}
