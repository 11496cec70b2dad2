package io.strategickhaos.treasury.operator;

import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.EventBuilder;
import io.fabric8.kubernetes.api.model.ObjectReferenceBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.strategickhaos.treasury.api.ChaosRun;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records core/v1 Events on a ChaosRun, so {@code kubectl describe} tells its story. Events are
 * best effort: a failure to record one is logged and never fails the reconcile.
 */
final class RunEventRecorder {
  static final String COMPONENT = "treasury-resilience-operator";
  private static final int MAX_MESSAGE_LENGTH = 1024;
  private static final Logger log = LoggerFactory.getLogger(RunEventRecorder.class);

  private final KubernetesClient client;
  private final Clock clock;

  RunEventRecorder(KubernetesClient client, Clock clock) {
    this.client = client;
    this.clock = clock;
  }

  void started(ChaosRun run, RunSnapshot snapshot) {
    record(run, "Normal", "RunStarted", "Simulating " + snapshot.totalIterations()
        + " iterations with seed " + snapshot.seed() + " (generation " + snapshot.generation()
        + ", attempt " + snapshot.attempt() + ")");
  }

  void completed(ChaosRun run, String verdict, String configMapName) {
    record(run, "Pass".equals(verdict) ? "Normal" : "Warning", "RunCompleted",
        "Verdict " + verdict + "; report stored in ConfigMap " + configMapName);
  }

  void invalidSpec(ChaosRun run, String problem) {
    record(run, "Warning", "InvalidSpec", problem);
  }

  void failed(ChaosRun run, String reason) {
    record(run, "Warning", "RunFailed", reason);
  }

  private void record(ChaosRun run, String type, String reason, String message) {
    String now = clock.instant().truncatedTo(ChronoUnit.SECONDS).toString();
    Event event = new EventBuilder()
        .withNewMetadata()
        .withName(eventName(run))
        .withNamespace(run.getMetadata().getNamespace())
        .endMetadata()
        .withInvolvedObject(new ObjectReferenceBuilder()
            .withApiVersion(run.getApiVersion())
            .withKind(run.getKind())
            .withName(run.getMetadata().getName())
            .withNamespace(run.getMetadata().getNamespace())
            .withUid(run.getMetadata().getUid())
            .withResourceVersion(run.getMetadata().getResourceVersion())
            .build())
        .withType(type)
        .withReason(reason)
        .withMessage(message.length() > MAX_MESSAGE_LENGTH ? message.substring(0, MAX_MESSAGE_LENGTH) : message)
        .withFirstTimestamp(now)
        .withLastTimestamp(now)
        .withCount(1)
        .withNewSource().withComponent(COMPONENT).endSource()
        .withReportingComponent(COMPONENT)
        .build();
    try {
      client.v1().events().inNamespace(run.getMetadata().getNamespace()).resource(event).create();
    } catch (KubernetesClientException e) {
      log.warn("Could not record Event {} on {}/{}: {}", reason,
          run.getMetadata().getNamespace(), run.getMetadata().getName(), e.getMessage());
    }
  }

  private static String eventName(ChaosRun run) {
    String suffix = "." + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toLowerCase(Locale.ROOT);
    String name = run.getMetadata().getName();
    return name.substring(0, Math.min(name.length(), KubernetesNames.MAX_NAME_LENGTH - suffix.length())) + suffix;
  }
}
