package io.strategickhaos.treasury.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RevenueDistributionServiceTest {
  private static final List<RevenueEvent> SEED_EXAMPLE =
      List.of(new RevenueEvent("tx_001", 1000_00), new RevenueEvent("tx_002", 500_00));

  @Test
  void splitsTheSeedsExampleBatch93To7() {
    SimulationResult result = new RevenueDistributionService(SimulationOptions.builder().chaosProbability(0).build())
        .processBatch(SEED_EXAMPLE);

    assertThat(result.totalOperations()).isEqualTo(2);
    assertThat(result.options().iterations()).isEqualTo(2);
    assertThat(result.ledger()).isEqualTo(new Ledger(1500_00, 1395_00, 105_00, 0, 0));
    assertThat(result.verdict()).isEqualTo(Verdict.PASS);
  }

  @Test
  void violationsNameTheGivenSourceIds() {
    FinancialChaosEngine engine = FinancialChaosEngine.builder(SimulationOptions.builder().build())
        .splitter(new TestAdapters.CentDroppingSplitter()).build();
    SimulationResult result = new RevenueDistributionService(engine).processBatch(SEED_EXAMPLE);
    assertThat(result.invariants().get("conservation").firstViolation()).startsWith("tx_001: gross 100000");
  }

  @Test
  void chaosHitsGivenEventsAndTheObserverSeesTheirIds() {
    List<String> recovered = new ArrayList<>();
    RunObserver observer = new RunObserver() {
      @Override
      public void recoverySucceeded(String sourceId, ChaosKind kind, long recoveryMillis) {
        recovered.add(sourceId);
      }
    };
    SimulationResult result = new RevenueDistributionService(SimulationOptions.builder().chaosProbability(1.0).build())
        .processBatch(SEED_EXAMPLE, observer, () -> false);
    assertThat(recovered).containsExactly("tx_001", "tx_002");
    assertThat(result.chaosEventsInjected()).isEqualTo(2);
    assertThat(result.invariants().values()).allMatch(InvariantOutcome::held);
  }

  @Test
  void refusesBatchesWhoseKeysWouldCollideOrWhoseAmountsAreOutOfRange() {
    RevenueDistributionService service = new RevenueDistributionService(SimulationOptions.builder().build());
    assertThatThrownBy(() -> service.processBatch(List.of()))
        .hasMessageContaining("events must hold between 1 and");
    assertThatThrownBy(() -> service.processBatch(List.of(new RevenueEvent("a", 1), new RevenueEvent("a", 2))))
        .hasMessageContaining("events[1].sourceId 'a' repeats");
    assertThatThrownBy(() -> service.processBatch(List.of(new RevenueEvent("a", 0))))
        .hasMessageContaining("events[0].amountCents must be between 1 and");
    assertThatThrownBy(() -> service.processBatch(List.of(new RevenueEvent(" ", 5))))
        .hasMessageContaining("events[0].sourceId must not be blank");
  }
}
