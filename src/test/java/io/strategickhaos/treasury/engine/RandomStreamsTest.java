package io.strategickhaos.treasury.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class RandomStreamsTest {
  private static long[] draw(SplittableRandom random, int count) {
    long[] values = new long[count];
    for (int i = 0; i < count; i++) {
      values[i] = random.nextLong();
    }
    return values;
  }

  @Test
  void drawingFromOneComponentDoesNotShiftAnother() {
    RandomStreams quiet = new RandomStreams(17);
    RandomStreams busy = new RandomStreams(17);
    draw(busy.chaosDecision, 1_000);
    draw(busy.choice, 333);
    draw(busy.forFault(ChaosEvent.ACH_FAILURE), 77);

    assertThat(draw(busy.amounts, 100)).isEqualTo(draw(quiet.amounts, 100));
    assertThat(draw(busy.forFault(ChaosEvent.NETWORK_PARTITION), 10))
        .isEqualTo(draw(quiet.forFault(ChaosEvent.NETWORK_PARTITION), 10));
  }

  @Test
  void eachFaultTypeHasItsOwnStreamKeyedByItsId() {
    RandomStreams streams = new RandomStreams(17);
    assertThat(draw(streams.forFault(ChaosEvent.ACH_FAILURE), 5))
        .isNotEqualTo(draw(streams.forFault(ChaosEvent.NETWORK_PARTITION), 5))
        .isEqualTo(draw(new RandomStreams(17).forFault(ChaosEvent.ACH_FAILURE), 5));
  }

  @Test
  void theComponentsDrawDifferentSequencesAndTheSeedMatters() {
    RandomStreams streams = new RandomStreams(17);
    long[] amounts = draw(streams.amounts, 5);
    assertThat(amounts).isNotEqualTo(draw(streams.chaosDecision, 5)).isNotEqualTo(draw(streams.choice, 5));
    assertThat(amounts).isNotEqualTo(draw(new RandomStreams(18).amounts, 5));
  }
}
