package io.strategickhaos.treasury.engine;

/** Simulated time: advancing costs no wall time, so a 30 s bank freeze is instantaneous. */
public final class VirtualClock implements SimulationClock {
  private long nowMillis;

  @Override
  public long nowMillis() {
    return nowMillis;
  }

  @Override
  public void advanceTo(long targetMillis) {
    if (targetMillis > nowMillis) {
      nowMillis = targetMillis;
    }
  }
}
