package io.strategickhaos.treasury.operator;

import io.strategickhaos.treasury.api.ChaosRun;
import java.util.ArrayList;
import java.util.List;

/**
 * Picks the finished runs beyond the history limits, oldest firing first. Their report ConfigMaps
 * go with them through owner references, unless the template retains reports. Pure.
 */
final class RunHistoryPruner {
  private RunHistoryPruner() {}

  static List<ChaosRun> beyondLimits(ScheduleRuns runs, ScheduleSettings settings) {
    List<ChaosRun> doomed = new ArrayList<>(oldest(runs.succeeded(), settings.successfulRunsHistoryLimit()));
    doomed.addAll(oldest(runs.failed(), settings.failedRunsHistoryLimit()));
    return doomed;
  }

  /** All but the {@code keep} newest of a list sorted oldest first. */
  private static List<ChaosRun> oldest(List<ChaosRun> oldestFirst, int keep) {
    return oldestFirst.subList(0, Math.max(0, oldestFirst.size() - keep));
  }
}
