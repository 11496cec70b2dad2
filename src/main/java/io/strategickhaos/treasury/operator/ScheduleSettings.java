package io.strategickhaos.treasury.operator;

import io.strategickhaos.treasury.api.ConcurrencyPolicy;
import java.time.Duration;
import java.util.Optional;

/**
 * A validated ChaosSchedule spec with its defaults applied.
 *
 * @param cron the schedule in its time zone
 * @param suspended no firing while true
 * @param concurrencyPolicy what a firing does while a run is active
 * @param startingDeadline how late a firing may still start; empty: any lateness
 * @param successfulRunsHistoryLimit finished Pass runs kept
 * @param failedRunsHistoryLimit finished Fail or Failed runs kept
 */
record ScheduleSettings(
    CronSchedule cron,
    boolean suspended,
    ConcurrencyPolicy concurrencyPolicy,
    Optional<Duration> startingDeadline,
    int successfulRunsHistoryLimit,
    int failedRunsHistoryLimit) {
  static final String DEFAULT_TIME_ZONE = "UTC";
  static final int DEFAULT_SUCCESSFUL_RUNS_HISTORY_LIMIT = 3;
  static final int DEFAULT_FAILED_RUNS_HISTORY_LIMIT = 1;
}
