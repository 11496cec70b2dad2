package io.strategickhaos.treasury.engine;

import java.util.SplittableRandom;

/** NATS outage: the bus is down for the duration; the command waits in the outbox for replay. */
public final class NatsOutageFault implements FaultModel {
  @Override
  public void arm(LegFaults faults, long startMillis, long durationMillis, SplittableRandom random) {
    faults.busDownUntil(startMillis + durationMillis);
  }
}
