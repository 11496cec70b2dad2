package io.strategickhaos.treasury.operator;

import io.strategickhaos.treasury.api.ConcurrencyPolicy;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * Decides what a reconcile does about firings, from the clock and what is already handled. Only
 * the most recent firing that fell due since the last one handled is considered (like a CronJob):
 * after an outage at most one missed firing runs, and only within startingDeadlineSeconds when set.
 * Pure: no client, no clock of its own.
 */
final class FiringPlanner {
  private FiringPlanner() {}

  /** What to do now. */
  sealed interface Plan permits Idle, Fire, Skip {}

  /** Nothing fell due. */
  record Idle() implements Plan {}

  /** Create the run of {@code firing}, after deleting the active runs when {@code replaceActive}. */
  record Fire(Instant firing, boolean replaceActive) implements Plan {}

  /** {@code firing} fell due but creates no run; {@code reason} is a CamelCase Event reason. */
  record Skip(Instant firing, String reason, String message, boolean warning) implements Plan {}

  /**
   * @param handledUpTo the latest instant already accounted for: the last firing scheduled or
   *     skipped, or the schedule's creation
   * @param runActive whether a run of the schedule has not finished
   * @param firedBefore the firings whose runs exist: a status write lost after the create (a
   *     restart) leaves one unrecorded; creating it again meets AlreadyExists and records it
   */
  static Plan plan(
      ScheduleSettings settings, Instant now, Instant handledUpTo, boolean runActive, Set<Instant> firedBefore) {
    Optional<Instant> due = settings.cron().latestIn(handledUpTo, now);
    if (due.isEmpty()) {
      return new Idle();
    }
    Instant firing = due.get();
    if (firedBefore.contains(firing)) {
      return new Fire(firing, false);
    }
    if (settings.suspended()) {
      return new Skip(firing, "FiringSuspended", "Firing of " + firing + " skipped: the schedule is suspended", false);
    }
    if (settings.startingDeadline().isPresent() && firing.plus(settings.startingDeadline().get()).isBefore(now)) {
      return new Skip(firing, "MissedStartingDeadline", "Firing of " + firing + " missed: it is more than "
          + settings.startingDeadline().get().toSeconds() + " s (spec.startingDeadlineSeconds) late", true);
    }
    if (runActive && settings.concurrencyPolicy() == ConcurrencyPolicy.Forbid) {
      return new Skip(firing, "FiringForbidden", "Firing of " + firing
          + " skipped: a run is still active and spec.concurrencyPolicy is Forbid", false);
    }
    return new Fire(firing, runActive && settings.concurrencyPolicy() == ConcurrencyPolicy.Replace);
  }
}
