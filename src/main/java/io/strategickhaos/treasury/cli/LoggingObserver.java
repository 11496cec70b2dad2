package io.strategickhaos.treasury.cli;

import io.strategickhaos.treasury.engine.ChaosKind;
import io.strategickhaos.treasury.engine.RunObserver;
import io.strategickhaos.treasury.report.CentsText;
import java.util.Locale;
import org.slf4j.Logger;

/**
 * Logs a run the way the seed did: one line per revenue event, chaos injection and recovery. Beyond
 * {@link #PER_EVENT_LIMIT} iterations that would drown the terminal, so only progress is logged,
 * each time another tenth of the run is done.
 */
final class LoggingObserver implements RunObserver {
  static final long PER_EVENT_LIMIT = 1_000;

  private final Logger log;
  private final long totalIterations;
  private final boolean perEvent;
  private long lastTenth;

  LoggingObserver(Logger log, long totalIterations) {
    this.log = log;
    this.totalIterations = totalIterations;
    this.perEvent = totalIterations <= PER_EVENT_LIMIT;
  }

  /** Beyond the per-event limit only progress is logged, so the engine need not build source ids. */
  @Override
  public boolean wantsEvents() {
    return perEvent;
  }

  @Override
  public void revenueEvent(long index, String sourceId, long grossCents) {
    if (perEvent) {
      log.info("Processing revenue event source={} total={}", sourceId, CentsText.format(grossCents));
    }
  }

  @Override
  public void chaosInjected(String sourceId, ChaosKind kind, String stage, long durationSeconds) {
    if (perEvent) {
      log.warn("🔥 CHAOS INJECTED: {} during {}", kind.id(), stage);
      log.info("💥 SIMULATING {}{}", kind.label().toUpperCase(Locale.ROOT),
          durationSeconds > 0 ? " for " + durationSeconds + "s" : "");
    }
  }

  @Override
  public void recoverySucceeded(String sourceId, ChaosKind kind, long recoveryMillis) {
    if (perEvent) {
      log.info("✅ CHAOS RECOVERY SUCCESSFUL for source={}", sourceId);
    }
  }

  @Override
  public void recoveryFailed(String sourceId, ChaosKind kind, String reason) {
    if (perEvent) {
      log.error("❌ CHAOS RECOVERY FAILED for source={} ({}): {}", sourceId, kind.id(), reason);
    }
  }

  @Override
  public void progress(long completed, long total) {
    if (perEvent || total <= 0) {
      return;
    }
    long tenth = completed * 10 / total;
    if (tenth > lastTenth) {
      lastTenth = tenth;
      log.info("⏳ Progress: {}/{} iterations ({}%)", completed, totalIterations, completed * 100 / total);
    }
  }
}
