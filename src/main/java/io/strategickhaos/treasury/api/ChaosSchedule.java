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

/**
 * Creates a ChaosRun from a template on a cron schedule; each run's report names the previous
 * report's SHA-256, so the reports of a schedule form a hash chain.
 */
@Group(ChaosRun.GROUP)
@Version(ChaosRun.VERSION)
@Kind("ChaosSchedule")
@Plural("chaosschedules")
@Singular("chaosschedule")
@ShortNames("csched")
@Categories("chaos")
@AdditionalPrinterColumn(name = "Schedule", jsonPath = ".spec.schedule", type = AdditionalPrinterColumn.Type.STRING)
@AdditionalPrinterColumn(name = "Suspend", jsonPath = ".spec.suspend", type = AdditionalPrinterColumn.Type.BOOLEAN)
@AdditionalPrinterColumn(name = "Active", jsonPath = ".status.activeCount", type = AdditionalPrinterColumn.Type.INTEGER)
@AdditionalPrinterColumn(name = "Last Schedule", jsonPath = ".status.lastScheduleTime", type = AdditionalPrinterColumn.Type.DATE)
// A string, not a date: kubectl prints a future date column as "<invalid>".
@AdditionalPrinterColumn(name = "Next", jsonPath = ".status.nextScheduleTime", type = AdditionalPrinterColumn.Type.STRING)
@AdditionalPrinterColumn(name = "Age", jsonPath = ".metadata.creationTimestamp", type = AdditionalPrinterColumn.Type.DATE)
public class ChaosSchedule extends CustomResource<ChaosScheduleSpec, ChaosScheduleStatus> implements Namespaced {
  /** When and how to create ChaosRuns; the operator never writes it. */
  @Override
  @JsonPropertyDescription("When and how to create ChaosRuns; the operator never writes it.")
  public ChaosScheduleSpec getSpec() {
    return super.getSpec();
  }

  /** Firings, active runs and the head of the report hash chain; written only by the operator. */
  @Override
  @JsonPropertyDescription("Firings, active runs and the head of the report hash chain; written only by the operator.")
  public ChaosScheduleStatus getStatus() {
    return super.getStatus();
  }

  /** Bound leniently: a spec of the wrong shape is kept as an unreadable spec, never an error (see LenientReader). */
  @Override
  @JsonDeserialize(using = LenientReader.ChaosScheduleSpecDeserializer.class)
  public void setSpec(ChaosScheduleSpec spec) {
    super.setSpec(spec);
  }

  /** Bound leniently: a status of the wrong shape reads as absent and the operator writes it again. */
  @Override
  @JsonDeserialize(using = LenientReader.ChaosScheduleStatusDeserializer.class)
  public void setStatus(ChaosScheduleStatus status) {
    super.setStatus(status);
  }

  @Override
  protected ChaosScheduleSpec initSpec() {
    return new ChaosScheduleSpec();
  }
}
