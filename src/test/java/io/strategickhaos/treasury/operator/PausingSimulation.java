package io.strategickhaos.treasury.operator;

import io.strategickhaos.treasury.engine.ChaosEngine;
import io.strategickhaos.treasury.engine.RunObserver;
import io.strategickhaos.treasury.engine.SimulationOptions;
import io.strategickhaos.treasury.engine.SimulationResult;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

/**
 * The real engine, held still at its first cancellation poll until {@link #release()}: a run that is
 * reliably "mid-run" for as long as a test needs. While paused it keeps polling the executor's
 * cancellation, so a deletion or a shutdown ends the pause the way it would end a long run.
 */
final class PausingSimulation implements RunExecutor.Simulation {
  final CountDownLatch released = new CountDownLatch(1);
  final AtomicInteger paused = new AtomicInteger();
  final AtomicInteger cancelled = new AtomicInteger();
  final AtomicInteger completed = new AtomicInteger();

  void release() {
    released.countDown();
  }

  @Override
  public SimulationResult run(SimulationOptions options, RunObserver observer, BooleanSupplier isCancelled) {
    boolean[] pausedOnce = {false};
    BooleanSupplier pausingCheck = () -> {
      if (!pausedOnce[0]) {
        pausedOnce[0] = true;
        paused.incrementAndGet();
        while (!isCancelled.getAsBoolean()) {
          try {
            if (released.await(10, TimeUnit.MILLISECONDS)) {
              break;
            }
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return true;
          }
        }
      }
      return isCancelled.getAsBoolean();
    };
    try {
      SimulationResult result = ChaosEngine.run(options, observer, pausingCheck);
      completed.incrementAndGet();
      return result;
    } catch (CancellationException e) {
      cancelled.incrementAndGet();
      throw e;
    }
  }
}
