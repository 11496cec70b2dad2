package io.strategickhaos.treasury.operator;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.strategickhaos.treasury.engine.SimulationResult;
import io.strategickhaos.treasury.operator.RunSnapshot.State;
import java.time.Duration;
import java.util.Locale;
import java.util.function.ToLongFunction;

/**
 * The operator's own meters, beside the SDK's: runs by phase and verdict, chaos events by type,
 * recoveries by outcome and simulation duration. Prometheus names get the {@code treasury_} prefix.
 */
final class OperatorMetrics {
  private final MeterRegistry registry;
  private final Timer runDuration;

  OperatorMetrics(MeterRegistry registry) {
    this.registry = registry;
    this.runDuration = Timer.builder("treasury.run.duration")
        .description("Wall-clock time of finished simulations")
        .register(registry);
  }

  /** Gauges of queued (Pending) and running simulations, read from the executor. */
  void trackActiveRuns(ToLongFunction<State> countByState) {
    Gauge.builder("treasury.runs.active", () -> countByState.applyAsLong(State.QUEUED))
        .description("Runs in the executor by phase")
        .tag("phase", "Pending")
        .register(registry);
    Gauge.builder("treasury.runs.active", () -> countByState.applyAsLong(State.RUNNING))
        .description("Runs in the executor by phase")
        .tag("phase", "Running")
        .register(registry);
  }

  /** A simulation finished: its events, recoveries and duration. */
  void runSimulated(SimulationResult result, Duration wallTime) {
    runDuration.record(wallTime);
    result.eventCounts().forEach((type, count) -> Counter.builder("treasury.chaos.events")
        .description("Chaos events injected, by type")
        .tag("type", type)
        .register(registry)
        .increment(count));
    recoveries("successful").increment(result.successfulRecoveries());
    recoveries("failed").increment(result.failedRecoveries());
  }

  /** A ChaosRun generation reached a terminal phase; verdict is "none" when it failed. */
  void runFinished(String phase, String verdict) {
    Counter.builder("treasury.runs.finished")
        .description("ChaosRun generations that reached a terminal phase, by phase and verdict")
        .tag("phase", phase)
        .tag("verdict", verdict == null ? "none" : verdict.toLowerCase(Locale.ROOT))
        .register(registry)
        .increment();
  }

  private Counter recoveries(String outcome) {
    return Counter.builder("treasury.recoveries")
        .description("Recoveries of chaos-hit operations, by outcome")
        .tag("outcome", outcome)
        .register(registry);
  }
}
