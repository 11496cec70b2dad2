package io.strategickhaos.treasury.operator;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import io.strategickhaos.treasury.api.ChaosRun;
import io.strategickhaos.treasury.api.ChaosSchedule;
import org.junit.jupiter.api.Test;

class UnreadableSpecClonerTest {
  private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();
  private final UnreadableSpecCloner cloner = new UnreadableSpecCloner(SERIALIZATION);

  @Test
  void theCloneOfAnUnreadableSpecIsStillUnreadableWithTheSameProblem() {
    ChaosRun run = SERIALIZATION.unmarshal(resource("ChaosRun", "{\"iterations\":\"lots\"}"), ChaosRun.class);
    ChaosSchedule schedule = SERIALIZATION.unmarshal(resource("ChaosSchedule", "[]"), ChaosSchedule.class);

    assertThat(cloner.clone(run).getSpec().getUnreadable()).isEqualTo(run.getSpec().getUnreadable()).contains("iterations");
    assertThat(cloner.clone(schedule).getSpec().getUnreadable()).isEqualTo("spec must be an object, got []");
    // The plain JSON round trip the SDK does by default loses it: the reason this cloner exists.
    assertThat(SERIALIZATION.clone(run).getSpec().getUnreadable()).isNull();
  }

  @Test
  void aReadableSpecIsClonedAsIs() {
    ChaosRun run = SERIALIZATION.unmarshal(resource("ChaosRun", "{\"iterations\":20}"), ChaosRun.class);
    ChaosRun copy = cloner.clone(run);
    assertThat(copy).isNotSameAs(run);
    assertThat(copy.getSpec().getIterations()).isEqualTo(20L);
    assertThat(copy.getSpec().getUnreadable()).isNull();
  }

  private static String resource(String kind, String spec) {
    return "{\"apiVersion\":\"treasury.strategickhaos.io/v1alpha1\",\"kind\":\"" + kind
        + "\",\"metadata\":{\"name\":\"x\",\"namespace\":\"chaos\"},\"spec\":" + spec + "}";
  }
}
