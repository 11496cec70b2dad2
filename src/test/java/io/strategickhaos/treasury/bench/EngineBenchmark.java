package io.strategickhaos.treasury.bench;

import io.strategickhaos.treasury.engine.ChaosEngine;
import io.strategickhaos.treasury.engine.RunObserver;
import io.strategickhaos.treasury.engine.SimulationOptions;
import io.strategickhaos.treasury.engine.SimulationResult;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Engine throughput in simulated time: one invocation is a whole run of 1 000 000 iterations, so
 * the score (with {@code @OperationsPerInvocation}) reads directly as operations per second on one
 * thread. Run with {@code bench/run-jmh.sh}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx256m"})
public class EngineBenchmark {
  static final int ITERATIONS = 1_000_000;

  @Param({"0.10", "1.0"})
  public double chaosProbability;

  private SimulationOptions options;
  private long seed;

  @Setup
  public void setUp() {
    options = SimulationOptions.builder().iterations(ITERATIONS).chaosProbability(chaosProbability).build();
  }

  /** A different seed per invocation, so the JIT cannot specialise on one run's draws. */
  @Benchmark
  @OperationsPerInvocation(ITERATIONS)
  public SimulationResult millionOperations() {
    return ChaosEngine.run(options.toBuilder().seed(seed++).build(), RunObserver.NONE, () -> false);
  }
}
