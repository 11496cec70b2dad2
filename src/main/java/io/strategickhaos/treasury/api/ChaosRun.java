package io.strategickhaos.treasury.api;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.fabric8.crd.generator.annotation.AdditionalPrinterColumn;
import io.fabric8.kubernetes.api.model.Namespaced;
import io.fabric8.kubernetes.client.CustomResource;
import io.fabric8.kubernetes.model.annotation.Categories;
import io.fabric8.kubernetes.model.annotation.Group;
import io.fabric8.kubernetes.model.annotation.Kind;
import io.fabric8.kubernetes.model.annotation.Plural;
import io.fabric8.kubernetes.model.annotation.ShortNames;
import io.fabric8.kubernetes.model.annotation.Singular;
import io.fabric8.kubernetes.model.annotation.Version;

/** One deterministic chaos simulation of the revenue split; its report lands in a ConfigMap. */
@Group(ChaosRun.GROUP)
@Version(ChaosRun.VERSION)
@Kind("ChaosRun")
@Plural("chaosruns")
@Singular("chaosrun")
@ShortNames("crun")
@Categories("chaos")
@AdditionalPrinterColumn(name = "Phase", jsonPath = ".status.phase", type = AdditionalPrinterColumn.Type.STRING)
@AdditionalPrinterColumn(name = "Verdict", jsonPath = ".status.verdict", type = AdditionalPrinterColumn.Type.STRING)
@AdditionalPrinterColumn(name = "Iterations", jsonPath = ".status.progress.totalIterations", type = AdditionalPrinterColumn.Type.INTEGER)
@AdditionalPrinterColumn(name = "Injected", jsonPath = ".status.chaosEventsInjected", type = AdditionalPrinterColumn.Type.INTEGER)
@AdditionalPrinterColumn(name = "Recovered", jsonPath = ".status.successfulRecoveries", type = AdditionalPrinterColumn.Type.INTEGER)
@AdditionalPrinterColumn(name = "Failed", jsonPath = ".status.failedRecoveries", type = AdditionalPrinterColumn.Type.INTEGER)
@AdditionalPrinterColumn(name = "Uptime", jsonPath = ".status.uptimePercent", type = AdditionalPrinterColumn.Type.STRING)
@AdditionalPrinterColumn(name = "Age", jsonPath = ".metadata.creationTimestamp", type = AdditionalPrinterColumn.Type.DATE)
public class ChaosRun extends CustomResource<ChaosRunSpec, ChaosRunStatus> implements Namespaced {
  public static final String GROUP = "treasury.strategickhaos.io";
  public static final String VERSION = "v1alpha1";

  /** What to simulate; the operator never writes it. */
  @Override
  @JsonPropertyDescription("What to simulate; the operator never writes it.")
  public ChaosRunSpec getSpec() {
    return super.getSpec();
  }

  /** What the operator observed and produced; written only by the operator. */
  @Override
  @JsonPropertyDescription("What the operator observed and produced; written only by the operator.")
  public ChaosRunStatus getStatus() {
    return super.getStatus();
  }

  /** Bound leniently: a spec of the wrong shape is kept as an unreadable spec, never an error (see LenientReader). */
  @Override
  @JsonDeserialize(using = LenientReader.ChaosRunSpecDeserializer.class)
  public void setSpec(ChaosRunSpec spec) {
    super.setSpec(spec);
  }

  /** Bound leniently: a status of the wrong shape reads as absent and the operator writes it again. */
  @Override
  @JsonDeserialize(using = LenientReader.ChaosRunStatusDeserializer.class)
  public void setStatus(ChaosRunStatus status) {
    super.setStatus(status);
  }

  @Override
  protected ChaosRunSpec initSpec() {
    return new ChaosRunSpec();
  }
}
