package io.strategickhaos.treasury.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class RecoveryHistogramTest {
  @Test
  void discreteTimesGiveExactPercentiles() {
    RecoveryHistogram histogram = new RecoveryHistogram();
    for (int i = 0; i < 90; i++) {
      histogram.record(5_000);
    }
    for (int i = 0; i < 9; i++) {
      histogram.record(31_000);
    }
    histogram.record(601_000);
    assertThat(histogram.summary()).isEqualTo(new RecoveryTimes(100, 5_000, 5_000, 31_000, 601_000));
  }

  @Test
  void noRecoveriesGiveZeros() {
    assertThat(new RecoveryHistogram().summary()).isEqualTo(new RecoveryTimes(0, 0, 0, 0, 0));
  }

  @Property
  void percentilesAreRecordedValuesWithinOnePercentOfTheExactNearestRank(
      @ForAll @Size(min = 1, max = 200) long[] rawMillis,
      @ForAll @LongRange(min = 1, max = 100) long percent) {
    RecoveryHistogram histogram = new RecoveryHistogram();
    long[] millis = Arrays.stream(rawMillis).map(v -> Math.abs(v % 40_000_000_000L)).sorted().toArray();
    Arrays.stream(millis).forEach(histogram::record);

    long exact = millis[(int) Math.ceil(percent / 100.0 * millis.length) - 1];
    long answered = histogram.percentileMillis(percent / 100.0);
    assertThat(millis).contains(answered);
    assertThat(answered).isBetween(exact, exact + exact / 128 + 1);
  }

  @Test
  void bucketsAreMonotonicAcrossTheWholeRange() {
    int previous = -1;
    for (long v = 0; v < Long.MAX_VALUE / 3; v = v * 3 / 2 + 1) {
      int bucket = RecoveryHistogram.bucketOf(v);
      assertThat(bucket).isGreaterThanOrEqualTo(previous);
      previous = bucket;
    }
  }
}
