package io.strategickhaos.treasury.engine;

import java.util.SplittableRandom;

/**
 * The run's random streams, all from one seed. The root hands out sub-streams in a fixed order
 * (amounts, chaos decision, type and stage choice, then a base for the fault models), so extra
 * draws in one component never shift another. Each fault type's stream is keyed by its id rather
 * than its position, so enabling or disabling other types does not change a type's draws either.
 */
final class RandomStreams {
  final SplittableRandom amounts;
  final SplittableRandom chaosDecision;
  final SplittableRandom choice;
  private final long faultSeedBase;

  RandomStreams(long seed) {
    SplittableRandom root = new SplittableRandom(seed);
    amounts = root.split();
    chaosDecision = root.split();
    choice = root.split();
    faultSeedBase = root.nextLong();
  }

  /** The fault model stream of one chaos type. */
  SplittableRandom forFault(ChaosKind kind) {
    return new SplittableRandom(mix(faultSeedBase ^ (0x9E3779B97F4A7C15L * kind.id().hashCode())));
  }

  /** SplitMix64's finaliser: spreads nearby inputs over the whole seed space. */
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
