package io.strategickhaos.treasury.operator;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.strategickhaos.treasury.api.ChaosRun;
import java.time.Clock;

/**
 * Records core/v1 Events on a ChaosRun, so {@code kubectl describe} tells its story. Events are
 * best effort: a failure to record one is logged and never fails the reconcile.
 */
final class RunEventRecorder {
  private final KubernetesEvents events;

  RunEventRecorder(KubernetesClient client, Clock clock) {
    this.events = new KubernetesEvents(client, clock);
  }

  void started(ChaosRun run, RunSnapshot snapshot) {
    events.record(run, "Normal", "RunStarted", "Simulating " + snapshot.totalIterations()
        + " iterations with seed " + snapshot.seed() + " (generation " + snapshot.generation()
        + ", attempt " + snapshot.attempt() + ")");
  }

  void completed(ChaosRun run, String verdict, String configMapName) {
    events.record(run, "Pass".equals(verdict) ? "Normal" : "Warning", "RunCompleted",
        "Verdict " + verdict + "; report stored in ConfigMap " + configMapName);
  }

  void invalidSpec(ChaosRun run, String problem) {
    events.record(run, "Warning", "InvalidSpec", problem);
  }

  void failed(ChaosRun run, String reason) {
    events.record(run, "Warning", "RunFailed", reason);
  }
}
