package io.strategickhaos.treasury.engine;

/**
 * The 2.1 split: {@code charity = floor(gross * charityBps / 10000)}, operations get the rest, so
 * the remainder cent always goes to operations and the legs sum to the gross exactly.
 */
public final class BasisPointSplitter implements Splitter {
  private static final long BASIS_POINTS_TOTAL = SimulationOptions.BASIS_POINTS_TOTAL;

  private final long charityBasisPoints;

  public BasisPointSplitter(int charityBasisPoints) {
    if (charityBasisPoints < 0 || charityBasisPoints > BASIS_POINTS_TOTAL) {
      throw new IllegalArgumentException(
          "charityBasisPoints must be between 0 and 10000, got " + charityBasisPoints);
    }
    this.charityBasisPoints = charityBasisPoints;
  }

  /**
   * Splits the product so it never overflows, for any {@code long} gross: with gross = q * 10000 +
   * r, floor(gross * bps / 10000) = q * bps + floor(r * bps / 10000), and both products stay below
   * the gross (bps is at most 10000) or below 10^8.
   */
  @Override
  public long charityCents(long grossCents) {
    long wholeUnits = Math.floorDiv(grossCents, BASIS_POINTS_TOTAL);
    long remainder = Math.floorMod(grossCents, BASIS_POINTS_TOTAL);
    return wholeUnits * charityBasisPoints + remainder * charityBasisPoints / BASIS_POINTS_TOTAL;
  }

  @Override
  public long operationsCents(long grossCents) {
    return grossCents - charityCents(grossCents);
  }
}
