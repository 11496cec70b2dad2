package io.strategickhaos.treasury.operator;

import io.fabric8.kubernetes.api.model.OwnerReference;
import io.strategickhaos.treasury.api.ChaosRun;
import io.strategickhaos.treasury.api.ChaosRunStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The runs a schedule owns, sorted oldest firing first and sorted into active, succeeded
 * (Completed with verdict Pass) and failed (Completed with verdict Fail, or Failed). A run being
 * deleted counts as none of them. Pure.
 */
record ScheduleRuns(List<ChaosRun> active, List<ChaosRun> succeeded, List<ChaosRun> failed) {
  static final Comparator<ChaosRun> OLDEST_FIRST =
      Comparator.comparing(ScheduleRuns::firingOf).thenComparing(run -> run.getMetadata().getName());

  static ScheduleRuns of(Collection<ChaosRun> secondaries, String scheduleUid) {
    List<ChaosRun> active = new ArrayList<>();
    List<ChaosRun> succeeded = new ArrayList<>();
    List<ChaosRun> failed = new ArrayList<>();
    secondaries.stream()
        .filter(run -> isControlledBy(run, scheduleUid))
        .filter(run -> run.getMetadata().getDeletionTimestamp() == null)
        .sorted(OLDEST_FIRST)
        .forEach(run -> {
          if (!isFinished(run)) {
            active.add(run);
          } else if (StatusBuilder.COMPLETED.equals(run.getStatus().getPhase()) && "Pass".equals(run.getStatus().getVerdict())) {
            succeeded.add(run);
          } else {
            failed.add(run);
          }
        });
    return new ScheduleRuns(List.copyOf(active), List.copyOf(succeeded), List.copyOf(failed));
  }

  /** Finished means a terminal phase for the run's current generation. */
  static boolean isFinished(ChaosRun run) {
    ChaosRunStatus status = run.getStatus();
    return status != null && StatusBuilder.isTerminalFor(status, run.getMetadata().getGeneration() == null
        ? 1L : run.getMetadata().getGeneration());
  }

  /** The firing that created the run; its creation time for a run without the annotation. */
  static Instant firingOf(ChaosRun run) {
    return ScheduledRunFactory.scheduledAt(run).orElseGet(() -> {
      String created = run.getMetadata().getCreationTimestamp();
      return created == null ? Instant.EPOCH : Instant.parse(created);
    });
  }

  /** The finished run with a stored report whose firing is the latest: the new head of the hash chain. */
  Optional<ChaosRun> newestReported() {
    return Stream.concat(succeeded.stream(), failed.stream())
        .filter(run -> run.getStatus().getReport() != null && run.getStatus().getReport().getSha256() != null)
        .max(OLDEST_FIRST);
  }

  /** The firings of every run, active or finished. */
  java.util.Set<Instant> firings() {
    return Stream.of(active, succeeded, failed).flatMap(List::stream).map(ScheduleRuns::firingOf)
        .collect(java.util.stream.Collectors.toSet());
  }

  /** When the latest successful run completed. */
  Optional<Instant> lastSuccessfulTime() {
    return succeeded.stream()
        .map(run -> run.getStatus().getCompletedAt())
        .filter(Objects::nonNull)
        .map(Instant::parse)
        .max(Comparator.naturalOrder());
  }

  private static boolean isControlledBy(ChaosRun run, String scheduleUid) {
    List<OwnerReference> owners = run.getMetadata().getOwnerReferences();
    return owners != null && owners.stream()
        .anyMatch(owner -> scheduleUid.equals(owner.getUid()) && Boolean.TRUE.equals(owner.getController()));
  }
}
