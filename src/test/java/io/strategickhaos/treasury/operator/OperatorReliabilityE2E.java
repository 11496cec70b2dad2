package io.strategickhaos.treasury.operator;

import static io.strategickhaos.treasury.operator.ChaosRunReconcilerTest.spec;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.strategickhaos.treasury.api.ChaosRun;
import io.strategickhaos.treasury.api.ChaosRunStatus;
import io.strategickhaos.treasury.engine.ChaosEngine;
import io.strategickhaos.treasury.engine.RunObserver;
import io.strategickhaos.treasury.engine.SimulationOptions;
import io.strategickhaos.treasury.report.ReportGenerator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * The heavy reliability checks, with the operator as the shaded jar in a child process against a
 * mock API server in this JVM: SIGKILL in the middle of a 5 000 000-iteration run, 100 runs at once,
 * and a 10 000 000-iteration run in a fixed heap. Run by failsafe in {@code mvn verify} (after
 * {@code package} built the jar). Measured figures are appended to
 * {@code target/reliability-figures.txt} and printed.
 */
class OperatorReliabilityE2E {
  private static final Path FIGURES = Path.of("target/reliability-figures.txt");

  @Test
  void anOperatorKilledMidRunIsRestartedAndTheRunEndsWithTheUninterruptedDigest() throws Exception {
    try (MockCluster cluster = new MockCluster()) {
      cluster.create("killed", spec(5_000_000, 2024L));
      long progressAtKill;
      try (OperatorProcess first = OperatorProcess.start(cluster.kubeconfig(), "kill-first", List.of("-Xmx256m"), Map.of())) {
        await().atMost(Duration.ofSeconds(120)).until(() -> completedIterations(cluster, "killed") > 0);
        first.kill();
        progressAtKill = completedIterations(cluster, "killed");
      }
      assertThat(progressAtKill).as("killed mid-run").isBetween(1L, 4_999_999L);
      assertThat(cluster.phase("killed")).isEqualTo("Running");
      assertThat(cluster.reportsOf("killed")).isEmpty();

      try (OperatorProcess second = OperatorProcess.start(cluster.kubeconfig(), "kill-second", List.of("-Xmx256m"), Map.of())) {
        String uninterrupted = ReportGenerator.resultsDigest(ChaosEngine.run(
            SimulationOptions.builder().iterations(5_000_000).seed(2024L).build(), RunObserver.NONE, () -> false));
        await().atMost(Duration.ofSeconds(240)).until(() -> "Completed".equals(cluster.phase("killed")));
        ChaosRunStatus status = cluster.get("killed").getStatus();
        assertThat(status.getReport().getResultsDigest()).isEqualTo(uninterrupted);
        assertThat(status.getAttempts()).isEqualTo(2);
        assertThat(status.getTotalOperations()).isEqualTo(5_000_000L);
        assertThat(cluster.reportsOf("killed")).singleElement()
            .satisfies(c -> assertThat(c.getMetadata().getName()).isEqualTo("killed-report-1"));
        record("kill", "5M-iteration run killed at " + progressAtKill + " iterations; completed after restart, attempts=2");
      }
    }
  }

  @Test
  void aHundredRunsAppliedAtOnceAllCompleteWithinTheRunSlots() throws Exception {
    int runs = 100;
    ApiServerFaults faults = new ApiServerFaults();
    try (MockCluster cluster = new MockCluster(faults);
        OperatorProcess operator = OperatorProcess.start(cluster.kubeconfig(), "load", List.of("-Xmx256m"),
            Map.of("MAX_CONCURRENT_RUNS", "2"))) {
      await().atMost(Duration.ofSeconds(60)).until(() -> !operator.metrics().isEmpty());
      AtomicLong peakRunning = new AtomicLong();
      AtomicLong peakRss = new AtomicLong();
      AtomicLong samples = new AtomicLong();
      ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();
      try {
        sampler.scheduleWithFixedDelay(() -> {
          OperatorProcess.sample(operator.metrics(), "treasury_runs_active{phase=\"Running\"}")
              .ifPresent(running -> peakRunning.accumulateAndGet((long) running, Math::max));
          peakRss.accumulateAndGet(operator.rssBytes(), Math::max);
          samples.incrementAndGet();
        }, 0, 50, TimeUnit.MILLISECONDS);

        Instant applied = Instant.now();
        for (int i = 0; i < runs; i++) {
          cluster.create("load-" + i, spec(10_000, 1_000L + i));
        }
        await().atMost(Duration.ofSeconds(300)).pollInterval(Duration.ofMillis(250))
            .until(() -> completed(cluster) == runs);
        Duration drain = Duration.between(applied, Instant.now());

        assertThat(peakRunning.get()).as("runs simulating at once").isBetween(1L, 2L);
        for (int i = 0; i < runs; i++) {
          ChaosRunStatus status = cluster.get("load-" + i).getStatus();
          assertThat(status.getTotalOperations()).isEqualTo(10_000L);
          assertThat(status.getReport().getResultsDigest()).as("load-" + i).isEqualTo(ReportGenerator.resultsDigest(
              ChaosEngine.run(SimulationOptions.builder().iterations(10_000).seed(1_000L + i).build(),
                  RunObserver.NONE, () -> false)));
          assertThat(faults.statusWrites("load-" + i)).as("status writes of load-" + i).isLessThanOrEqualTo(8);
        }
        assertThat(cluster.client.configMaps().inNamespace(MockCluster.NAMESPACE)
            .withLabel(ReportConfigMapWriter.MANAGED_BY_LABEL, ReportConfigMapWriter.MANAGED_BY).list().getItems())
            .hasSize(runs);
        record("load", runs + " runs x 10000 iterations, MAX_CONCURRENT_RUNS=2: drained in " + drain.toMillis()
            + " ms; peak Running gauge " + peakRunning + " (" + samples + " samples); peak RSS "
            + mib(peakRss.get()) + " MiB (-Xmx256m)");
      } finally {
        sampler.shutdownNow();
      }
    }
  }

  @Test
  void aTenMillionIterationRunKeepsTheOperatorsMemoryFlatAndItsReportSmall() throws Exception {
    ApiServerFaults faults = new ApiServerFaults();
    try (MockCluster cluster = new MockCluster(faults);
        OperatorProcess operator = OperatorProcess.start(cluster.kubeconfig(), "memory",
            List.of("-Xms128m", "-Xmx128m", "-XX:+AlwaysPreTouch"), Map.of())) {
      cluster.create("big", spec(10_000_000, 77L));
      await().atMost(Duration.ofSeconds(120)).until(() -> completedIterations(cluster, "big") >= 1_000_000);
      long rssEarly = operator.rssBytes();
      AtomicLong rssMax = new AtomicLong(rssEarly);
      await().atMost(Duration.ofSeconds(400)).pollInterval(Duration.ofMillis(250)).until(() -> {
        rssMax.accumulateAndGet(operator.rssBytes(), Math::max);
        return "Completed".equals(cluster.phase("big"));
      });
      assertThat(operator.isAlive()).as("no OutOfMemoryError in a 128 MiB heap").isTrue();

      ChaosRunStatus status = cluster.get("big").getStatus();
      assertThat(status.getTotalOperations()).isEqualTo(10_000_000L);
      assertThat(status.getInvariants()).containsOnlyKeys(status.getInvariants().keySet()).doesNotContainValue("VIOLATED");
      long growth = rssMax.get() - rssEarly;
      assertThat(growth).as("RSS growth after 10 %% of the run, bytes").isLessThan(48L * 1024 * 1024);

      ConfigMap report = cluster.reportsOf("big").get(0);
      long bytes = configMapBytes(report);
      assertThat(bytes).as("report ConfigMap bytes").isLessThan(64L * 1024);
      long runSeconds = Duration.between(
          Instant.parse(status.getStartedAt()), Instant.parse(status.getCompletedAt())).toSeconds();
      assertThat(faults.statusWrites("big")).isLessThanOrEqualTo((int) runSeconds + 4);
      record("memory", "10M-iteration run in -Xmx128m: RSS at 1M iterations " + mib(rssEarly) + " MiB, max "
          + mib(rssMax.get()) + " MiB; run " + runSeconds + " s, " + faults.statusWrites("big")
          + " status writes; report ConfigMap " + bytes + " bytes");
    }
  }

  private static long completedIterations(MockCluster cluster, String name) {
    ChaosRun run = cluster.get(name);
    return run == null || run.getStatus() == null || run.getStatus().getProgress() == null
        ? 0 : run.getStatus().getProgress().getCompletedIterations();
  }

  private static long completed(MockCluster cluster) {
    return cluster.client.resources(ChaosRun.class).inNamespace(MockCluster.NAMESPACE).list().getItems().stream()
        .filter(r -> r.getStatus() != null && "Completed".equals(r.getStatus().getPhase())).count();
  }

  /** Bytes the API server stores for the ConfigMap's data and annotations (what the 1 MiB limit counts). */
  static long configMapBytes(ConfigMap configMap) {
    long bytes = 0;
    for (Map.Entry<String, String> e : configMap.getData().entrySet()) {
      bytes += e.getKey().length() + e.getValue().getBytes(StandardCharsets.UTF_8).length;
    }
    for (Map.Entry<String, String> e : configMap.getMetadata().getAnnotations().entrySet()) {
      bytes += e.getKey().length() + e.getValue().length();
    }
    return bytes;
  }

  private static long mib(long bytes) {
    return bytes / (1024 * 1024);
  }

  private static void record(String what, String figures) throws IOException {
    String line = Instant.now() + " " + what + ": " + figures + "\n";
    System.out.print(line);
    Files.writeString(FIGURES, line, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
  }
}
