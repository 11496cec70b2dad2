package io.strategickhaos.treasury.operator;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.javaoperatorsdk.operator.Operator;
import io.javaoperatorsdk.operator.api.config.LeaderElectionConfigurationBuilder;
import io.javaoperatorsdk.operator.monitoring.micrometer.MicrometerMetrics;
import io.javaoperatorsdk.operator.processing.event.source.inbound.SimpleInboundEventSource;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.strategickhaos.treasury.api.ChaosRun;
import io.strategickhaos.treasury.engine.ChaosEngine;
import io.strategickhaos.treasury.report.ReportGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;

/**
 * The operator assembled: the SDK operator with the ChaosRun controller (a second reconciler, such
 * as ChaosSchedule's, is one more {@code register} call in {@link #registerControllers}), the run
 * executor, metrics and the HTTP server. {@link #close()} stops all of it and cancels runs in flight.
 */
public final class ChaosRunOperator implements AutoCloseable {
  /**
   * What differs between production and tests against the fabric8 mock server.
   *
   * @param serverSideApply SSA for status patches: on in production (the SDK default); the mock
   *     server does not implement it
   * @param exitOnStopLeading exit the JVM when leadership is lost (production) or not (tests)
   * @param progressInterval least time between two progress updates of a run's status
   * @param simulation the engine entry point
   * @param clock source of status and Event timestamps
   */
  public record Tuning(
      boolean serverSideApply,
      boolean exitOnStopLeading,
      Duration progressInterval,
      RunExecutor.Simulation simulation,
      Clock clock) {
    public static Tuning production() {
      return new Tuning(true, true, Duration.ofSeconds(1), ChaosEngine::run, Clock.systemUTC());
    }

    public static Tuning mockServer() {
      return new Tuning(false, false, Duration.ofSeconds(1), ChaosEngine::run, Clock.systemUTC());
    }

    Tuning withSimulation(RunExecutor.Simulation replacement) {
      return new Tuning(serverSideApply, exitOnStopLeading, progressInterval, replacement, clock);
    }
  }

  private final OperatorConfig config;
  private final Operator operator;
  private final RunExecutor executor;
  private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
  private final HealthServer http;

  public ChaosRunOperator(KubernetesClient client, OperatorConfig config, Tuning tuning) {
    this.config = config;
    this.operator = new Operator(overrider -> {
      overrider.withKubernetesClient(client)
          .withResourceCloner(new UnreadableSpecCloner(client.getKubernetesSerialization()))
          .withMetrics(MicrometerMetrics.withoutPerResourceMetrics(registry))
          .withUseSSAToPatchPrimaryResource(tuning.serverSideApply())
          .withSSABasedCreateUpdateMatchForDependentResources(tuning.serverSideApply());
      if (config.leaderElection()) {
        overrider.withLeaderElectionConfiguration(
            LeaderElectionConfigurationBuilder.aLeaderElectionConfiguration(OperatorConfig.LEASE_NAME)
                .withLeaseNamespace(config.operatorNamespace().orElseThrow())
                .withIdentity(leaseIdentity(System.getenv("HOSTNAME")))
                .withExitOnStopLeading(tuning.exitOnStopLeading())
                .build());
      }
    });
    OperatorMetrics metrics = new OperatorMetrics(registry);
    SimpleInboundEventSource<ChaosRun> runEvents = new SimpleInboundEventSource<>("run-progress");
    this.executor = new RunExecutor(config.maxConcurrentRuns(), tuning.simulation(), ReportGenerator::render,
        runEvents::propagateEvent, tuning.clock(), tuning.progressInterval(), metrics);
    registerControllers(client, tuning, metrics, runEvents);
    try {
      this.http = new HealthServer(config.httpPort(), () -> operator.getRuntimeInfo().isStarted(), registry);
    } catch (IOException e) {
      executor.close();
      throw new UncheckedIOException("cannot listen on HTTP_PORT " + config.httpPort(), e);
    }
  }

  private void registerControllers(
      KubernetesClient client, Tuning tuning, OperatorMetrics metrics, SimpleInboundEventSource<ChaosRun> runEvents) {
    ChaosRunReconciler chaosRuns = new ChaosRunReconciler(
        new SpecValidator(),
        executor,
        runEvents,
        new StatusBuilder(tuning.clock()),
        new ReportConfigMapWriter(client),
        new RunEventRecorder(client, tuning.clock()),
        metrics,
        client,
        tuning.serverSideApply());
    operator.register(ChaosScheduleReconciler.create(client, tuning.clock()), overrider -> {
      if (config.watchNamespaces().isEmpty()) {
        overrider.watchingAllNamespaces();
      } else {
        overrider.settingNamespaces(config.watchNamespaces());
      }
    });
    operator.register(chaosRuns, overrider -> {
      if (config.watchNamespaces().isEmpty()) {
        overrider.watchingAllNamespaces();
      } else {
        overrider.settingNamespaces(config.watchNamespaces());
      }
    });
  }

  public void start() {
    http.start();
    operator.start();
  }

  /** Port the HTTP server listens on (useful with HTTP_PORT=0). */
  public int httpPort() {
    return http.port();
  }

  PrometheusMeterRegistry registry() {
    return registry;
  }

  @Override
  public void close() {
    try {
      operator.stop();
    } finally {
      executor.close();
      http.close();
    }
  }

  /**
   * The Lease holder identity: the pod name (HOSTNAME, as the SDK's default) plus a random suffix.
   * The SDK's default alone lets two processes on one host (host-network pods, plain processes on
   * a VM) both believe they hold the Lease; a restarted process waits one lease duration instead.
   */
  static String leaseIdentity(String hostname) {
    String base = hostname == null || hostname.isBlank() ? OperatorConfig.LEASE_NAME : hostname;
    return base + "-" + UUID.randomUUID().toString().substring(0, 8);
  }
}
