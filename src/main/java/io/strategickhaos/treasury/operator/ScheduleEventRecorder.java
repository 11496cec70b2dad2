package io.strategickhaos.treasury.operator;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.strategickhaos.treasury.api.ChaosSchedule;
import java.time.Clock;

/**
 * Records core/v1 Events on a ChaosSchedule (runs created, firings skipped, runs replaced or pruned,
 * an invalid spec), so {@code kubectl describe csched} tells its story. Best effort (see {@link
 * KubernetesEvents}): a failure to record one is logged and never fails the reconcile.
 */
final class ScheduleEventRecorder {
  private final KubernetesEvents events;

  ScheduleEventRecorder(KubernetesClient client, Clock clock) {
    this.events = new KubernetesEvents(client, clock);
  }

  void normal(ChaosSchedule schedule, String reason, String message) {
    events.record(schedule, "Normal", reason, message);
  }

  void warning(ChaosSchedule schedule, String reason, String message) {
    events.record(schedule, "Warning", reason, message);
  }
}
