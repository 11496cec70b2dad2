package io.strategickhaos.treasury.operator;

import io.javaoperatorsdk.operator.processing.event.ResourceID;
import io.strategickhaos.treasury.api.ReportReference;
import io.strategickhaos.treasury.engine.ChaosEngine;
import io.strategickhaos.treasury.engine.RunObserver;
import io.strategickhaos.treasury.engine.SimulationOptions;
import io.strategickhaos.treasury.engine.SimulationResult;
import io.strategickhaos.treasury.operator.RunSnapshot.State;
import io.strategickhaos.treasury.report.RenderedReport;
import io.strategickhaos.treasury.report.ReportContext;
import io.strategickhaos.treasury.report.ReportGenerator;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs simulations off the reconcile threads on a bounded pool and keeps what it knows in memory.
 * It never writes to Kubernetes: on every change worth showing (started, progress at most once per
 * {@code progressInterval}, finished) it calls {@code onChange}, which triggers a reconcile, and the
 * reconciler writes status. A run is cancelled when a new generation replaces it, when its
 * ChaosRun is gone ({@link RunRequest#stillWanted()}), or when the executor closes.
 */
final class RunExecutor implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(RunExecutor.class);

  /** The engine entry point; the real one is {@link ChaosEngine#run}, tests pass fakes. */
  @FunctionalInterface
  interface Simulation {
    SimulationResult run(SimulationOptions options, RunObserver observer, BooleanSupplier cancelled);
  }

  /** The report entry point; the real one is {@link ReportGenerator#render}. */
  @FunctionalInterface
  interface Renderer {
    RenderedReport render(SimulationResult result, ReportContext context);
  }

  private final ExecutorService pool;
  private final Map<ResourceID, Execution> executions = new ConcurrentHashMap<>();
  private final Simulation simulation;
  private final Renderer renderer;
  private final Consumer<ResourceID> onChange;
  private final Clock clock;
  private final Duration progressInterval;
  private final OperatorMetrics metrics;
  private volatile boolean closed;

  RunExecutor(
      int maxConcurrentRuns,
      Simulation simulation,
      Renderer renderer,
      Consumer<ResourceID> onChange,
      Clock clock,
      Duration progressInterval,
      OperatorMetrics metrics) {
    AtomicInteger threads = new AtomicInteger();
    this.pool = Executors.newFixedThreadPool(maxConcurrentRuns, task -> {
      Thread thread = new Thread(task, "chaos-run-" + threads.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    });
    this.simulation = simulation;
    this.renderer = renderer;
    this.onChange = onChange;
    this.clock = clock;
    this.progressInterval = progressInterval;
    this.metrics = metrics;
    metrics.trackActiveRuns(this::count);
  }

  /** Queues a run, cancelling any other run of the same ChaosRun. */
  RunSnapshot submit(ResourceID id, RunRequest request) {
    if (closed) {
      throw new IllegalStateException("run executor is closed");
    }
    // Finished runs wait for the reconciler to see their terminal status; those of deleted or
    // edited ChaosRuns never will, so they go here.
    executions.values().removeIf(e -> e.isFinished() && !e.request.stillWanted().getAsBoolean());
    Execution execution = new Execution(id, request);
    Execution previous = executions.put(id, execution);
    if (previous != null) {
      previous.cancelRequested = true;
    }
    pool.execute(() -> execute(execution));
    return execution.snapshot();
  }

  /** The run of this ChaosRun, if the executor has one (queued, running or finished). */
  Optional<RunSnapshot> find(ResourceID id) {
    return Optional.ofNullable(executions.get(id)).map(Execution::snapshot);
  }

  /** Cancels the run of this ChaosRun, if any, and forgets it. */
  void cancel(ResourceID id) {
    Execution execution = executions.remove(id);
    if (execution != null) {
      execution.cancelRequested = true;
    }
  }

  /** Forgets a finished run once its outcome is in status, so memory stays bounded. */
  void forget(ResourceID id, long generation) {
    executions.computeIfPresent(id, (key, execution) ->
        execution.request.generation() == generation && execution.isFinished() ? null : execution);
  }

  /**
   * Records that the outcome of a finished run was handled: where its report was stored (null for a
   * failed run), dropping the report text. Answers true only the first time, so Events and
   * metrics count each outcome once.
   */
  boolean outcomeHandled(ResourceID id, long generation, ReportReference storedReport) {
    Execution execution = executions.get(id);
    if (execution == null || execution.request.generation() != generation || execution.outcomeHandled) {
      return false;
    }
    execution.outcomeHandled = true;
    execution.storedReport = storedReport;
    execution.report = null;
    return true;
  }

  /** Runs of this state, for the metrics gauges. */
  long count(State state) {
    return executions.values().stream().filter(e -> e.state == state).count();
  }

  @Override
  public void close() {
    closed = true;
    executions.values().forEach(e -> e.cancelRequested = true);
    executions.clear();
    pool.shutdownNow();
    try {
      if (!pool.awaitTermination(10, TimeUnit.SECONDS)) {
        log.warn("Simulation threads did not stop within 10 s");
      }
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  private void execute(Execution execution) {
    if (execution.isCancelled()) {
      executions.remove(execution.id, execution);
      return;
    }
    execution.startedAt = clock.instant();
    execution.state = State.RUNNING;
    notifyChange(execution);
    try {
      SimulationResult result = simulation.run(execution.request.options(), execution, execution::isCancelled);
      execution.finishedAt = clock.instant();
      execution.report = renderer.render(result,
          new ReportContext(execution.finishedAt, execution.request.previousReportSha256()));
      execution.result = result;
      execution.completed = result.totalOperations();
      execution.state = State.SUCCEEDED;
      metrics.runSimulated(result, Duration.between(execution.startedAt, execution.finishedAt));
      notifyChange(execution);
    } catch (CancellationException cancelled) {
      log.info("Run of {} generation {} cancelled", execution.id, execution.request.generation());
      executions.remove(execution.id, execution);
    } catch (RuntimeException | Error failure) {
      if (execution.isCancelled()) {
        executions.remove(execution.id, execution);
        return;
      }
      log.error("Run of {} generation {} failed", execution.id, execution.request.generation(), failure);
      execution.finishedAt = clock.instant();
      execution.failure = failure.getClass().getSimpleName() + ": " + failure.getMessage();
      execution.state = State.FAILED;
      notifyChange(execution);
    }
  }

  private void notifyChange(Execution execution) {
    if (executions.get(execution.id) == execution) {
      execution.lastNotifiedNanos = System.nanoTime();
      onChange.accept(execution.id);
    }
  }

  /** One run; fields are written by its simulation thread and read by reconcile threads. */
  private final class Execution implements RunObserver {
    final ResourceID id;
    final RunRequest request;
    volatile State state = State.QUEUED;
    volatile boolean cancelRequested;
    volatile long completed;
    volatile Instant startedAt;
    volatile Instant finishedAt;
    volatile SimulationResult result;
    volatile RenderedReport report;
    volatile String failure;
    volatile ReportReference storedReport;
    volatile boolean outcomeHandled;
    volatile long lastNotifiedNanos;

    Execution(ResourceID id, RunRequest request) {
      this.id = id;
      this.request = request;
    }

    boolean isCancelled() {
      return cancelRequested || closed || Thread.currentThread().isInterrupted() || !request.stillWanted().getAsBoolean();
    }

    boolean isFinished() {
      return state == State.SUCCEEDED || state == State.FAILED;
    }

    /** The operator reports progress only; per-event callbacks would just cost the engine strings. */
    @Override
    public boolean wantsEvents() {
      return false;
    }

    @Override
    public void progress(long completedIterations, long total) {
      completed = completedIterations;
      if (System.nanoTime() - lastNotifiedNanos >= progressInterval.toNanos()) {
        notifyChange(this);
      }
    }

    RunSnapshot snapshot() {
      return new RunSnapshot(
          request.uid(),
          request.generation(),
          request.attempt(),
          request.options().seed(),
          state,
          completed,
          request.options().iterations(),
          startedAt,
          finishedAt,
          result,
          report,
          failure,
          storedReport);
    }
  }
}
