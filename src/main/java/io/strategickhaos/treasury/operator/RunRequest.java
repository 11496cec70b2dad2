package io.strategickhaos.treasury.operator;

import io.strategickhaos.treasury.engine.SimulationOptions;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * A run to execute for one ChaosRun generation.
 *
 * @param uid UID of the ChaosRun
 * @param generation spec generation
 * @param attempt 1 for the first start of the generation, more after a restart
 * @param options validated engine options, seed included
 * @param stillWanted answers false once the ChaosRun is deleted or its spec changed; polled by the
 *     engine, so a deletion cancels the run without a finalizer
 * @param previousReportSha256 for a ChaosSchedule's run, the SHA-256 of the schedule's previous
 *     report, which this run's report names (the hash chain)
 */
record RunRequest(String uid, long generation, int attempt, SimulationOptions options, BooleanSupplier stillWanted,
    Optional<String> previousReportSha256) {}
