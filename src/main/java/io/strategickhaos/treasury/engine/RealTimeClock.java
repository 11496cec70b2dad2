package io.strategickhaos.treasury.engine;

import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

/**
 * Real-time mode (the seed's behaviour, for demos): the simulated timeline is the same as in
 * simulated mode, so results do not change, but every advance also waits the difference. Waits in
 * slices so cancellation is noticed within {@link #SLICE_MILLIS}; an interrupt cancels the run.
 * It never reads the wall clock: it sleeps exactly the simulated difference.
 */
public final class RealTimeClock implements SimulationClock {
  static final long SLICE_MILLIS = 100;

  private final Sleeper sleeper;
  private final BooleanSupplier cancelled;
  private long nowMillis;

  public RealTimeClock(Sleeper sleeper, BooleanSupplier cancelled) {
    this.sleeper = sleeper;
    this.cancelled = cancelled;
  }

  @Override
  public long nowMillis() {
    return nowMillis;
  }

  @Override
  public void advanceTo(long targetMillis) {
    while (nowMillis < targetMillis) {
      if (cancelled.getAsBoolean()) {
        throw new CancellationException("run cancelled while waiting in real time");
      }
      long sliceMillis = Math.min(SLICE_MILLIS, targetMillis - nowMillis);
      try {
        sleeper.sleepMillis(sliceMillis);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new CancellationException("run interrupted while waiting in real time");
      }
      nowMillis += sliceMillis;
    }
  }
}
