package io.strategickhaos.treasury.operator;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import java.io.PrintStream;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Starts the operator: configuration from the environment, then the SDK's reconcile loops. */
public final class OperatorMain {
  public static final int EXIT_BAD_CONFIG = 2;
  public static final int EXIT_START_FAILED = 3;

  private OperatorMain() {}

  /**
   * Runs the operator until the JVM stops.
   *
   * @param env the process environment, read once
   * @return exit code: 2 for bad configuration (one line naming the variable), 3 for start-up failure
   */
  public static int run(Map<String, String> env) {
    return run(env, System.err);
  }

  /**
   * Production tuning, unless the JVM runs with {@code -Dtreasury.testing.mockApiServer=true}: the
   * reliability tests run this jar against the fabric8 mock server, which has no server-side apply.
   * A system property rather than an environment variable, so it is not a deployment setting.
   */
  static ChaosRunOperator.Tuning tuning() {
    return Boolean.getBoolean("treasury.testing.mockApiServer")
        ? ChaosRunOperator.Tuning.mockServer()
        : ChaosRunOperator.Tuning.production();
  }

  /** As {@link #run(Map)}, writing start-up problems to {@code err}. */
  static int run(Map<String, String> env, PrintStream err) {
    OperatorConfig config;
    try {
      config = OperatorConfig.fromEnv(env);
    } catch (OperatorConfig.InvalidConfigException e) {
      err.println(e.getMessage());
      return EXIT_BAD_CONFIG;
    }
    LoggingSetup.apply(config.logFormat());
    Logger log = LoggerFactory.getLogger(OperatorMain.class);
    // The client reads the ambient kubeconfig, or the ServiceAccount credentials inside a pod.
    KubernetesClient client = new KubernetesClientBuilder().build();
    ChaosRunOperator operator;
    try {
      operator = new ChaosRunOperator(client, config, tuning());
      operator.start();
    } catch (RuntimeException e) {
      log.error("Operator failed to start", e);
      err.println("operator failed to start: " + e.getMessage());
      client.close();
      return EXIT_START_FAILED;
    }
    log.info("Operator started: namespaces={}, maxConcurrentRuns={}, leaderElection={}, httpPort={}",
        config.watchNamespaces().isEmpty() ? "all" : config.watchNamespaces(),
        config.maxConcurrentRuns(), config.leaderElection(), operator.httpPort());
    CountDownLatch stop = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      operator.close();
      stop.countDown();
    }, "shutdown"));
    try {
      stop.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return 0;
  }
}
