package io.strategickhaos.treasury.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;

class RealTimeClockTest {
  @Test
  void waitsTheDifferenceInSlicesAndNeverGoesBack() {
    List<Long> slices = new ArrayList<>();
    RealTimeClock clock = new RealTimeClock(slices::add, () -> false);
    clock.advanceTo(250);
    clock.advanceTo(100);
    assertThat(slices).containsExactly(100L, 100L, 50L);
    assertThat(clock.nowMillis()).isEqualTo(250);
  }

  @Test
  void cancellationStopsTheWaitWithinASlice() {
    List<Long> slices = new ArrayList<>();
    RealTimeClock clock = new RealTimeClock(slices::add, () -> slices.size() >= 2);
    assertThatThrownBy(() -> clock.advanceTo(30_000)).isInstanceOf(CancellationException.class);
    assertThat(slices).hasSize(2);
  }

  @Test
  void anInterruptCancelsAndKeepsTheInterruptFlag() {
    RealTimeClock clock = new RealTimeClock(millis -> {
      throw new InterruptedException();
    }, () -> false);
    try {
      assertThatThrownBy(() -> clock.advanceTo(1_000)).isInstanceOf(CancellationException.class);
      assertThat(Thread.currentThread().isInterrupted()).isTrue();
    } finally {
      Thread.interrupted();
    }
  }

  @Test
  void theVirtualClockCostsNoWaitAndNeverGoesBack() {
    VirtualClock clock = new VirtualClock();
    clock.advanceTo(30_000);
    clock.advanceTo(10);
    assertThat(clock.nowMillis()).isEqualTo(30_000);
  }
}
