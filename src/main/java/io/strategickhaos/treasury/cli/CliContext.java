package io.strategickhaos.treasury.cli;

import io.strategickhaos.treasury.engine.ChaosEngine;
import io.strategickhaos.treasury.engine.RunObserver;
import io.strategickhaos.treasury.engine.SimulationOptions;
import io.strategickhaos.treasury.engine.SimulationResult;
import java.io.PrintStream;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * What the command line takes from the outside world, so tests can pass their own: the
 * environment, the clock that stamps reports, the source of seeds when none is given, the
 * engine, and the two streams.
 */
public record CliContext(
    Map<String, String> env, Clock clock, LongSupplier seedSource, SimulationRunner runner, PrintStream out,
    PrintStream err) {

  /** Runs a simulation; the real one is {@link ChaosEngine#run}, tests may pass a fake. */
  @FunctionalInterface
  public interface SimulationRunner {
    SimulationResult run(SimulationOptions options, RunObserver observer);
  }

  public static final SimulationRunner ENGINE = (options, observer) -> ChaosEngine.run(options, observer, () -> false);

  /** The process's own environment, clock, streams and a SecureRandom seed source. */
  public static CliContext system() {
    SecureRandom random = new SecureRandom();
    return new CliContext(System.getenv(), Clock.systemUTC(), random::nextLong, ENGINE, System.out, System.err);
  }
}
