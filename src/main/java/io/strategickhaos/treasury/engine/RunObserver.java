package io.strategickhaos.treasury.engine;

/**
 * Receives what happens during a run, for logs and progress. Observers never steer the run; the
 * engine calls them on its own thread. Progress is reported every {@link #PROGRESS_INTERVAL}
 * iterations and once at the end.
 */
public interface RunObserver {
  long PROGRESS_INTERVAL = 1024;

  /** Hears nothing; lets the engine skip rendering source ids altogether. */
  RunObserver NONE = new RunObserver() {
    @Override
    public boolean wantsEvents() {
      return false;
    }
  };

  /**
   * Whether the per-event callbacks (revenue, chaos, recovery) are wanted. Answering false lets
   * the engine skip building source-id strings on the hot path, which large runs want; progress is
   * reported either way. Read once at the start of a run.
   */
  default boolean wantsEvents() {
    return true;
  }

  /** A revenue event arrives (iteration {@code index}, zero-based). */
  default void revenueEvent(long index, String sourceId, long grossCents) {}

  /** A chaos event hits an operation during one of its stages. */
  default void chaosInjected(String sourceId, ChaosKind kind, String stage, long durationSeconds) {}

  /** Both legs of a chaos-hit operation settled exactly once before the deadline. */
  default void recoverySucceeded(String sourceId, ChaosKind kind, long recoveryMillis) {}

  /** A chaos-hit operation did not settle in time; its unsettled amount went to suspense. */
  default void recoveryFailed(String sourceId, ChaosKind kind, String reason) {}

  /** {@code completed} of {@code total} iterations are done. */
  default void progress(long completed, long total) {}
}
