package io.strategickhaos.treasury.operator;

import io.fabric8.kubernetes.api.model.OwnerReference;
import io.fabric8.kubernetes.api.model.OwnerReferenceBuilder;
import io.fabric8.kubernetes.client.utils.Serialization;
import io.strategickhaos.treasury.api.ChaosRun;
import io.strategickhaos.treasury.api.ChaosRunSpec;
import io.strategickhaos.treasury.api.ChaosRunTemplate;
import io.strategickhaos.treasury.api.ChaosSchedule;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Builds the ChaosRun of one firing: named {@code <schedule>-<minutes since the epoch>} so that a
 * second attempt at the same firing (another replica, a restart) collides instead of running twice;
 * owned by the schedule (controller reference), labelled with it, annotated with the firing time
 * and with the previous report's SHA-256, and seeded from the schedule's UID and the firing time
 * unless the template fixes the seed.
 */
final class ScheduledRunFactory {
  static final String SCHEDULE_LABEL = ChaosRun.GROUP + "/chaosschedule";
  static final String SCHEDULED_AT_ANNOTATION = ChaosRun.GROUP + "/scheduled-at";
  static final String PREVIOUS_REPORT_ANNOTATION = ChaosRun.GROUP + "/previous-report-sha256";
  /** Room left in a 253-character name for "-" and the epoch minute. */
  static final int MAX_SCHEDULE_NAME_LENGTH = KubernetesNames.MAX_NAME_LENGTH - 11;
  private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-f]{64}");

  private ScheduledRunFactory() {}

  static String runName(String scheduleName, Instant firing) {
    return scheduleName + "-" + epochMinute(firing);
  }

  static long epochMinute(Instant firing) {
    return Math.floorDiv(firing.getEpochSecond(), 60);
  }

  /** The seed of a firing: first 8 bytes of SHA-256 of {@code uid + "/" + epochMinute}. */
  static long seedFor(String scheduleUid, Instant firing) {
    return RunSeeds.derived(scheduleUid, epochMinute(firing));
  }

  static ChaosRun build(ChaosSchedule schedule, Instant firing, Optional<String> previousReportSha256) {
    ChaosRunTemplate template = schedule.getSpec().getRunTemplate();
    ChaosRunSpec spec = template == null || template.getSpec() == null
        ? new ChaosRunSpec()
        : Serialization.clone(template.getSpec());
    if (spec.getSeed() == null) {
      spec.setSeed(seedFor(schedule.getMetadata().getUid(), firing));
    }
    Map<String, String> labels = new LinkedHashMap<>();
    Map<String, String> annotations = new LinkedHashMap<>();
    if (template != null && template.getMetadata() != null) {
      Optional.ofNullable(template.getMetadata().getLabels()).ifPresent(labels::putAll);
      Optional.ofNullable(template.getMetadata().getAnnotations()).ifPresent(annotations::putAll);
    }
    labels.put(SCHEDULE_LABEL, KubernetesNames.labelValue(schedule.getMetadata().getName()));
    annotations.put(SCHEDULED_AT_ANNOTATION, firing.toString());
    annotations.remove(PREVIOUS_REPORT_ANNOTATION);
    previousReportSha256.ifPresent(sha -> annotations.put(PREVIOUS_REPORT_ANNOTATION, sha));

    ChaosRun run = new ChaosRun();
    run.getMetadata().setName(runName(schedule.getMetadata().getName(), firing));
    run.getMetadata().setNamespace(schedule.getMetadata().getNamespace());
    run.getMetadata().setLabels(labels);
    run.getMetadata().setAnnotations(annotations);
    run.getMetadata().setOwnerReferences(List.of(controllerReference(schedule)));
    run.setSpec(spec);
    return run;
  }

  /** The hash-chain link a scheduled run's report must carry; empty for a first run or a plain ChaosRun. */
  static Optional<String> previousReportSha256(ChaosRun run) {
    Map<String, String> annotations = run.getMetadata().getAnnotations();
    return Optional.ofNullable(annotations == null ? null : annotations.get(PREVIOUS_REPORT_ANNOTATION))
        .filter(sha -> SHA256_HEX.matcher(sha).matches());
  }

  /** The firing that created a run, from its annotation; empty for a run not created by a schedule. */
  static Optional<Instant> scheduledAt(ChaosRun run) {
    Map<String, String> annotations = run.getMetadata().getAnnotations();
    String value = annotations == null ? null : annotations.get(SCHEDULED_AT_ANNOTATION);
    try {
      return Optional.ofNullable(value).map(Instant::parse);
    } catch (java.time.format.DateTimeParseException e) {
      return Optional.empty();
    }
  }

  // addOwnerReference() would not set controller: true; garbage collection and kubectl need it.
  private static OwnerReference controllerReference(ChaosSchedule schedule) {
    return new OwnerReferenceBuilder()
        .withApiVersion(schedule.getApiVersion())
        .withKind(schedule.getKind())
        .withName(schedule.getMetadata().getName())
        .withUid(schedule.getMetadata().getUid())
        .withController(true)
        .withBlockOwnerDeletion(true)
        .build();
  }
}
