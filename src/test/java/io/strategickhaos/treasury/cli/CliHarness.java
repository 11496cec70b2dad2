package io.strategickhaos.treasury.cli;

import io.strategickhaos.treasury.engine.SimulationOptions;
import io.strategickhaos.treasury.engine.SimulationResult;
import io.strategickhaos.treasury.engine.Verdict;
import io.strategickhaos.treasury.report.ReportFixtures;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs the CLI in-process with an injected environment, a fixed clock, a fixed "random" seed and a
 * fake engine, capturing both streams. The fake engine answers with a hand-built result carrying
 * the options it was given, so reports, digests and replays behave as with the real engine.
 */
final class CliHarness {
  static final long RANDOM_SEED = 8_675_309L;
  static final Instant NOW = Instant.parse("2025-12-06T22:10:06.431780Z");

  final Map<String, String> env = new HashMap<>();
  final List<SimulationOptions> runs = new ArrayList<>();
  Verdict verdict = Verdict.PASS;
  /** Added to totalOperations on every run after the first: an engine that does not reproduce. */
  long drift = 0;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  CliContext.SimulationRunner runner = this::fakeRun;

  int run(String... args) {
    out.reset();
    err.reset();
    CliContext context = new CliContext(env, Clock.fixed(NOW, ZoneOffset.UTC), () -> RANDOM_SEED, runner,
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    return Main.execute(context, args);
  }

  String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  private SimulationResult fakeRun(SimulationOptions options, io.strategickhaos.treasury.engine.RunObserver observer) {
    SimulationResult t = verdict == Verdict.PASS ? ReportFixtures.passing() : ReportFixtures.failing();
    long total = t.totalOperations() + (runs.isEmpty() ? 0 : drift);
    runs.add(options);
    return new SimulationResult(options, t.engineVersion(), total, t.chaosEventsInjected(),
        t.successfulRecoveries(), t.failedRecoveries(), t.fullySettledOperations(), t.eventCounts(), t.ledger(),
        t.invariants(), t.recoveryTimes(), t.simulatedMillis(), t.verdict(), t.verdictReasons());
  }
}
