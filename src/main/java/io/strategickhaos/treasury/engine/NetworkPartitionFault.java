package io.strategickhaos.treasury.engine;

import java.util.SplittableRandom;

/**
 * Network partition: the link to the bank is cut for the duration. A coin from this type's stream
 * decides whether the first request executed at the bank before its reply was lost; the leg retries
 * with the same key after healing and the bank answers a repeated key with its first result.
 */
public final class NetworkPartitionFault implements FaultModel {
  @Override
  public void arm(LegFaults faults, long startMillis, long durationMillis, SplittableRandom random) {
    faults.cutLinkUntil(startMillis + durationMillis, random.nextBoolean());
  }
}
