package io.strategickhaos.treasury.operator;

import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.EventBuilder;
import io.fabric8.kubernetes.api.model.ObjectReferenceBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.strategickhaos.treasury.api.ChaosSchedule;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records core/v1 Events on a ChaosSchedule (runs created, firings skipped, runs replaced or pruned,
 * an invalid spec), so {@code kubectl describe csched} tells its story. Best effort, like {@link
 * RunEventRecorder}: a failure to record one is logged and never fails the reconcile.
 */
final class ScheduleEventRecorder {
  private static final int MAX_MESSAGE_LENGTH = 1024;
  private static final Logger log = LoggerFactory.getLogger(ScheduleEventRecorder.class);

  private final KubernetesClient client;
  private final Clock clock;

  ScheduleEventRecorder(KubernetesClient client, Clock clock) {
    this.client = client;
    this.clock = clock;
  }

  void normal(ChaosSchedule schedule, String reason, String message) {
    record(schedule, "Normal", reason, message);
  }

  void warning(ChaosSchedule schedule, String reason, String message) {
    record(schedule, "Warning", reason, message);
  }

  private void record(ChaosSchedule schedule, String type, String reason, String message) {
    String now = clock.instant().truncatedTo(ChronoUnit.SECONDS).toString();
    String namespace = schedule.getMetadata().getNamespace();
    Event event = new EventBuilder()
        .withNewMetadata().withName(eventName(schedule)).withNamespace(namespace).endMetadata()
        .withInvolvedObject(new ObjectReferenceBuilder()
            .withApiVersion(schedule.getApiVersion())
            .withKind(schedule.getKind())
            .withName(schedule.getMetadata().getName())
            .withNamespace(namespace)
            .withUid(schedule.getMetadata().getUid())
            .withResourceVersion(schedule.getMetadata().getResourceVersion())
            .build())
        .withType(type)
        .withReason(reason)
        .withMessage(message.length() > MAX_MESSAGE_LENGTH ? message.substring(0, MAX_MESSAGE_LENGTH) : message)
        .withFirstTimestamp(now)
        .withLastTimestamp(now)
        .withCount(1)
        .withNewSource().withComponent(RunEventRecorder.COMPONENT).endSource()
        .withReportingComponent(RunEventRecorder.COMPONENT)
        .build();
    try {
      client.v1().events().inNamespace(namespace).resource(event).create();
    } catch (KubernetesClientException e) {
      log.warn("Could not record Event {} on {}/{}: {}", reason, namespace, schedule.getMetadata().getName(),
          e.getMessage());
    }
  }

  private static String eventName(ChaosSchedule schedule) {
    String suffix = "." + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toLowerCase(Locale.ROOT);
    String name = schedule.getMetadata().getName();
    return name.substring(0, Math.min(name.length(), KubernetesNames.MAX_NAME_LENGTH - suffix.length())) + suffix;
  }
}
