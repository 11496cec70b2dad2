package io.strategickhaos.treasury.operator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.javaoperatorsdk.operator.processing.event.ResourceID;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.strategickhaos.treasury.engine.ChaosEngine;
import io.strategickhaos.treasury.engine.SimulationOptions;
import io.strategickhaos.treasury.report.ReportGenerator;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** A finished run stays findable for a retry of its status write, and is dropped after a while. */
class RunExecutorRetentionTest {
  /** A clock the test moves by hand. */
  static final class ManualClock extends Clock {
    volatile Instant now = Instant.parse("2026-01-01T00:00:00Z");

    @Override
    public ZoneId getZone() {
      return ZoneId.of("UTC");
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  @Test
  void aHandedOverRunIsFoundByARetryAndDroppedAfterTheRetention() {
    ManualClock clock = new ManualClock();
    try (RunExecutor executor = new RunExecutor(1, ChaosEngine::run, ReportGenerator::render, id -> {},
        clock, Duration.ofSeconds(1), new OperatorMetrics(new SimpleMeterRegistry()))) {
      ResourceID first = new ResourceID("first", "ns");
      ResourceID second = new ResourceID("second", "ns");
      executor.submit(first, request("uid-1"));
      await().atMost(Duration.ofSeconds(30)).until(() -> executor.find(first).orElseThrow().state() == RunSnapshot.State.SUCCEEDED);

      executor.handedOver(first, 1);
      assertThat(executor.find(first)).as("findable by the retry of a failed status write").isPresent();

      clock.now = clock.now.plus(RunExecutor.HANDED_OVER_RETENTION).plusSeconds(1);
      executor.submit(second, request("uid-2"));
      assertThat(executor.find(first)).as("dropped after the retention").isEmpty();
      assertThat(executor.find(second)).isPresent();
    }
  }

  private static RunRequest request(String uid) {
    return new RunRequest(uid, 1, 1, SimulationOptions.builder().iterations(100).seed(1).build(), () -> true);
  }
}
