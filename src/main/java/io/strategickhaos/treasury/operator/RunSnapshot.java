package io.strategickhaos.treasury.operator;

import io.strategickhaos.treasury.api.ReportReference;
import io.strategickhaos.treasury.engine.SimulationResult;
import io.strategickhaos.treasury.report.RenderedReport;
import java.time.Instant;

/**
 * What the executor knows about the run of one ChaosRun generation, copied at one instant so the
 * reconciler reads a consistent picture.
 *
 * @param uid UID of the ChaosRun the run belongs to
 * @param generation spec generation being simulated
 * @param attempt how many times this generation has been started, this run included
 * @param seed the seed the run uses
 * @param state where the run is
 * @param completedIterations iterations simulated so far
 * @param totalIterations iterations of the run
 * @param startedAt when the simulation started; null while queued
 * @param finishedAt when it finished; null before
 * @param result the results; only when {@link State#SUCCEEDED}
 * @param report the rendered report; only when {@link State#SUCCEEDED}
 * @param failure why the run failed; only when {@link State#FAILED}
 * @param storedReport where the report was stored, once it was; the report text is dropped then
 */
record RunSnapshot(
    String uid,
    long generation,
    int attempt,
    long seed,
    State state,
    long completedIterations,
    long totalIterations,
    Instant startedAt,
    Instant finishedAt,
    SimulationResult result,
    RenderedReport report,
    String failure,
    ReportReference storedReport) {

  /** Life of a run. Cancelled runs are dropped from the executor, so they have no state here. */
  enum State {
    QUEUED,
    RUNNING,
    SUCCEEDED,
    FAILED
  }

  boolean isFor(String resourceUid, long resourceGeneration) {
    return uid.equals(resourceUid) && generation == resourceGeneration;
  }
}
