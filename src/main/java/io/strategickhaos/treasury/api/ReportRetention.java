package io.strategickhaos.treasury.api;

/**
 * Accepted values of {@code spec.reportRetention}: {@code Delete} lets the report ConfigMap be
 * garbage-collected with its ChaosRun, {@code Retain} keeps it as evidence after the run is gone.
 */
public enum ReportRetention {
  Delete,
  Retain
}
