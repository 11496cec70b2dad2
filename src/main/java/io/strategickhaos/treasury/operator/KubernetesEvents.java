package io.strategickhaos.treasury.operator;

import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.EventBuilder;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.ObjectReferenceBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates core/v1 Events on the operator's resources, so {@code kubectl describe} tells their story.
 * Best effort: a failure to record one is logged and never fails the reconcile.
 */
final class KubernetesEvents {
  static final String COMPONENT = "treasury-resilience-operator";
  private static final int MAX_MESSAGE_LENGTH = 1024;
  private static final Logger log = LoggerFactory.getLogger(KubernetesEvents.class);

  private final KubernetesClient client;
  private final Clock clock;

  KubernetesEvents(KubernetesClient client, Clock clock) {
    this.client = client;
    this.clock = clock;
  }

  /** Records one Event of {@code type} (Normal or Warning) on {@code object}. */
  void record(HasMetadata object, String type, String reason, String message) {
    String now = clock.instant().truncatedTo(ChronoUnit.SECONDS).toString();
    String namespace = object.getMetadata().getNamespace();
    Event event = new EventBuilder()
        .withNewMetadata().withName(eventName(object)).withNamespace(namespace).endMetadata()
        .withInvolvedObject(new ObjectReferenceBuilder()
            .withApiVersion(object.getApiVersion())
            .withKind(object.getKind())
            .withName(object.getMetadata().getName())
            .withNamespace(namespace)
            .withUid(object.getMetadata().getUid())
            .withResourceVersion(object.getMetadata().getResourceVersion())
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
      client.v1().events().inNamespace(namespace).resource(event).create();
    } catch (KubernetesClientException e) {
      log.warn("Could not record Event {} on {}/{}: {}", reason, namespace, object.getMetadata().getName(),
          e.getMessage());
    }
  }

  /** The object's name with a random suffix, cut so the whole stays a valid object name. */
  private static String eventName(HasMetadata object) {
    String suffix = "." + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toLowerCase(Locale.ROOT);
    String name = object.getMetadata().getName();
    return name.substring(0, Math.min(name.length(), KubernetesNames.MAX_NAME_LENGTH - suffix.length())) + suffix;
  }
}
