package io.strategickhaos.treasury.engine;

import java.util.SplittableRandom;

/** Revenue drawn from the seed: iteration i is {@code test_source_<i>}, gross uniform in the range. */
final class GeneratedRevenue implements RevenueSource {
  private final SplittableRandom amounts;
  private final long minAmountCents;
  private final long maxAmountCentsExclusive;

  GeneratedRevenue(SplittableRandom amounts, long minAmountCents, long maxAmountCents) {
    this.amounts = amounts;
    this.minAmountCents = minAmountCents;
    this.maxAmountCentsExclusive = maxAmountCents + 1; // the validator caps amounts far below overflow
  }

  @Override
  public long grossCents(long operationIndex) {
    return amounts.nextLong(minAmountCents, maxAmountCentsExclusive);
  }

  @Override
  public String sourceId(long operationIndex) {
    return TransferKey.generatedSourceId(operationIndex);
  }
}
