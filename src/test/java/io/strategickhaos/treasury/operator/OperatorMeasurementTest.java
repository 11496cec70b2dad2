package io.strategickhaos.treasury.operator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Measurements, kept out of the default suite because they take minutes. Run with
 * {@code mvn -o test -Dtest=OperatorMeasurementTest -Dmeasure=true} and read the MEASURE lines in
 * {@code target/surefire-reports/io.strategickhaos.treasury.operator.OperatorMeasurementTest-output.txt}.
 * Resident memory is the whole test JVM's: operator, mock API server and JUnit together.
 */
@EnabledIfSystemProperty(named = "measure", matches = "true")
class OperatorMeasurementTest {
  @Test
  void createToCompletedLatencyOfA50IterationRun() throws Exception {
    try (MockCluster cluster = new MockCluster()) {
      cluster.startOperator();
      List<Long> millis = new ArrayList<>();
      for (int i = 0; i < 21; i++) {
        String name = "latency-" + i;
        long start = System.nanoTime();
        cluster.create(name, ChaosRunReconcilerTest.spec(50, (long) i));
        await().pollInterval(Duration.ofMillis(5)).atMost(Duration.ofSeconds(30))
            .until(() -> "Completed".equals(cluster.phase(name)));
        long elapsed = (System.nanoTime() - start) / 1_000_000;
        if (i > 0) { // the first run pays for class loading and JIT warm-up; reported separately
          millis.add(elapsed);
        } else {
          System.out.println("MEASURE first (cold) run create->Completed ms: " + elapsed);
        }
      }
      Collections.sort(millis);
      System.out.println("MEASURE create->Completed ms over 20 warm runs: " + millis);
      System.out.println("MEASURE median ms: " + (millis.get(9) + millis.get(10)) / 2.0);
    }
  }

  @Test
  void residentMemoryIdleAndDuringATenMillionIterationRun() throws Exception {
    try (MockCluster cluster = new MockCluster()) {
      cluster.startOperator();
      cluster.create("warmup", ChaosRunReconcilerTest.spec(50, 1L));
      await().atMost(Duration.ofSeconds(30)).until(() -> "Completed".equals(cluster.phase("warmup")));
      System.gc();
      System.out.println("MEASURE idle VmRSS kB: " + vmRssKb() + ", heap used MB: " + heapUsedMb());

      AtomicLong peak = new AtomicLong();
      long start = System.nanoTime();
      cluster.create("ten-million", ChaosRunReconcilerTest.spec(10_000_000, 1L));
      await().pollInterval(Duration.ofMillis(500)).atMost(Duration.ofMinutes(15)).until(() -> {
        peak.accumulateAndGet(vmRssKb(), Math::max);
        return "Completed".equals(cluster.phase("ten-million"));
      });
      long seconds = (System.nanoTime() - start) / 1_000_000_000;
      System.out.println("MEASURE 10M run: " + seconds + " s, peak VmRSS kB during the run: " + peak.get()
          + ", VmRSS after: " + vmRssKb() + ", heap used MB after: " + heapUsedMb()
          + ", max heap MB: " + Runtime.getRuntime().maxMemory() / 1_048_576);
      assertThat(cluster.get("ten-million").getStatus().getTotalOperations()).isEqualTo(10_000_000L);
    }
  }

  private static long vmRssKb() throws IOException {
    return Files.readAllLines(Path.of("/proc/self/status")).stream()
        .filter(line -> line.startsWith("VmRSS:"))
        .mapToLong(line -> Long.parseLong(line.replaceAll("[^0-9]", "")))
        .findFirst()
        .orElseThrow();
  }

  private static long heapUsedMb() {
    Runtime runtime = Runtime.getRuntime();
    return (runtime.totalMemory() - runtime.freeMemory()) / 1_048_576;
  }
}
