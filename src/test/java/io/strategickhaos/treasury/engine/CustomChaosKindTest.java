package io.strategickhaos.treasury.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Adding a chaos type is one enum constant plus one fault model class, and nothing else. */
class CustomChaosKindTest {
  /** A sixth type, as the seed's README suggests adding one. */
  enum ExtraChaos implements ChaosKind {
    PAYMENT_PROCESSOR_TIMEOUT;

    @Override
    public String id() {
      return "payment_processor_timeout";
    }

    @Override
    public String label() {
      return "Payment processor timeout";
    }

    @Override
    public long defaultDurationSeconds() {
      return 15;
    }

    @Override
    public FaultModel newFaultModel() {
      return new PaymentProcessorTimeoutFault();
    }
  }

  /** The processor accepts the request, then times out until the duration is over. */
  static final class PaymentProcessorTimeoutFault implements FaultModel {
    @Override
    public void arm(LegFaults faults, long startMillis, long durationMillis, SplittableRandom random) {
      faults.cutLinkUntil(startMillis + durationMillis, true);
    }
  }

  @Test
  void aSixthTypeRunsThroughTheEngineAndIsCountedAndRecovered() {
    SimulationOptions options = SimulationOptions.builder().seed(6).iterations(1_000).chaosProbability(0.5)
        .events(List.of(ChaosEvent.BANK_FREEZE, ExtraChaos.PAYMENT_PROCESSOR_TIMEOUT)).build();
    SimulationResult result = ChaosEngine.run(options, RunObserver.NONE, () -> false);

    assertThat(result.eventCounts().keySet()).containsExactly("bank_freeze_simulation", "payment_processor_timeout");
    long timeouts = result.eventCounts().get("payment_processor_timeout");
    assertThat(timeouts).isBetween(200L, 300L);
    // every timed-out request executed, so every one came back as an absorbed duplicate
    assertThat(result.ledger().duplicatesAbsorbed()).isEqualTo(timeouts);
    assertThat(result.verdict()).as(result.verdictReasons().toString()).isEqualTo(Verdict.PASS);
  }

  @Test
  void itsDurationCanBeSetLikeAnyOtherType() {
    SimulationOptions options = SimulationOptions.builder().seed(6).iterations(100).chaosProbability(1.0)
        .events(List.of(ExtraChaos.PAYMENT_PROCESSOR_TIMEOUT))
        .durationSecondsById(Map.of("payment_processor_timeout", 40L)).build();
    SimulationResult result = ChaosEngine.run(options, RunObserver.NONE, () -> false);
    assertThat(result.recoveryTimes().maxMillis()).isEqualTo(61_000); // healed at 40 s, attempt at 61 s
  }
}
