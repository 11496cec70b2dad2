package io.strategickhaos.treasury.engine;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;

/**
 * The seed's {@code RevenueDistributionService}: splits given revenue events 93/7 (or as
 * configured) through the chaos engine and returns the audited results, ready for {@code
 * ReportGenerator}. Chaos decisions come from the engine's seed, as in generated runs.
 */
public final class RevenueDistributionService {
  private final FinancialChaosEngine engine;

  public RevenueDistributionService(FinancialChaosEngine engine) {
    this.engine = engine;
  }

  /** A service over the sandbox adapters with these options. */
  public RevenueDistributionService(SimulationOptions options) {
    this(new FinancialChaosEngine(options));
  }

  public FinancialChaosEngine chaosEngine() {
    return engine;
  }

  public SimulationResult processBatch(List<RevenueEvent> events) {
    return processBatch(events, RunObserver.NONE, () -> false);
  }

  /**
   * Processes the events in order, one operation each.
   *
   * @throws IllegalArgumentException when the batch is empty or too large, a source id is blank or
   *     repeated (its idempotency keys would collide), or an amount is out of range
   */
  public SimulationResult processBatch(List<RevenueEvent> events, RunObserver observer, BooleanSupplier cancelled) {
    List<RevenueEvent> batch = List.copyOf(events);
    validate(batch);
    SimulationOptions runOptions = engine.options().toBuilder().iterations(batch.size()).build();
    RevenueSource revenue = new RevenueSource() {
      @Override
      public long grossCents(long operationIndex) {
        return batch.get((int) operationIndex).amountCents();
      }

      @Override
      public String sourceId(long operationIndex) {
        return batch.get((int) operationIndex).sourceId();
      }
    };
    return engine.run(runOptions, revenue, observer, cancelled);
  }

  private static void validate(List<RevenueEvent> batch) {
    if (batch.isEmpty() || batch.size() > SimulationOptions.MAX_ITERATIONS) {
      throw new IllegalArgumentException(
          "events must hold between 1 and " + SimulationOptions.MAX_ITERATIONS + " revenue events, got " + batch.size());
    }
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < batch.size(); i++) {
      RevenueEvent event = batch.get(i);
      if (event.sourceId().isBlank()) {
        throw new IllegalArgumentException("events[" + i + "].sourceId must not be blank");
      }
      if (!seen.add(event.sourceId())) {
        throw new IllegalArgumentException("events[" + i + "].sourceId '" + event.sourceId()
            + "' repeats an earlier event; idempotency keys <sourceId>/<stage> must be unique");
      }
      if (event.amountCents() < 1 || event.amountCents() > OptionsValidator.MAX_AMOUNT_CENTS) {
        throw new IllegalArgumentException("events[" + i + "].amountCents must be between 1 and "
            + OptionsValidator.MAX_AMOUNT_CENTS + ", got " + event.amountCents());
      }
    }
  }
}
