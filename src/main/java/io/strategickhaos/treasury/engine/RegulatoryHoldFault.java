package io.strategickhaos.treasury.engine;

import java.util.SplittableRandom;

/**
 * Regulatory hold: a compliance hold on the hit leg for the duration. The leg is released after
 * the hold; the other leg and other operations are not blocked.
 */
public final class RegulatoryHoldFault implements FaultModel {
  @Override
  public void arm(LegFaults faults, long startMillis, long durationMillis, SplittableRandom random) {
    faults.holdUntil(startMillis + durationMillis);
  }
}
