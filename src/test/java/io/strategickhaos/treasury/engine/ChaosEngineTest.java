package io.strategickhaos.treasury.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ChaosEngineTest {
  private static SimulationResult run(SimulationOptions options) {
    return ChaosEngine.run(options, RunObserver.NONE, () -> false);
  }

  @Test
  void defaultRunPassesWithEveryInvariantHeldAndTheLedgerBalanced() {
    SimulationResult result = run(SimulationOptions.builder().seed(42).build());

    assertThat(result.totalOperations()).isEqualTo(50);
    assertThat(result.verdict()).as(result.verdictReasons().toString()).isEqualTo(Verdict.PASS);
    assertThat(result.invariants().values()).allMatch(InvariantOutcome::held);
    Ledger ledger = result.ledger();
    assertThat(ledger.operationsCents() + ledger.charityCents() + ledger.suspenseCents())
        .isEqualTo(ledger.grossCents());
    assertThat(result.eventCounts().keySet()).containsExactly(
        "bank_freeze_simulation", "ach_failure_simulation", "nats_outage_simulation",
        "network_partition_simulation", "regulatory_hold_simulation");
    assertThat(result.eventCounts().values().stream().mapToLong(Long::longValue).sum())
        .isEqualTo(result.chaosEventsInjected());
    assertThat(result.successfulRecoveries() + result.failedRecoveries()).isEqualTo(result.chaosEventsInjected());
    assertThat(result.engineVersion()).isEqualTo(ChaosEngine.VERSION);
  }

  @Test
  void millionIterationsAtFullChaosHoldEveryInvariantToTheCent() {
    // about a second of CPU; no wall-clock assertion, the shared build machines make it flaky
    SimulationResult result = run(SimulationOptions.builder()
        .seed(7).iterations(1_000_000).chaosProbability(1.0).build());

    assertThat(result.verdict()).as(result.verdictReasons().toString()).isEqualTo(Verdict.PASS);
    assertThat(result.chaosEventsInjected()).isEqualTo(1_000_000);
    assertThat(result.successfulRecoveries()).isEqualTo(1_000_000);
    assertThat(result.fullySettledOperations()).isEqualTo(1_000_000);
    Ledger ledger = result.ledger();
    assertThat(ledger.suspenseCents()).isZero();
    assertThat(ledger.operationsCents() + ledger.charityCents()).isEqualTo(ledger.grossCents());
    assertThat(ledger.duplicatesAbsorbed()).isPositive();
  }

  @Test
  void invalidOptionsAreRefusedNamingTheField() {
    assertThatThrownBy(() -> run(SimulationOptions.builder().iterations(0).build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("iterations");
    assertThatThrownBy(() -> run(SimulationOptions.builder().split(9000, 700).build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("split.operationsBasisPoints");
  }

  @Test
  void cancellationIsPolledWithinOneProgressInterval() {
    AtomicLong polls = new AtomicLong();
    SimulationOptions options = SimulationOptions.builder().iterations(1_000_000).build();
    assertThatThrownBy(() -> ChaosEngine.run(options, RunObserver.NONE, () -> polls.incrementAndGet() > 3))
        .isInstanceOf(CancellationException.class);
    assertThat(polls.get()).isEqualTo(4);
  }

  @Test
  void progressIsReportedEveryIntervalAndAtTheEnd() {
    List<Long> completed = new java.util.ArrayList<>();
    RunObserver observer = new RunObserver() {
      @Override
      public void progress(long done, long total) {
        assertThat(total).isEqualTo(3000);
        completed.add(done);
      }
    };
    ChaosEngine.run(SimulationOptions.builder().iterations(3000).build(), observer, () -> false);
    assertThat(completed).containsExactly(1024L, 2048L, 3000L);
  }
}
