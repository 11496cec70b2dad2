package io.strategickhaos.treasury.operator;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import io.javaoperatorsdk.operator.api.config.Cloner;
import io.strategickhaos.treasury.api.ChaosRun;
import io.strategickhaos.treasury.api.ChaosSchedule;

/**
 * The SDK's cloner (a JSON round trip, as the default) that keeps a spec's {@code unreadable}
 * problem. The SDK hands the reconciler a clone of the cached resource; the problem is not part of
 * the JSON (it must stay out of the CRD schema), so without this the clone of an unreadable spec
 * would look like an empty, valid spec and run with defaults.
 */
final class UnreadableSpecCloner implements Cloner {
  private final KubernetesSerialization serialization;

  UnreadableSpecCloner(KubernetesSerialization serialization) {
    this.serialization = serialization;
  }

  @Override
  public <R extends HasMetadata> R clone(R resource) {
    R copy = serialization.clone(resource);
    if (resource instanceof ChaosRun run && run.getSpec() != null && run.getSpec().getUnreadable() != null) {
      ((ChaosRun) copy).getSpec().setUnreadable(run.getSpec().getUnreadable());
    } else if (resource instanceof ChaosSchedule schedule && schedule.getSpec() != null
        && schedule.getSpec().getUnreadable() != null) {
      ((ChaosSchedule) copy).getSpec().setUnreadable(schedule.getSpec().getUnreadable());
    }
    return copy;
  }
}
