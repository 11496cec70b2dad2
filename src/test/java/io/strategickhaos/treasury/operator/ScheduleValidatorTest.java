package io.strategickhaos.treasury.operator;

import static org.assertj.core.api.Assertions.assertThat;

import io.strategickhaos.treasury.api.ChaosRunSpec;
import io.strategickhaos.treasury.api.ChaosRunTemplate;
import io.strategickhaos.treasury.api.ChaosSchedule;
import io.strategickhaos.treasury.api.ChaosScheduleSpec;
import io.strategickhaos.treasury.api.ConcurrencyPolicy;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class ScheduleValidatorTest {
  private static final Instant NOW = Instant.parse("2026-03-27T12:00:00Z");
  private final ScheduleValidator validator = new ScheduleValidator(new SpecValidator());

  @Test
  void aMinimalScheduleIsValidAndGetsTheDocumentedDefaults() {
    ChaosSchedule schedule = schedule(spec -> {});
    assertThat(validator.validate(schedule, NOW)).isEmpty();
    ScheduleSettings settings = ScheduleValidator.settings(schedule.getSpec());
    assertThat(settings.cron().zone().getId()).isEqualTo("UTC");
    assertThat(settings.concurrencyPolicy()).isEqualTo(ConcurrencyPolicy.Forbid);
    assertThat(settings.suspended()).isFalse();
    assertThat(settings.startingDeadline()).isEmpty();
    assertThat(settings.successfulRunsHistoryLimit()).isEqualTo(3);
    assertThat(settings.failedRunsHistoryLimit()).isEqualTo(1);
  }

  @Test
  void everyProblemNamesItsField() {
    assertThat(problem(spec -> spec.setSchedule("61 * * * *"))).startsWith("spec.schedule '61 * * * *'");
    assertThat(problem(spec -> spec.setSchedule(null))).startsWith("spec.schedule is required");
    assertThat(problem(spec -> spec.setSchedule("0 0 30 2 *"))).startsWith("spec.schedule").contains("never fires");
    assertThat(problem(spec -> spec.setTimeZone("Mars/Olympus_Mons"))).startsWith("spec.timeZone 'Mars/Olympus_Mons'");
    assertThat(problem(spec -> spec.setTimeZone("+02:00"))).startsWith("spec.timeZone");
    assertThat(problem(spec -> spec.setConcurrencyPolicy("forbid"))).startsWith("spec.concurrencyPolicy");
    assertThat(problem(spec -> spec.setStartingDeadlineSeconds(-1L))).startsWith("spec.startingDeadlineSeconds");
    assertThat(problem(spec -> spec.setSuccessfulRunsHistoryLimit(-1)))
        .isEqualTo("spec.successfulRunsHistoryLimit must be between 0 and 1000, got -1");
    assertThat(problem(spec -> spec.setFailedRunsHistoryLimit(-2))).startsWith("spec.failedRunsHistoryLimit");
    assertThat(problem(spec -> spec.getRunTemplate().getSpec().setIterations(0L)))
        .startsWith("spec.runTemplate.spec.iterations must be between 1 and");
    assertThat(problem(spec -> spec.getRunTemplate().getSpec().setTimeMode("Realtime")))
        .startsWith("spec.runTemplate.spec.timeMode");
  }

  @Test
  void aNameTooLongForRunNamesIsRefused() {
    ChaosSchedule schedule = schedule(spec -> {});
    schedule.getMetadata().setName("n".repeat(ScheduledRunFactory.MAX_SCHEDULE_NAME_LENGTH + 1));
    assertThat(validator.validate(schedule, NOW)).get().asString().startsWith("metadata.name");
  }

  @Test
  void settingsCarryTheSpec() {
    ScheduleSettings settings = ScheduleValidator.settings(schedule(spec -> {
      spec.setTimeZone("Europe/Berlin");
      spec.setSuspend(true);
      spec.setConcurrencyPolicy("Replace");
      spec.setStartingDeadlineSeconds(90L);
      spec.setSuccessfulRunsHistoryLimit(0);
      spec.setFailedRunsHistoryLimit(5);
    }).getSpec());
    assertThat(settings.cron().zone().getId()).isEqualTo("Europe/Berlin");
    assertThat(settings.suspended()).isTrue();
    assertThat(settings.concurrencyPolicy()).isEqualTo(ConcurrencyPolicy.Replace);
    assertThat(settings.startingDeadline()).contains(Duration.ofSeconds(90));
    assertThat(settings.successfulRunsHistoryLimit()).isZero();
    assertThat(settings.failedRunsHistoryLimit()).isEqualTo(5);
  }

  private String problem(Consumer<ChaosScheduleSpec> edit) {
    Optional<String> problem = validator.validate(schedule(edit), NOW);
    assertThat(problem).isPresent();
    return problem.get();
  }

  static ChaosSchedule schedule(Consumer<ChaosScheduleSpec> edit) {
    ChaosScheduleSpec spec = new ChaosScheduleSpec();
    spec.setSchedule("0 * * * *");
    ChaosRunTemplate template = new ChaosRunTemplate();
    ChaosRunSpec runSpec = new ChaosRunSpec();
    runSpec.setIterations(20L);
    template.setSpec(runSpec);
    spec.setRunTemplate(template);
    edit.accept(spec);
    ChaosSchedule schedule = new ChaosSchedule();
    schedule.getMetadata().setName("nightly");
    schedule.getMetadata().setNamespace("chaos");
    schedule.getMetadata().setUid("uid-1");
    schedule.setSpec(spec);
    return schedule;
  }
}
