package io.strategickhaos.treasury.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class BasisPointSplitterTest {
  @Property
  void legsSumToTheGrossForAnyAmountAndAnySplit(
      @ForAll @LongRange(min = 0, max = Long.MAX_VALUE) long grossCents,
      @ForAll @IntRange(min = 0, max = 10_000) int charityBps) {
    BasisPointSplitter splitter = new BasisPointSplitter(charityBps);
    assertThat(splitter.charityCents(grossCents) + splitter.operationsCents(grossCents)).isEqualTo(grossCents);
  }

  @Property
  void charityIsTheFloorOfTheExactProductEvenWhereALongMultiplyWouldOverflow(
      @ForAll @LongRange(min = 0, max = Long.MAX_VALUE) long grossCents,
      @ForAll @IntRange(min = 0, max = 10_000) int charityBps) {
    BigInteger exactFloor = BigInteger.valueOf(grossCents)
        .multiply(BigInteger.valueOf(charityBps))
        .divide(BigInteger.valueOf(10_000));
    assertThat(new BasisPointSplitter(charityBps).charityCents(grossCents)).isEqualTo(exactFloor.longValueExact());
  }

  @Test
  void splitSendsTheRemainderCentToOperations() {
    BasisPointSplitter splitter = new BasisPointSplitter(700);
    // 7 % of 1099 cents is 76.93: charity gets 76, operations 1023
    assertThat(splitter.charityCents(1099)).isEqualTo(76);
    assertThat(splitter.operationsCents(1099)).isEqualTo(1023);
    assertThat(splitter.charityCents(100_000)).isEqualTo(7_000);
    assertThat(splitter.operationsCents(100_000)).isEqualTo(93_000);
  }

  @Test
  void theExtremeSplitsGiveEverythingToOneSide() {
    assertThat(new BasisPointSplitter(0).charityCents(12_345)).isZero();
    assertThat(new BasisPointSplitter(10_000).operationsCents(12_345)).isZero();
  }

  @Test
  void refusesBasisPointsOutsideTheRange() {
    assertThatThrownBy(() -> new BasisPointSplitter(10_001)).hasMessageContaining("charityBasisPoints");
    assertThatThrownBy(() -> new BasisPointSplitter(-1)).hasMessageContaining("charityBasisPoints");
  }
}
