package io.strategickhaos.treasury.engine;

import java.util.SplittableRandom;

/**
 * How one chaos type breaks the leg it hits. A model only arms conditions on {@link LegFaults}; the
 * engine's recovery paths (backoff, resubmission, outbox replay, retry after healing, release after
 * the hold) deal with them. Models must draw randomness only from the stream they are given: each
 * type has its own, so one type's draws never shift another's.
 */
public interface FaultModel {
  /**
   * Arms the fault on a leg.
   *
   * @param faults the leg's fault conditions, cleared before the call
   * @param startMillis simulated time the fault starts (the hit stage's start)
   * @param durationMillis the type's configured duration
   * @param random this type's own random stream
   */
  void arm(LegFaults faults, long startMillis, long durationMillis, SplittableRandom random);
}
