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
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The operator under API-server faults: a 15 s outage (a {@link TcpProxy} cut between its client and
 * the server), 409 Conflicts on status writes, a ChaosRun deleted while its report is written, and
 * the number of status writes a run costs.
 */
class ApiServerFaultsTest {
  private static final Duration TIMEOUT = Duration.ofSeconds(90);
  private final ApiServerFaults faults = new ApiServerFaults();
  private MockCluster cluster;

  @BeforeEach
  void startCluster() throws Exception {
    cluster = new MockCluster(faults);
  }

  @AfterEach
  void stopCluster() {
    cluster.close();
  }

  @Test
  void aFifteenSecondOutageDuringTheRunAndAtCompletionLosesNoReport() throws Exception {
    PausingSimulation simulation = new PausingSimulation();
    try (TcpProxy proxy = new TcpProxy(cluster.port())) {
      ChaosRunOperator operator = cluster.startOperatorVia(proxy.url(), OperatorConfig.defaults(),
          ChaosRunOperator.Tuning.mockServer().withSimulation(simulation));
      cluster.create("outage", spec(1_500_000, 15L));
      await().atMost(TIMEOUT).until(() -> "Running".equals(cluster.phase("outage")) && simulation.paused.get() == 1);

      proxy.cut();
      Instant cutAt = Instant.now();
      simulation.release(); // progress, then completion, all while the API server is unreachable
      await().atMost(TIMEOUT).until(() -> simulation.completed.get() == 1
          && Duration.between(cutAt, Instant.now()).compareTo(Duration.ofSeconds(15)) >= 0);
      assertThat(cluster.phase("outage")).as("nothing written while cut").isEqualTo("Running");
      assertThat(cluster.reportsOf("outage")).isEmpty();
      assertThat(proxy.refused()).as("the operator kept trying").isPositive();
      proxy.restore();

      await().atMost(TIMEOUT).until(() -> "Completed".equals(cluster.phase("outage")));
      ChaosRunStatus status = cluster.get("outage").getStatus();
      String expected = ReportGenerator.resultsDigest(ChaosEngine.run(
          SimulationOptions.builder().iterations(1_500_000).seed(15L).build(), RunObserver.NONE, () -> false));
      assertThat(status.getReport().getResultsDigest()).isEqualTo(expected);
      assertThat(status.getAttempts()).as("no restart happened").isEqualTo(1);
      assertThat(cluster.reportsOf("outage")).hasSize(1);
      assertThat(simulation.completed.get()).as("simulated once").isEqualTo(1);
      assertThat(operator.httpPort()).isPositive();
    }
  }

  @Test
  void conflictsOnTheCompletionWriteAreRetriedWithoutRerunningTheSimulation() {
    CountingSimulation simulation = new CountingSimulation();
    ChaosRunOperator operator = cluster.startOperator(
        OperatorConfig.defaults(), ChaosRunOperator.Tuning.mockServer().withSimulation(simulation));
    faults.conflictOnlyWhenBodyContains("\"Completed\"");
    faults.conflictOnStatusWrites("conflicted", 3);
    cluster.create("conflicted", spec(20_000, 5L));

    await().atMost(TIMEOUT).until(() -> "Completed".equals(cluster.phase("conflicted")));
    assertThat(faults.conflictsAnswered()).isEqualTo(3);
    ChaosRunStatus status = cluster.get("conflicted").getStatus();
    assertThat(status.getAttempts()).isEqualTo(1);
    assertThat(simulation.runs.get()).as("simulations of one generation").isEqualTo(1);
    assertThat(cluster.reportsOf("conflicted")).singleElement()
        .satisfies(c -> assertThat(c.getMetadata().getName()).isEqualTo(status.getReport().getConfigMapName()));
    assertSettled(operator, 12);
  }

  @Test
  void conflictsOnEveryEarlyStatusWriteEndInOneCompletedRun() {
    ChaosRunOperator operator = cluster.startOperator();
    faults.conflictOnStatusWrites("contested", 5);
    cluster.create("contested", spec(20_000, 6L));

    await().atMost(TIMEOUT).until(() -> "Completed".equals(cluster.phase("contested")));
    assertThat(faults.conflictsAnswered()).isEqualTo(5);
    assertThat(cluster.reportsOf("contested")).hasSize(1);
    assertSettled(operator, 15);
  }

  /**
   * The mock server does not collect garbage, so the assertion is what a real cluster's collector
   * needs: the ConfigMap written after the deletion is controlled by the deleted ChaosRun's UID. A
   * retained report (reportRetention: Retain) would be kept on purpose.
   */
  @Test
  void aRunDeletedWhileItsReportIsWrittenEndsWithoutErrorLoopsAndItsReportIsOwnedForCollection() {
    ChaosRunOperator operator = cluster.startOperator();
    faults.beforeConfigMapCreate(body -> {
      if (body.contains("\"doomed-report-1\"")) {
        faults.deleteChaosRun(MockCluster.NAMESPACE, "doomed");
      }
    });
    String uid = cluster.create("doomed", spec(5_000, 8L)).getMetadata().getUid();

    await().atMost(TIMEOUT).until(() -> cluster.get("doomed") == null && cluster.reportsOf("doomed").size() == 1);
    ConfigMap orphan = cluster.reportsOf("doomed").get(0);
    assertThat(orphan.getMetadata().getOwnerReferences()).singleElement().satisfies(owner -> {
      assertThat(owner.getUid()).isEqualTo(uid);
      assertThat(owner.getController()).isTrue();
    });
    assertSettled(operator, 8);
    assertThat(gauge(operator, "Running") + gauge(operator, "Pending")).isZero();
  }

  @Test
  void statusIsWrittenAtMostAboutOncePerSecondOfRunTime() {
    cluster.startOperator();
    cluster.create("paced", spec(3_000_000, 12L));

    await().atMost(TIMEOUT).until(() -> "Completed".equals(cluster.phase("paced")));
    ChaosRunStatus status = cluster.get("paced").getStatus();
    long runSeconds = Duration.between(
        Instant.parse(status.getStartedAt()), Instant.parse(status.getCompletedAt())).toSeconds();
    int writes = faults.statusWrites("paced");
    // Pending and Running, one progress write per full second (timestamps are truncated: +1), Completed.
    assertThat(writes).as("status writes for a run of %d s", runSeconds).isLessThanOrEqualTo((int) runSeconds + 4);
    assertThat(writes).as("progress was shown").isGreaterThanOrEqualTo(2);
  }

  /** Reconciles stop (none for 4 s, longer than the SDK's 2 s first retry) and were few in all. */
  static void assertSettled(ChaosRunOperator operator, int maxReconciles) {
    double[] last = {-1};
    long[] changedAt = {System.nanoTime()};
    await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() -> {
      double now = reconciles(operator);
      if (now != last[0]) {
        last[0] = now;
        changedAt[0] = System.nanoTime();
      }
      return System.nanoTime() - changedAt[0] >= Duration.ofSeconds(4).toNanos();
    });
    assertThat(last[0]).as("reconciles").isLessThanOrEqualTo(maxReconciles);
  }

  static double reconciles(ChaosRunOperator operator) {
    return operator.registry().find("operator.sdk.reconciliations.started").counters().stream()
        .mapToDouble(c -> c.count()).sum();
  }

  static double gauge(ChaosRunOperator operator, String phase) {
    return operator.registry().get("treasury.runs.active").tag("phase", phase).gauge().value();
  }

  /** The real engine, counting how often it is asked to simulate. */
  static final class CountingSimulation implements RunExecutor.Simulation {
    final AtomicInteger runs = new AtomicInteger();

    @Override
    public io.strategickhaos.treasury.engine.SimulationResult run(
        SimulationOptions options, RunObserver observer, java.util.function.BooleanSupplier cancelled) {
      runs.incrementAndGet();
      return ChaosEngine.run(options, observer, cancelled);
    }
  }
}
