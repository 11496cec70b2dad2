package io.strategickhaos.treasury.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.coordination.v1.Lease;
import io.strategickhaos.treasury.api.ChaosRun;
import io.strategickhaos.treasury.api.ChaosRunStatus;
import io.strategickhaos.treasury.engine.ChaosEngine;
import io.strategickhaos.treasury.engine.RunObserver;
import io.strategickhaos.treasury.engine.SimulationOptions;
import io.strategickhaos.treasury.operator.OperatorConfig;
import io.strategickhaos.treasury.report.ReportGenerator;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two operator processes with leader election, as the Deployment's two replicas: only the Lease
 * holder reconciles; SIGKILL it in the middle of a large run and the standby takes the Lease,
 * runs the generation again from its seed (attempt 2) and stores exactly one report, whose results
 * digest equals an in-process run of the engine with the same seed and options.
 */
class LeaderElectionE2E {
  private static final String LAB = "ha-lab";
  private static final String RUN = "takeover";
  private static final long ITERATIONS = 10_000_000L; // the maximum: mid-run even on a fast idle machine
  private static final double PROBABILITY = 0.10;
  private static final long SEED = 20251206L;
  private static final Map<String, String> HA_ENV = Map.of(
      "LEADER_ELECTION", "true",
      "OPERATOR_NAMESPACE", OperatorInstall.NAMESPACE,
      "MAX_CONCURRENT_RUNS", "1");

  private static RealApiServer api;
  private static Path kubeconfig;
  private OperatorProcess a;
  private OperatorProcess b;

  @BeforeAll
  static void install() {
    api = RealApiServer.start();
    OperatorInstall.installKustomization(api);
    kubeconfig = OperatorInstall.serviceAccountKubeconfig(
        api, OperatorInstall.outputFile("operator-ha/kubeconfig"), Duration.ofHours(2));
    api.kubectl("create", "namespace", LAB).assertOk();
  }

  @AfterEach
  void killOperators() {
    for (OperatorProcess p : new OperatorProcess[] {a, b}) {
      if (p != null) {
        p.close();
      }
    }
  }

  @AfterAll
  static void stop() {
    if (api != null) {
      api.close();
    }
  }

  @Test
  void theStandbyFinishesAKilledLeadersRunWithTheSameResultsAndOneReport() throws Exception {
    // Pods have distinct host names; the Lease identity is HOSTNAME plus a random suffix.
    a = OperatorProcess.start("operator-a", kubeconfig, HA_ENV).awaitReady(Duration.ofMinutes(2));
    Awaitility.await("operator-a holds the Lease").atMost(Duration.ofMinutes(1))
        .until(() -> leaseHeldBy("operator-a"));
    b = OperatorProcess.start("operator-b", kubeconfig, HA_ENV).awaitReady(Duration.ofMinutes(2));
    assertThat(leaseHolder()).startsWith("operator-a-");

    Path manifest = OperatorInstall.outputFile("takeover.yaml");
    OperatorInstall.write(manifest, """
        apiVersion: treasury.strategickhaos.io/v1alpha1
        kind: ChaosRun
        metadata: {name: %s}
        spec: {iterations: %d, chaosProbability: %s, seed: %d}
        """.formatted(RUN, ITERATIONS, PROBABILITY, SEED));
    api.kubectl("apply", "-n", LAB, "-f", manifest.toString()).assertOk();

    Awaitility.await("the leader shows progress").atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(200))
        .until(() -> {
          ChaosRunStatus s = status();
          return s != null && "Running".equals(s.getPhase()) && s.getProgress() != null
              && s.getProgress().getCompletedIterations() != null && s.getProgress().getCompletedIterations() > 0;
        });
    ChaosRunStatus beforeKill = status();
    assertThat(beforeKill.getProgress().getCompletedIterations())
        .as("the run must still be in flight when its leader dies; make ITERATIONS larger")
        .isLessThan(ITERATIONS);
    // Only the leader reconciles: one start so far, and the standby has not touched the run.
    assertThat(beforeKill.getAttempts()).isEqualTo(1);
    assertThat(leaseHolder()).startsWith("operator-a-");

    a.kill();
    Instant killedAt = Instant.now();
    CompletableFuture<String> expectedDigest = CompletableFuture.supplyAsync(LeaderElectionE2E::inProcessDigest);

    Awaitility.await("operator-b takes the Lease").atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofMillis(500))
        .until(() -> leaseHeldBy("operator-b"));
    Duration takeover = Duration.between(killedAt, Instant.now());
    Awaitility.await("operator-b completes the run").atMost(Duration.ofMinutes(4)).pollInterval(Duration.ofSeconds(1))
        .until(() -> status() != null && "Completed".equals(status().getPhase()));
    Duration total = Duration.between(killedAt, Instant.now());
    System.out.printf("killed operator-a at %d/%d iterations; Lease taken over after %d s; completed %d s after the kill%n",
        beforeKill.getProgress().getCompletedIterations(), ITERATIONS, takeover.toSeconds(), total.toSeconds());

    ChaosRunStatus done = status();
    assertThat(done.getAttempts()).as("run again from its seed after the leader died").isEqualTo(2);
    assertThat(done.getStartedAt()).as("startedAt is kept across attempts").isEqualTo(beforeKill.getStartedAt());
    assertThat(done.getSeed()).isEqualTo(SEED);
    assertThat(done.getTotalOperations()).isEqualTo(ITERATIONS);
    String digest = expectedDigest.get();
    assertThat(done.getReport().getResultsDigest()).isEqualTo(digest);

    List<ConfigMap> reports = api.client().configMaps().inNamespace(LAB)
        .withLabel("treasury.strategickhaos.io/chaosrun", RUN).list().getItems();
    assertThat(reports).singleElement().satisfies(cm -> {
      assertThat(cm.getMetadata().getName()).isEqualTo(RUN + "-report-1");
      assertThat(cm.getMetadata().getAnnotations()).containsEntry("treasury.strategickhaos.io/results-digest", digest);
    });

    String events = api.kubectl("get", "events", "-n", LAB, "--field-selector",
        "involvedObject.name=" + RUN + ",reason=RunStarted", "-o", "jsonpath={.items[*].message}").assertOk().stdout();
    assertThat(events).contains("attempt 1", "attempt 2");
    assertThat(b.isAlive()).isTrue();
    assertThat(b.log()).doesNotContainIgnoringCase("forbidden");
  }

  private static boolean leaseHeldBy(String hostname) {
    String holder = leaseHolder();
    return holder != null && holder.startsWith(hostname + "-");
  }

  private static String leaseHolder() {
    Lease lease = api.client().resources(Lease.class).inNamespace(OperatorInstall.NAMESPACE)
        .withName(OperatorConfig.LEASE_NAME).get();
    return lease == null || lease.getSpec() == null ? null : lease.getSpec().getHolderIdentity();
  }

  private static ChaosRunStatus status() {
    ChaosRun run = api.client().resources(ChaosRun.class).inNamespace(LAB).withName(RUN).get();
    return run == null ? null : run.getStatus();
  }

  /** The same run without Kubernetes: the engine and report code the operator uses, in this JVM. */
  private static String inProcessDigest() {
    SimulationOptions options = SimulationOptions.builder()
        .iterations(ITERATIONS).chaosProbability(PROBABILITY).seed(SEED).build();
    return ReportGenerator.resultsDigest(ChaosEngine.run(options, RunObserver.NONE, () -> false));
  }
}
