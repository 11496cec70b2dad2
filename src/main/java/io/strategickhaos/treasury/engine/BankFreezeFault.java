package io.strategickhaos.treasury.engine;

import java.util.SplittableRandom;

/** Bank freeze: the bank API is unavailable for the duration; the leg backs off until thawed. */
public final class BankFreezeFault implements FaultModel {
  @Override
  public void arm(LegFaults faults, long startMillis, long durationMillis, SplittableRandom random) {
    faults.bankUnavailableUntil(startMillis + durationMillis);
  }
}
