package io.strategickhaos.treasury.engine;

import java.util.SplittableRandom;

/**
 * ACH failure: the transfer comes back returned, retry-eligible, between one and {@link
 * #MAX_RETURNS} times (drawn from this type's stream); each return is resubmitted with the same
 * idempotency key after a backoff.
 */
public final class AchFailureFault implements FaultModel {
  public static final int MAX_RETURNS = 3;

  @Override
  public void arm(LegFaults faults, long startMillis, long durationMillis, SplittableRandom random) {
    faults.returnTransfers(1 + random.nextInt(MAX_RETURNS));
  }
}
