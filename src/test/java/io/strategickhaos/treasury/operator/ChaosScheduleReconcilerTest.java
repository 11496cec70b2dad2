package io.strategickhaos.treasury.operator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.Condition;
import io.javaoperatorsdk.operator.Operator;
import io.strategickhaos.treasury.api.ChaosRun;
import io.strategickhaos.treasury.api.ChaosSchedule;
import io.strategickhaos.treasury.api.ChaosScheduleStatus;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.zone.ZoneOffsetTransition;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import io.strategickhaos.treasury.api.ChaosScheduleSpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The ChaosSchedule controller's real reconcile loop against the mock API server, with a fake
 * clock the test moves; the test itself finishes the runs (it plays the ChaosRun controller).
 *
 * <p>The mock server stamps creationTimestamp with the real time, and a schedule never fires for
 * times before its creation, so the fake clock starts at the real time and every firing the tests
 * use lies in the future: whole hours after {@code base}, or the next daylight-saving changes.
 */
class ChaosScheduleReconcilerTest {
  private static final Duration TIMEOUT = Duration.ofSeconds(30);
  /** How long "nothing happens" is watched for; only ever makes a wrong test pass, never a right one fail. */
  private static final Duration QUIET = Duration.ofSeconds(2);
  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  private static final String SHA_A = "a".repeat(64);
  private static final String SHA_B = "b".repeat(64);

  private ScheduleCluster k8s;
  private Instant base;

  @BeforeEach
  void start() throws Exception {
    Instant now = Instant.now();
    // One hour of margin: with base = the current hour, an hour boundary passing between here and
    // the server stamping creationTimestamp (seconds on a loaded machine) put hour(1) before the
    // schedule's creation, a firing it rightly never runs.
    base = now.truncatedTo(ChronoUnit.HOURS).plus(Duration.ofHours(1));
    k8s = new ScheduleCluster(now);
  }

  /** The firing {@code hours} whole hours after the hour following the one the test started in. */
  private Instant hour(int hours) {
    return base.plus(Duration.ofHours(hours));
  }

  /** The local date of the next daylight-saving change in Berlin that is a gap (spring) or an overlap (autumn). */
  private static LocalDate nextChange(boolean spring) {
    ZoneOffsetTransition transition = BERLIN.getRules().nextTransition(Instant.now().plus(Duration.ofDays(2)));
    while (transition.isGap() != spring) {
      transition = BERLIN.getRules().nextTransition(transition.getInstant());
    }
    return transition.getDateTimeBefore().toLocalDate();
  }

  private static Instant halfPastTwoInBerlin(LocalDate date) {
    return ZonedDateTime.of(date, LocalTime.of(2, 30), BERLIN).withEarlierOffsetAtOverlap().toInstant();
  }

  @AfterEach
  void stop() {
    k8s.close();
  }

  @Test
  void firesAtTheLocalTimeOfItsZoneAcrossTheSpringForwardChange() {
    k8s.startScheduleOperator();
    k8s.create("berlin", "30 2 * * *", spec -> spec.setTimeZone("Europe/Berlin"));
    LocalDate change = nextChange(true);
    Instant cet = halfPastTwoInBerlin(change.minusDays(1)); // 02:30 CET, 01:30 UTC
    Instant cest = halfPastTwoInBerlin(change.plusDays(1)); // 02:30 CEST, 00:30 UTC
    assertThat(cet.atZone(ZoneOffset.UTC).getHour()).isEqualTo(1);
    assertThat(cest.atZone(ZoneOffset.UTC).getHour()).isZero();

    k8s.tick("berlin", cet);
    await().atMost(TIMEOUT).until(() -> k8s.runNames("berlin").equals(List.of(ScheduleCluster.runName("berlin", cet))));
    // 02:30 does not exist on the day of the change; the next firing is 02:30 CEST the day after.
    await().atMost(TIMEOUT).until(() -> cest.toString().equals(next("berlin")));
    k8s.finish(ScheduleCluster.runName("berlin", cet), "Completed", "Pass", SHA_A);

    k8s.tick("berlin", cest);
    await().atMost(TIMEOUT).until(() -> k8s.runNames("berlin").equals(
        List.of(ScheduleCluster.runName("berlin", cet), ScheduleCluster.runName("berlin", cest))));
    // The run is created before the status write that records its firing; wait for that write. On
    // the mock server that write was seen lost now and then (cause not pinned yet: the mock's
    // non-atomic read-modify-write or the SDK's cache with server-side apply off), so the wait
    // reconciles again at the same instant: that must restore the status without firing twice.
    await().atMost(TIMEOUT).pollInterval(Duration.ofSeconds(2)).until(() -> {
      if (cest.toString().equals(lastSchedule("berlin"))) {
        return true;
      }
      k8s.tick("berlin", cest);
      return false;
    });
    assertThat(k8s.runNames("berlin"))
        .containsExactly(ScheduleCluster.runName("berlin", cet), ScheduleCluster.runName("berlin", cest));
  }

  @Test
  void theRepeatedHourOfTheFallBackChangeFiresOnce() {
    k8s.startScheduleOperator();
    k8s.create("fall", "30 2 * * *", spec -> {
      spec.setTimeZone("Europe/Berlin");
      spec.setConcurrencyPolicy("Allow");
    });
    LocalDate change = nextChange(false);
    Instant first = halfPastTwoInBerlin(change); // 02:30 CEST
    k8s.tick("fall", first);
    await().atMost(TIMEOUT).until(() -> k8s.runs("fall").size() == 1);

    k8s.tick("fall", first.plus(Duration.ofHours(1))); // 02:30 CET, the same local time again
    await().during(QUIET).atMost(TIMEOUT).until(() -> k8s.runs("fall").size() == 1);
    assertThat(next("fall")).isEqualTo(halfPastTwoInBerlin(change.plusDays(1)).toString());
  }

  @Test
  void runsAreNamedByTheFiringOwnedLabelledSeededAndCarryTheFiringTime() {
    k8s.startScheduleOperator();
    ChaosSchedule schedule = k8s.create("hourly", "0 * * * *", spec -> spec.getRunTemplate().setMetadata(metadata()));
    Instant firing = hour(1);
    k8s.tick("hourly", firing.plusSeconds(5));
    await().atMost(TIMEOUT).until(() -> k8s.runs("hourly").size() == 1);

    ChaosRun run = k8s.runs("hourly").get(0);
    assertThat(run.getMetadata().getName()).isEqualTo("hourly-" + firing.getEpochSecond() / 60);
    assertThat(run.getMetadata().getOwnerReferences()).singleElement().satisfies(owner -> {
      assertThat(owner.getController()).isTrue();
      assertThat(owner.getUid()).isEqualTo(schedule.getMetadata().getUid());
      assertThat(owner.getKind()).isEqualTo("ChaosSchedule");
    });
    assertThat(run.getMetadata().getLabels())
        .containsEntry(ScheduledRunFactory.SCHEDULE_LABEL, "hourly").containsEntry("team", "treasury");
    assertThat(run.getMetadata().getAnnotations())
        .containsEntry(ScheduledRunFactory.SCHEDULED_AT_ANNOTATION, firing.toString())
        .doesNotContainKey(ScheduledRunFactory.PREVIOUS_REPORT_ANNOTATION);
    assertThat(run.getSpec().getSeed())
        .isEqualTo(RunSeeds.derived(schedule.getMetadata().getUid(), firing.getEpochSecond() / 60));
    assertThat(run.getSpec().getIterations()).isEqualTo(20L);
    await().atMost(TIMEOUT).until(() -> Objects.equals(status("hourly").getActiveCount(), 1));
    ChaosScheduleStatus status = status("hourly");
    assertThat(status.getActive()).singleElement().satisfies(a -> assertThat(a.getName()).isEqualTo(run.getMetadata().getName()));
    assertThat(status.getActiveCount()).isEqualTo(1);
    assertThat(k8s.eventReasons("hourly")).contains("RunCreated");
  }

  @Test
  void aTemplateSeedIsKeptAndTheNextRunNamesThePreviousReport() {
    k8s.startScheduleOperator();
    k8s.create("fixed", "0 * * * *", spec -> spec.getRunTemplate().getSpec().setSeed(42L));
    Instant first = hour(1);
    k8s.tick("fixed", first);
    await().atMost(TIMEOUT).until(() -> k8s.runs("fixed").size() == 1);
    assertThat(k8s.runs("fixed").get(0).getSpec().getSeed()).isEqualTo(42L);

    k8s.finish(ScheduleCluster.runName("fixed", first), "Completed", "Fail", SHA_A);
    await().atMost(TIMEOUT).until(() -> SHA_A.equals(status("fixed").getLastReportSha256()));
    Instant second = first.plus(Duration.ofHours(1));
    k8s.tick("fixed", second);
    await().atMost(TIMEOUT).until(() -> k8s.run(ScheduleCluster.runName("fixed", second)) != null);
    assertThat(k8s.run(ScheduleCluster.runName("fixed", second)).getMetadata().getAnnotations())
        .containsEntry(ScheduledRunFactory.PREVIOUS_REPORT_ANNOTATION, SHA_A);
  }

  @Test
  void forbidSkipsTheFiringWhileARunIsActive() {
    k8s.startScheduleOperator();
    k8s.create("forbid", "0 * * * *", spec -> {});
    Instant first = hour(1);
    k8s.tick("forbid", first);
    await().atMost(TIMEOUT).until(() -> k8s.runs("forbid").size() == 1);

    Instant second = first.plus(Duration.ofHours(1));
    k8s.tick("forbid", second);
    await().atMost(TIMEOUT).until(() -> second.toString().equals(status("forbid").getLastSkippedTime()));
    assertThat(k8s.runNames("forbid")).containsExactly(ScheduleCluster.runName("forbid", first));
    assertThat(k8s.eventReasons("forbid")).contains("FiringForbidden");

    // The run finishing does not bring the skipped firing back; the next one fires.
    k8s.finish(ScheduleCluster.runName("forbid", first), "Completed", "Pass", SHA_A);
    await().atMost(TIMEOUT).until(() -> Objects.equals(status("forbid").getActiveCount(), 0));
    Instant third = second.plus(Duration.ofHours(1));
    k8s.tick("forbid", third);
    await().atMost(TIMEOUT).until(() -> k8s.runs("forbid").size() == 2);
    assertThat(k8s.runNames("forbid"))
        .containsExactly(ScheduleCluster.runName("forbid", first), ScheduleCluster.runName("forbid", third));
  }

  @Test
  void allowRunsBoth() {
    k8s.startScheduleOperator();
    k8s.create("allow", "0 * * * *", spec -> spec.setConcurrencyPolicy("Allow"));
    Instant first = hour(1);
    k8s.tick("allow", first);
    await().atMost(TIMEOUT).until(() -> k8s.runs("allow").size() == 1);
    k8s.tick("allow", first.plus(Duration.ofHours(1)));
    await().atMost(TIMEOUT).until(() -> k8s.runs("allow").size() == 2);
    await().atMost(TIMEOUT).until(() -> Objects.equals(status("allow").getActiveCount(), 2));
  }

  @Test
  void replaceDeletesTheActiveRunAndStartsTheNewOne() {
    k8s.startScheduleOperator();
    k8s.create("replace", "0 * * * *", spec -> spec.setConcurrencyPolicy("Replace"));
    Instant first = hour(1);
    k8s.tick("replace", first);
    await().atMost(TIMEOUT).until(() -> k8s.runs("replace").size() == 1);
    Instant second = first.plus(Duration.ofHours(1));
    k8s.tick("replace", second);
    await().atMost(TIMEOUT).until(() -> k8s.runNames("replace").equals(List.of(ScheduleCluster.runName("replace", second))));
    assertThat(k8s.eventReasons("replace")).contains("RunReplaced");
  }

  @Test
  void suspendStopsFiringAndAFiringDueWhileSuspendedIsNotRunLater() {
    k8s.startScheduleOperator();
    k8s.create("paused", "0 * * * *", spec -> spec.setSuspend(true));
    await().atMost(TIMEOUT).until(() -> status("paused").getMessage() != null
        && status("paused").getMessage().startsWith("Suspended"));
    assertThat(next("paused")).isNull();

    Instant first = hour(1);
    k8s.tick("paused", first);
    await().atMost(TIMEOUT).until(() -> first.toString().equals(status("paused").getLastSkippedTime()));
    k8s.editSpec("paused", spec -> spec.setSuspend(false));
    await().atMost(TIMEOUT).until(() -> hour(2).toString().equals(next("paused")));
    assertThat(k8s.runs("paused")).isEmpty();

    Instant second = first.plus(Duration.ofHours(1));
    k8s.tick("paused", second);
    await().atMost(TIMEOUT).until(() -> k8s.runNames("paused").equals(List.of(ScheduleCluster.runName("paused", second))));
  }

  @Test
  void historyLimitsDeleteTheOldestFinishedRuns() {
    k8s.startScheduleOperator();
    k8s.create("history", "0 * * * *", spec -> {
      spec.setSuccessfulRunsHistoryLimit(2);
      spec.setFailedRunsHistoryLimit(1);
    });
    Instant firing = hour(1);
    String[][] outcomes = {
        {"Completed", "Pass"}, {"Failed", null}, {"Completed", "Pass"}, {"Completed", "Fail"}, {"Completed", "Pass"}};
    for (String[] outcome : outcomes) {
      Instant at = firing;
      k8s.tick("history", at);
      await().atMost(TIMEOUT).until(() -> k8s.run(ScheduleCluster.runName("history", at)) != null);
      k8s.finish(ScheduleCluster.runName("history", at), outcome[0], outcome[1], outcome[1] == null ? null : SHA_A);
      await().atMost(TIMEOUT).until(() -> Objects.equals(status("history").getActiveCount(), 0));
      firing = firing.plus(Duration.ofHours(1));
    }
    Instant base = hour(1);
    // Pass at +0h, +2h, +4h keep the newest two; Failed at +1h and Fail at +3h keep the newest one.
    await().atMost(TIMEOUT).until(() -> k8s.runNames("history").equals(List.of(
        ScheduleCluster.runName("history", base.plus(Duration.ofHours(2))),
        ScheduleCluster.runName("history", base.plus(Duration.ofHours(3))),
        ScheduleCluster.runName("history", base.plus(Duration.ofHours(4))))));
    assertThat(k8s.eventReasons("history")).contains("RunsPruned");
    assertThat(status("history").getLastSuccessfulTime()).isNotNull();
  }

  @Test
  void anOperatorRestartThatLostTheStatusWriteDoesNotFireTwice() {
    Operator first = k8s.startScheduleOperator();
    k8s.create("restart", "0 * * * *", spec -> {});
    Instant firing = hour(1);
    k8s.tick("restart", firing);
    await().atMost(TIMEOUT).until(() -> firing.toString().equals(lastSchedule("restart")));
    k8s.stop(first);

    // As if the operator died after creating the run and before its status write landed.
    k8s.client.resources(ChaosSchedule.class).inNamespace(ScheduleCluster.NAMESPACE).withName("restart")
        .editStatus(s -> {
          s.getStatus().setLastScheduleTime(null);
          s.getStatus().setActive(List.of());
          s.getStatus().setActiveCount(0);
          return s;
        });
    k8s.startScheduleOperator();
    k8s.startScheduleOperator(); // and a second replica, for good measure
    k8s.tick("restart", firing.plusSeconds(30));

    await().atMost(TIMEOUT).until(() -> firing.toString().equals(lastSchedule("restart")));
    assertThat(k8s.runNames("restart")).containsExactly(ScheduleCluster.runName("restart", firing));
    assertThat(k8s.eventReasons("restart").stream().filter("RunCreated"::equals)).hasSize(1);
    assertThat(k8s.eventReasons("restart")).doesNotContain("FiringForbidden");
    assertThat(status("restart").getActiveCount()).isEqualTo(1);
  }

  @Test
  void missedFiringsBeyondTheStartingDeadlineAreSkippedAndWithoutOneOnlyTheLatestRuns() {
    k8s.startScheduleOperator();
    k8s.create("deadline", "0 * * * *", spec -> spec.setStartingDeadlineSeconds(300L));
    k8s.create("nodeadline", "0 * * * *", spec -> {});
    // The operator was "down" for three firings and comes back ten minutes after the last one.
    Instant back = hour(3).plus(Duration.ofMinutes(10));
    k8s.tick("deadline", back);
    k8s.tick("nodeadline", back);

    await().atMost(TIMEOUT).until(() -> hour(3).toString().equals(
        status("deadline").getLastSkippedTime()));
    assertThat(k8s.runs("deadline")).isEmpty();
    assertThat(k8s.eventReasons("deadline")).contains("MissedStartingDeadline");

    await().atMost(TIMEOUT).until(() -> k8s.runs("nodeadline").size() == 1);
    assertThat(k8s.runNames("nodeadline"))
        .containsExactly(ScheduleCluster.runName("nodeadline", hour(3)));

    // Within the deadline a late firing still runs.
    k8s.tick("deadline", hour(4).plus(Duration.ofMinutes(4)));
    await().atMost(TIMEOUT).until(() -> k8s.runs("deadline").size() == 1);
  }

  @Test
  void invalidSpecsStallWithAMessageNamingTheFieldAndCreateNoRun() {
    k8s.startScheduleOperator();
    expectStalled("badcron", spec -> spec.setSchedule("61 * * * *"), "spec.schedule '61 * * * *'");
    expectStalled("badzone", spec -> spec.setTimeZone("Mars/Olympus_Mons"), "spec.timeZone 'Mars/Olympus_Mons'");
    expectStalled("badlimit", spec -> spec.setSuccessfulRunsHistoryLimit(-1), "spec.successfulRunsHistoryLimit");
    expectStalled("badtemplate", spec -> spec.getRunTemplate().getSpec().setIterations(0L),
        "spec.runTemplate.spec.iterations");

    // Time passing and further reconciles bring no run, no second Event, no change of message.
    k8s.tick("badtemplate", hour(3));
    await().during(QUIET).atMost(TIMEOUT).until(() -> k8s.runs("badtemplate").isEmpty()
        && k8s.eventReasons("badtemplate").equals(List.of("InvalidSpec")));

    // Fixing the spec resumes scheduling.
    k8s.editSpec("badtemplate", spec -> spec.getRunTemplate().getSpec().setIterations(10L));
    await().atMost(TIMEOUT).until(() -> "True".equals(condition(status("badtemplate"), "Ready").getStatus()));
    await().atMost(TIMEOUT).until(() -> k8s.runs("badtemplate").size() == 1);
  }

  private void expectStalled(String name, Consumer<ChaosScheduleSpec> edit, String messageStart) {
    k8s.create(name, "0 * * * *", edit);
    await().atMost(TIMEOUT).until(() -> k8s.schedule(name).getStatus() != null
        && "True".equals(condition(k8s.schedule(name).getStatus(), "Stalled").getStatus()));
    ChaosScheduleStatus status = k8s.schedule(name).getStatus();
    assertThat(status.getMessage()).startsWith("Invalid spec: " + messageStart);
    assertThat(condition(status, "Ready").getStatus()).isEqualTo("False");
    assertThat(status.getConditions()).allSatisfy(c -> assertThat(c.getObservedGeneration()).isEqualTo(1L));
    assertThat(status.getNextScheduleTime()).isNull();
    await().atMost(TIMEOUT).until(() -> k8s.eventReasons(name).contains("InvalidSpec"));
    assertThat(k8s.runs(name)).isEmpty();
  }

  /** The schedule's status; an empty one before the first status write, so waits can poll it. */
  private ChaosScheduleStatus status(String name) {
    ChaosScheduleStatus status = k8s.schedule(name).getStatus();
    return status == null ? new ChaosScheduleStatus() : status;
  }

  private String next(String name) {
    ChaosScheduleStatus status = k8s.schedule(name).getStatus();
    return status == null ? null : status.getNextScheduleTime();
  }

  private String lastSchedule(String name) {
    ChaosScheduleStatus status = k8s.schedule(name).getStatus();
    return status == null ? null : status.getLastScheduleTime();
  }

  private static Condition condition(ChaosScheduleStatus status, String type) {
    return status.getConditions().stream().filter(c -> type.equals(c.getType())).findFirst().orElseThrow();
  }

  private static io.strategickhaos.treasury.api.TemplateMetadata metadata() {
    var metadata = new io.strategickhaos.treasury.api.TemplateMetadata();
    metadata.setLabels(java.util.Map.of("team", "treasury"));
    return metadata;
  }
}
