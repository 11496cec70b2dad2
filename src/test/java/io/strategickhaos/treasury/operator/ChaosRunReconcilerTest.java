package io.strategickhaos.treasury.operator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Condition;
import io.fabric8.kubernetes.api.model.Event;
import io.strategickhaos.treasury.api.ChaosRun;
import io.strategickhaos.treasury.api.ChaosRunSpec;
import io.strategickhaos.treasury.api.ChaosRunStatus;
import io.strategickhaos.treasury.engine.ChaosEngine;
import io.strategickhaos.treasury.engine.RunObserver;
import io.strategickhaos.treasury.engine.SimulationOptions;
import io.strategickhaos.treasury.engine.SimulationResult;
import io.strategickhaos.treasury.report.ReportGenerator;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The ChaosRun operator with its real reconcile loop and the real engine, against the mock API server. */
class ChaosRunReconcilerTest {
  private static final Duration TIMEOUT = Duration.ofSeconds(30);
  private MockCluster cluster;

  @BeforeEach
  void startCluster() throws Exception {
    cluster = new MockCluster();
  }

  @AfterEach
  void stopCluster() {
    cluster.close();
  }

  @Test
  void aRunCompletesWithTheEngineResultsAndAReportWhoseHashVerifies() throws Exception {
    cluster.startOperator();
    cluster.create("fifty", spec(50, 42L));

    await().atMost(TIMEOUT).until(() -> "Completed".equals(cluster.phase("fifty")));

    ChaosRunStatus status = cluster.get("fifty").getStatus();
    SimulationResult expected = ChaosEngine.run(
        SimulationOptions.builder().iterations(50).seed(42L).build(), RunObserver.NONE, () -> false);
    assertThat(status.getTotalOperations()).isEqualTo(expected.totalOperations()).isEqualTo(50);
    assertThat(status.getChaosEventsInjected()).isEqualTo(expected.chaosEventsInjected());
    assertThat(status.getSuccessfulRecoveries()).isEqualTo(expected.successfulRecoveries());
    assertThat(status.getFailedRecoveries()).isEqualTo(expected.failedRecoveries());
    assertThat(status.getEventCounts()).isEqualTo(expected.eventCounts());
    assertThat(status.getUptimePercent()).isEqualTo(expected.uptimePercent().toPlainString());
    assertThat(status.getLedger().getGrossCents()).isEqualTo(expected.ledger().grossCents());
    assertThat(status.getVerdict()).isEqualTo(expected.verdict().name().equals("PASS") ? "Pass" : "Fail");
    assertThat(status.getSeed()).isEqualTo(42L);
    assertThat(status.getAttempts()).isEqualTo(1);
    assertThat(status.getObservedGeneration()).isEqualTo(1L);
    assertThat(status.getReport().getResultsDigest()).isEqualTo(ReportGenerator.resultsDigest(expected));
    assertThat(condition(status, "Ready").getStatus()).isEqualTo("True");
    assertThat(condition(status, "Stalled").getStatus()).isEqualTo("False");
    assertThat(status.getConditions()).allSatisfy(c -> assertThat(c.getObservedGeneration()).isEqualTo(1L));

    ConfigMap report = single(cluster.reportsOf("fifty"));
    assertThat(report.getMetadata().getName()).isEqualTo("fifty-report-1").isEqualTo(status.getReport().getConfigMapName());
    assertThat(report.getImmutable()).isTrue();
    String markdown = report.getData().get("report.md");
    String sha256 = KubernetesNames.sha256Hex(markdown);
    assertThat(report.getData().get("report.md.sha256")).isEqualTo(sha256 + "  report.md\n");
    assertThat(status.getReport().getSha256()).isEqualTo(sha256);
    assertThat(report.getData().get("report.json")).contains("\"totalOperations\"");
    assertThat(report.getMetadata().getAnnotations())
        .containsEntry(ReportConfigMapWriter.SHA256_ANNOTATION, sha256)
        .containsEntry(ReportConfigMapWriter.DIGEST_ANNOTATION, ReportGenerator.resultsDigest(expected))
        .containsEntry(ReportConfigMapWriter.SEED_ANNOTATION, "42");
    assertThat(report.getMetadata().getLabels()).containsEntry("app.kubernetes.io/managed-by", "treasury-resilience");
    assertThat(report.getMetadata().getOwnerReferences()).singleElement().satisfies(owner -> {
      assertThat(owner.getController()).isTrue();
      assertThat(owner.getUid()).isEqualTo(cluster.get("fifty").getMetadata().getUid());
    });
    assertThat(eventReasons("fifty")).contains("RunStarted", "RunCompleted");
  }

  @Test
  void aRunWithoutSeedRecordsTheSeedItDerivedAndRetainedReportsHaveNoOwner() {
    cluster.startOperator();
    ChaosRunSpec spec = spec(20, null);
    spec.setReportRetention("Retain");
    ChaosRun created = cluster.create("seedless", spec);

    await().atMost(TIMEOUT).until(() -> "Completed".equals(cluster.phase("seedless")));

    assertThat(cluster.get("seedless").getStatus().getSeed())
        .isEqualTo(RunSeeds.derived(created.getMetadata().getUid(), 1));
    assertThat(single(cluster.reportsOf("seedless")).getMetadata().getOwnerReferences()).isEmpty();
  }

  @Test
  void anInvalidSpecFailsOnceWithAMessageNamingTheFieldAndIsNotRetried() {
    ChaosRunOperator operator = cluster.startOperator();
    ChaosRunSpec spec = spec(50, 1L);
    spec.setTimeMode("Realtime"); // what an older CRD without the enum would let through
    cluster.create("bad", spec);

    await().atMost(TIMEOUT).until(() -> "Failed".equals(cluster.phase("bad")));
    ChaosRunStatus status = cluster.get("bad").getStatus();
    assertThat(status.getMessage()).contains("timeMode").contains("Simulated or RealTime");
    assertThat(condition(status, "Stalled").getStatus()).isEqualTo("True");
    assertThat(condition(status, "Ready").getStatus()).isEqualTo("False");
    assertThat(eventReasons("bad")).containsExactly("InvalidSpec");
    double reconcilesAfterFailure = reconciles(operator);
    assertThat(reconcilesAfterFailure).isBetween(1.0, 2.0);

    // The SDK would retry a failed reconcile after 2 s; nothing may happen for longer than that.
    await().during(Duration.ofSeconds(4)).atMost(Duration.ofSeconds(6))
        .until(() -> reconciles(operator) == reconcilesAfterFailure);
    assertThat(eventReasons("bad")).containsExactly("InvalidSpec");
    assertThat(cluster.reportsOf("bad")).isEmpty();
  }

  @Test
  void aFixedSpecRunsAsANewGenerationAndAnEditKeepsTheFirstReport() {
    cluster.startOperator();
    ChaosRunSpec spec = spec(0, 7L);
    cluster.create("edited", spec);
    await().atMost(TIMEOUT).until(() -> "Failed".equals(cluster.phase("edited")));
    assertThat(cluster.get("edited").getStatus().getMessage()).contains("iterations must be between 1 and 10000000");

    editIterations("edited", 30);
    await().atMost(TIMEOUT).until(() -> "Completed".equals(cluster.phase("edited")));
    assertThat(cluster.get("edited").getStatus().getObservedGeneration()).isEqualTo(2L);

    editIterations("edited", 40);
    // Phase and generation from one read: two GETs could pair generation 2's Completed with
    // generation 3's Pending status, and the status read after the wait would then be a running one.
    await().atMost(TIMEOUT).until(() -> isCompletedFor(cluster.get("edited").getStatus(), 3L));
    ChaosRunStatus third = cluster.get("edited").getStatus();
    assertThat(third.getTotalOperations()).as(io.fabric8.kubernetes.client.utils.Serialization.asYaml(third)).isEqualTo(40);
    assertThat(cluster.reportsOf("edited")).extracting(c -> c.getMetadata().getName())
        .containsExactlyInAnyOrder("edited-report-2", "edited-report-3");
  }

  @Test
  void deletingARunMidwayCancelsItAndStoresNothing() {
    PausingSimulation simulation = new PausingSimulation();
    ChaosRunOperator operator = cluster.startOperator(
        OperatorConfig.defaults(), ChaosRunOperator.Tuning.mockServer().withSimulation(simulation));
    cluster.create("doomed", spec(5_000, 3L));
    await().atMost(TIMEOUT).until(() -> "Running".equals(cluster.phase("doomed")) && simulation.paused.get() == 1);

    cluster.client.resources(ChaosRun.class).inNamespace(MockCluster.NAMESPACE).withName("doomed").delete();

    await().atMost(TIMEOUT).until(() -> simulation.cancelled.get() == 1);
    await().atMost(TIMEOUT).until(() -> gauge(operator, "Running") == 0 && gauge(operator, "Pending") == 0);
    assertThat(simulation.completed.get()).isZero();
    assertThat(cluster.reportsOf("doomed")).isEmpty();
  }

  @Test
  void aRunInterruptedByARestartRunsAgainFromItsSeedAndStoresOneReport() {
    PausingSimulation simulation = new PausingSimulation();
    ChaosRunOperator first = cluster.startOperator(
        OperatorConfig.defaults(), ChaosRunOperator.Tuning.mockServer().withSimulation(simulation));
    cluster.create("restarted", spec(3_000, null));
    await().atMost(TIMEOUT).until(() -> "Running".equals(cluster.phase("restarted")) && simulation.paused.get() == 1);
    long seed = cluster.get("restarted").getStatus().getSeed();

    cluster.stop(first);
    assertThat(simulation.cancelled.get()).isEqualTo(1);
    assertThat(cluster.phase("restarted")).isEqualTo("Running");

    cluster.startOperator();
    await().atMost(TIMEOUT).until(() -> "Completed".equals(cluster.phase("restarted")));

    ChaosRunStatus status = cluster.get("restarted").getStatus();
    assertThat(status.getAttempts()).isEqualTo(2);
    assertThat(status.getSeed()).isEqualTo(seed);
    SimulationResult expected = ChaosEngine.run(
        SimulationOptions.builder().iterations(3_000).seed(seed).build(), RunObserver.NONE, () -> false);
    assertThat(status.getReport().getResultsDigest()).isEqualTo(ReportGenerator.resultsDigest(expected));
    assertThat(cluster.reportsOf("restarted")).hasSize(1);
  }

  @Test
  void withOneRunSlotASecondRunWaitsPendingUntilTheFirstFinishes() {
    PausingSimulation simulation = new PausingSimulation();
    cluster.startOperator(
        OperatorConfig.defaults().withMaxConcurrentRuns(1), ChaosRunOperator.Tuning.mockServer().withSimulation(simulation));
    cluster.create("first", spec(100, 1L));
    await().atMost(TIMEOUT).until(() -> "Running".equals(cluster.phase("first")));
    cluster.create("second", spec(100, 2L));

    await().atMost(TIMEOUT).until(() -> "Pending".equals(cluster.phase("second")));
    assertThat(cluster.phase("first")).isEqualTo("Running");
    assertThat(condition(cluster.get("second").getStatus(), "Reconciling").getStatus()).isEqualTo("True");

    simulation.release();
    await().atMost(TIMEOUT).until(() -> "Completed".equals(cluster.phase("first"))
        && "Completed".equals(cluster.phase("second")));
  }

  @Test
  void metricsServeTheSdkAndRunMetricsAndProbesAnswer() throws Exception {
    ChaosRunOperator operator = cluster.startOperator();
    cluster.create("measured", spec(50, 9L));
    await().atMost(TIMEOUT).until(() -> "Completed".equals(cluster.phase("measured")));

    HttpClient http = HttpClient.newHttpClient();
    String base = "http://localhost:" + operator.httpPort();
    HttpResponse<String> metrics = http.send(
        HttpRequest.newBuilder(URI.create(base + "/metrics")).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(metrics.statusCode()).isEqualTo(200);
    assertThat(metrics.body())
        .contains("operator_sdk_reconciliations")
        .contains("treasury_runs_finished_total{phase=\"Completed\"")
        .contains("treasury_chaos_events_total{type=\"bank_freeze_simulation\"}")
        .contains("treasury_recoveries_total{outcome=\"successful\"}")
        .contains("treasury_run_duration_seconds_count")
        .contains("treasury_runs_active{phase=\"Running\"}");
    assertThat(http.send(HttpRequest.newBuilder(URI.create(base + "/healthz")).build(),
        HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
    assertThat(http.send(HttpRequest.newBuilder(URI.create(base + "/readyz")).build(),
        HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
  }

  static ChaosRunSpec spec(long iterations, Long seed) {
    ChaosRunSpec spec = new ChaosRunSpec();
    spec.setIterations(iterations);
    spec.setSeed(seed);
    return spec;
  }

  private void editIterations(String name, long iterations) {
    cluster.client.resources(ChaosRun.class).inNamespace(MockCluster.NAMESPACE).withName(name)
        .edit(run -> {
          run.getSpec().setIterations(iterations);
          return run;
        });
  }

  private List<String> eventReasons(String name) {
    return cluster.client.v1().events().inNamespace(MockCluster.NAMESPACE).list().getItems().stream()
        .filter(e -> name.equals(e.getInvolvedObject().getName()))
        .map(Event::getReason)
        .collect(Collectors.toList());
  }

  private static double reconciles(ChaosRunOperator operator) {
    return operator.registry().find("operator.sdk.reconciliations.started").counters().stream()
        .mapToDouble(c -> c.count()).sum();
  }

  private static double gauge(ChaosRunOperator operator, String phase) {
    return operator.registry().get("treasury.runs.active").tag("phase", phase).gauge().value();
  }

  private static boolean isCompletedFor(ChaosRunStatus status, long generation) {
    return status != null && "Completed".equals(status.getPhase())
        && Long.valueOf(generation).equals(status.getObservedGeneration());
  }

  private static Condition condition(ChaosRunStatus status, String type) {
    return status.getConditions().stream().filter(c -> type.equals(c.getType())).findFirst().orElseThrow();
  }

  private static <T> T single(List<T> items) {
    assertThat(items).hasSize(1);
    return items.get(0);
  }

}
