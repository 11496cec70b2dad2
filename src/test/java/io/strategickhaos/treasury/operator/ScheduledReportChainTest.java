package io.strategickhaos.treasury.operator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.strategickhaos.treasury.api.ChaosRun;
import io.strategickhaos.treasury.api.ChaosSchedule;
import io.strategickhaos.treasury.report.HashChain;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The whole operator with the real engine: three firings of a schedule produce three stored
 * reports, each naming the SHA-256 of the one before, and the chain check catches the middle one
 * edited.
 */
class ScheduledReportChainTest {
  private static final Duration TIMEOUT = Duration.ofSeconds(60);
  private ScheduleCluster k8s;

  @BeforeEach
  void start() throws Exception {
    k8s = new ScheduleCluster(Instant.now());
  }

  @AfterEach
  void stop() {
    k8s.close();
  }

  @Test
  void threeConsecutiveReportsFormAHashChainThatDetectsAnEditInTheMiddle() {
    k8s.startFullOperator();
    k8s.create("chained", "0 * * * *", spec -> {});
    Instant base = Instant.now().truncatedTo(ChronoUnit.HOURS);
    List<String> shas = new ArrayList<>();
    List<HashChain.Report> reports = new ArrayList<>();
    for (int i = 1; i <= 3; i++) {
      Instant firing = base.plus(Duration.ofHours(i));
      String runName = ScheduleCluster.runName("chained", firing);
      k8s.tick("chained", firing);
      await().atMost(TIMEOUT).until(() -> isCompleted(k8s.run(runName)));
      ChaosRun run = k8s.run(runName);
      String sha = run.getStatus().getReport().getSha256();
      // The first firing can create its run, and the run complete, before the schedule's first
      // status write lands (create and tick coalesce into one reconcile): poll a missing status.
      await().atMost(TIMEOUT).until(() -> sha.equals(lastReportSha256(k8s.schedule("chained"))));
      if (i == 1) {
        assertThat(run.getMetadata().getAnnotations()).doesNotContainKey(ScheduledRunFactory.PREVIOUS_REPORT_ANNOTATION);
      } else {
        assertThat(run.getMetadata().getAnnotations())
            .containsEntry(ScheduledRunFactory.PREVIOUS_REPORT_ANNOTATION, shas.get(i - 2));
      }
      String markdown = k8s.client.configMaps().inNamespace(ScheduleCluster.NAMESPACE)
          .withName(run.getStatus().getReport().getConfigMapName()).get().getData().get("report.md");
      assertThat(KubernetesNames.sha256Hex(markdown)).isEqualTo(sha);
      shas.add(sha);
      reports.add(HashChain.Report.ofText(runName + ".md", markdown));
    }
    assertThat(HashChain.previousSha256(new String(reports.get(2).bytes()))).contains(shas.get(1));
    assertThat(HashChain.verify(reports).intact()).isTrue();

    String edited = new String(reports.get(1).bytes()).replace("**Total Operations:** 20", "**Total Operations:** 21");
    assertThat(edited).isNotEqualTo(new String(reports.get(1).bytes()));
    HashChain.Verification tampered = HashChain.verify(
        List.of(reports.get(0), HashChain.Report.ofText(reports.get(1).name(), edited), reports.get(2)));
    assertThat(tampered.firstBroken()).get().asString()
        .startsWith("broken link 2: " + reports.get(1).name() + " has SHA-256");
  }

  private static boolean isCompleted(ChaosRun run) {
    return run != null && run.getStatus() != null && "Completed".equals(run.getStatus().getPhase());
  }

  private static String lastReportSha256(ChaosSchedule schedule) {
    return schedule.getStatus() == null ? null : schedule.getStatus().getLastReportSha256();
  }
}
