/**
 * The ChaosRun and ChaosSchedule custom resources: spec and status as plain Jackson beans,
 * annotated so the CRD generator writes the schema, ranges, CEL rules and printer columns. Imports
 * fabric8 model types only; nothing from the engine, the operator SDK or the report.
 */
package io.strategickhaos.treasury.api;
