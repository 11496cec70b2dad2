package io.strategickhaos.treasury.operator;

import io.fabric8.kubernetes.api.model.DeletionPropagation;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.strategickhaos.treasury.api.ChaosRun;
import java.net.HttpURLConnection;
import java.util.Optional;

/** Creates and deletes the ChaosRuns of schedules. */
final class ScheduledRunWriter {
  /** How a create ended. */
  enum Outcome {
    /** The run is new. */
    CREATED,
    /** A run of this firing already exists and belongs to this schedule: fired before (restart, other replica). */
    ALREADY_FIRED,
    /** A ChaosRun of that name exists but is not this schedule's. */
    NAME_TAKEN
  }

  /** The outcome and the run as the API server has it (absent when the name is taken). */
  record Created(Outcome outcome, Optional<ChaosRun> run) {}

  private final KubernetesClient client;

  ScheduledRunWriter(KubernetesClient client) {
    this.client = client;
  }

  /** Creates the run; a 409 AlreadyExists is "already fired", not an error. Other failures throw. */
  Created create(ChaosRun run, String scheduleUid) {
    var runs = client.resources(ChaosRun.class).inNamespace(run.getMetadata().getNamespace());
    try {
      return new Created(Outcome.CREATED, Optional.of(runs.resource(run).create()));
    } catch (KubernetesClientException e) {
      if (e.getCode() != HttpURLConnection.HTTP_CONFLICT) {
        throw e;
      }
      ChaosRun existing = runs.withName(run.getMetadata().getName()).get();
      boolean ours = existing != null && existing.getMetadata().getOwnerReferences() != null
          && existing.getMetadata().getOwnerReferences().stream().anyMatch(o -> scheduleUid.equals(o.getUid()));
      return ours
          ? new Created(Outcome.ALREADY_FIRED, Optional.of(existing))
          : new Created(Outcome.NAME_TAKEN, Optional.empty());
    }
  }

  /** Deletes a run in the background; one already gone is fine. */
  void delete(ChaosRun run) {
    client.resources(ChaosRun.class)
        .inNamespace(run.getMetadata().getNamespace())
        .withName(run.getMetadata().getName())
        .withPropagationPolicy(DeletionPropagation.BACKGROUND)
        .delete();
  }
}
