package io.strategickhaos.treasury.engine;

import java.util.function.BooleanSupplier;

/**
 * The single entry point the CLI and the operator share: runs a deterministic simulation of the
 * revenue split under chaos and returns its audited results.
 */
public final class ChaosEngine {
  /** Version of the simulation semantics; part of the results, so a change shows in the digest. */
  public static final String VERSION = "1.0.0";

  private ChaosEngine() {}

  /**
   * Runs the simulation.
   *
   * @param options validated options; invalid ones raise {@link IllegalArgumentException} with the
   *     message of {@link SimulationOptions#validate()}
   * @param observer receives log and progress callbacks
   * @param cancelled polled at least every {@link RunObserver#PROGRESS_INTERVAL} iterations; when it
   *     answers true the run stops with {@link java.util.concurrent.CancellationException}
   */
  public static SimulationResult run(SimulationOptions options, RunObserver observer, BooleanSupplier cancelled) {
    return new FinancialChaosEngine(options).run(observer, cancelled);
  }
}
