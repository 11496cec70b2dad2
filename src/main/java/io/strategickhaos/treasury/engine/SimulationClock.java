package io.strategickhaos.treasury.engine;

/**
 * The run's time, in simulated milliseconds since the run began. Only the engine moves it, so the
 * same seed gives the same timeline whatever the machine; real-time mode additionally waits.
 */
public interface SimulationClock {
  long nowMillis();

  /** Moves time forward to {@code targetMillis}; never backwards. */
  void advanceTo(long targetMillis);
}
