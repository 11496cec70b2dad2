package io.strategickhaos.treasury.operator;

import static org.assertj.core.api.Assertions.assertThat;

import io.strategickhaos.treasury.api.ChaosDurations;
import io.strategickhaos.treasury.api.ChaosRunSpec;
import io.strategickhaos.treasury.api.RevenueSpec;
import io.strategickhaos.treasury.api.SplitSpec;
import io.strategickhaos.treasury.engine.ChaosEvent;
import io.strategickhaos.treasury.engine.SimulationOptions;
import io.strategickhaos.treasury.engine.TimeMode;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpecValidatorTest {
  private final SpecValidator validator = new SpecValidator();

  @Test
  void anEmptySpecRunsTheSeedDefaults() {
    assertThat(validator.validate(new ChaosRunSpec())).isEmpty();
    assertThat(validator.toOptions(new ChaosRunSpec(), 5L))
        .isEqualTo(SimulationOptions.builder().seed(5L).build());
    assertThat(validator.validate(null)).isEmpty();
  }

  @Test
  void everyFieldReachesTheEngineOptions() {
    ChaosRunSpec spec = new ChaosRunSpec();
    spec.setIterations(1234L);
    spec.setChaosProbability(0.25);
    spec.setEvents(List.of("bank_freeze_simulation", "regulatory_hold_simulation"));
    ChaosDurations durations = new ChaosDurations();
    durations.setBankFreezeSeconds(60L);
    spec.setDurations(durations);
    SplitSpec split = new SplitSpec();
    split.setCharityBasisPoints(1000);
    spec.setSplit(split);
    RevenueSpec revenue = new RevenueSpec();
    revenue.setMinAmount("1.5");
    revenue.setMaxAmount("20");
    revenue.setCurrency("EUR");
    spec.setRevenue(revenue);
    spec.setMaxFailedRecoveries(3L);
    spec.setTimeMode("RealTime");

    SimulationOptions options = validator.toOptions(spec, 9L);

    assertThat(options.iterations()).isEqualTo(1234);
    assertThat(options.chaosProbability()).isEqualTo(0.25);
    assertThat(options.events()).containsExactly(ChaosEvent.BANK_FREEZE, ChaosEvent.REGULATORY_HOLD);
    assertThat(options.durationSeconds(ChaosEvent.BANK_FREEZE)).isEqualTo(60);
    assertThat(options.operationsBasisPoints()).isEqualTo(9000);
    assertThat(options.charityBasisPoints()).isEqualTo(1000);
    assertThat(options.minAmountCents()).isEqualTo(150);
    assertThat(options.maxAmountCents()).isEqualTo(2000);
    assertThat(options.currency()).isEqualTo("EUR");
    assertThat(options.maxFailedRecoveries()).isEqualTo(3);
    assertThat(options.timeMode()).isEqualTo(TimeMode.REAL_TIME);
    assertThat(options.seed()).isEqualTo(9);
  }

  @Test
  void problemsNameTheSpecField() {
    ChaosRunSpec events = new ChaosRunSpec();
    events.setEvents(List.of("bank_freeze_simulation", "meteor_strike"));
    assertThat(validator.validate(events)).hasValueSatisfying(m -> assertThat(m)
        .startsWith("events[1] 'meteor_strike' is not a chaos event type").contains("ach_failure_simulation"));

    ChaosRunSpec split = new ChaosRunSpec();
    SplitSpec shares = new SplitSpec();
    shares.setOperationsBasisPoints(9000);
    shares.setCharityBasisPoints(700);
    split.setSplit(shares);
    assertThat(validator.validate(split)).hasValueSatisfying(m -> assertThat(m)
        .contains("split.operationsBasisPoints + split.charityBasisPoints must equal 10000"));

    ChaosRunSpec amount = new ChaosRunSpec();
    RevenueSpec revenue = new RevenueSpec();
    revenue.setMinAmount("10.005");
    amount.setRevenue(revenue);
    assertThat(validator.validate(amount)).hasValueSatisfying(m -> assertThat(m).startsWith("revenue.minAmount"));

    ChaosRunSpec range = new ChaosRunSpec();
    range.setIterations(10_000_001L);
    assertThat(validator.validate(range)).contains("iterations must be between 1 and 10000000, got 10000001");

    ChaosRunSpec retention = new ChaosRunSpec();
    retention.setReportRetention("Keep");
    assertThat(validator.validate(retention)).contains("reportRetention must be Delete or Retain, got 'Keep'");
  }
}
