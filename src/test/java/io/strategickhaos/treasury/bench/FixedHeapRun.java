package io.strategickhaos.treasury.bench;

import io.strategickhaos.treasury.engine.ChaosEngine;
import io.strategickhaos.treasury.engine.RunObserver;
import io.strategickhaos.treasury.engine.SimulationOptions;
import io.strategickhaos.treasury.engine.SimulationResult;

/**
 * Shows that memory is O(1) in iterations: runs the maximum 10 000 000 iterations and prints the
 * results, meant to be started with a small heap, e.g. {@code -Xmx64m} (see bench/run-fixed-heap.sh).
 * Arguments: [iterations] [chaosProbability] [seed].
 */
public final class FixedHeapRun {
  private FixedHeapRun() {}

  public static void main(String[] args) {
    long iterations = args.length > 0 ? Long.parseLong(args[0]) : SimulationOptions.MAX_ITERATIONS;
    double probability = args.length > 1 ? Double.parseDouble(args[1]) : 0.10;
    long seed = args.length > 2 ? Long.parseLong(args[2]) : 1;
    SimulationOptions options =
        SimulationOptions.builder().iterations(iterations).chaosProbability(probability).seed(seed).build();
    // CPU time as well as wall time: on a shared machine the thread's CPU time is what one core did
    java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
    long startCpuNanos = threads.getCurrentThreadCpuTime();
    long startNanos = System.nanoTime();
    SimulationResult result = ChaosEngine.run(options, RunObserver.NONE, () -> false);
    long elapsedMillis = (System.nanoTime() - startNanos) / 1_000_000;
    long cpuMillis = (threads.getCurrentThreadCpuTime() - startCpuNanos) / 1_000_000;
    Runtime runtime = Runtime.getRuntime();
    System.out.printf("iterations=%d probability=%.2f seed=%d verdict=%s injected=%d failed=%d%n",
        iterations, probability, seed, result.verdict(), result.chaosEventsInjected(), result.failedRecoveries());
    System.out.printf("ledger=%s%n", result.ledger());
    System.out.printf("elapsedMillis=%d opsPerSecond=%.0f cpuMillis=%d opsPerCpuSecond=%.0f maxHeapMiB=%d"
        + " usedHeapMiB=%d%n", elapsedMillis, iterations * 1000.0 / Math.max(1, elapsedMillis), cpuMillis,
        iterations * 1000.0 / Math.max(1, cpuMillis), runtime.maxMemory() >> 20,
        (runtime.totalMemory() - runtime.freeMemory()) >> 20);
    if (result.verdict() != io.strategickhaos.treasury.engine.Verdict.PASS) {
      System.exit(1);
    }
  }
}
