package io.strategickhaos.treasury.e2e;

import io.fabric8.kubeapitest.KubeAPIServer;
import io.fabric8.kubeapitest.KubeAPIServerConfigBuilder;
import io.fabric8.kubernetes.api.model.ServiceAccountBuilder;
import io.fabric8.kubernetes.api.model.authentication.TokenRequest;
import io.fabric8.kubernetes.api.model.authentication.TokenRequestBuilder;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.ConfigBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real kube-apiserver + etcd for end-to-end tests, the Java counterpart of controller-runtime's
 * envtest: no nodes, no controllers, no scheduler, only the API server (admission, validation,
 * CEL, RBAC, TokenRequest, watches) backed by etcd.
 *
 * <p>The binaries are built from source by {@code test-cluster/build.sh} (Maven runs it in
 * {@code pre-integration-test}) and started by fabric8's kube-api-test, pinned to the release in
 * {@code test-cluster/versions.env} and in offline mode: it never downloads anything, and a
 * missing build fails with a message saying how to build it.
 *
 * <p>The server listens on 127.0.0.1 only, authorizes with RBAC, and accepts ServiceAccount
 * tokens from the TokenRequest API ({@link #serviceAccountToken}, {@link #clientAs}). The admin
 * identity of {@link #client()} and {@link #kubeconfig()} is a client certificate in group
 * {@code system:masters}.
 *
 * <p>Start one per test class ({@link #start()} in {@code @BeforeAll}, {@link #close()} in
 * {@code @AfterAll}); each start is a fresh, empty etcd. Starting takes a few seconds.
 */
public final class RealApiServer implements AutoCloseable {

  /** Flags added to every server: loopback only (kube-api-test would otherwise bind all interfaces). */
  public static final List<String> DEFAULT_FLAGS = List.of("--bind-address=127.0.0.1");

  private static final Duration DEFAULT_KUBECTL_TIMEOUT = Duration.ofSeconds(60);

  private final String version;
  private final Path testDir;
  private final KubeAPIServer server;
  private final Path workDir;
  private final Path kubeconfig;
  private final Config adminConfig;
  private final KubernetesClient client;
  private final List<KubernetesClient> extraClients = new ArrayList<>();

  private RealApiServer(List<String> extraFlags) {
    this.version = pinnedKubernetesVersion();
    this.testDir = kubeApiTestDir();
    Path binaries = binaryDir();
    if (!Files.isExecutable(binaries.resolve("kube-apiserver"))
        || !Files.isExecutable(binaries.resolve("etcd"))
        || !Files.isExecutable(binaries.resolve("kubectl"))) {
      throw new IllegalStateException("No kube-apiserver/etcd/kubectl " + version + " in " + binaries
          + ": run test-cluster/build.sh (mvn verify runs it before the *E2E tests)");
    }
    var config = KubeAPIServerConfigBuilder.anAPIServerConfig()
        .withTestDir(testDir.toString())
        .withApiServerVersion(version.substring(1)) // kube-api-test names directories 1.37.2, not v1.37.2
        .withOfflineMode(true)
        .withUpdateKubeConfig(false); // never touch ~/.kube/config
    DEFAULT_FLAGS.forEach(config::withApiServerFlag);
    extraFlags.forEach(config::withApiServerFlag);
    this.server = new KubeAPIServer(config.build());
    server.start();
    try {
      this.workDir = Files.createTempDirectory("real-apiserver");
      String yaml = server.getKubeConfigYaml();
      this.kubeconfig = workDir.resolve("kubeconfig");
      Files.writeString(kubeconfig, yaml);
      this.adminConfig = Config.fromKubeconfig(yaml);
      this.client = new KubernetesClientBuilder().withConfig(adminConfig).build();
    } catch (IOException | RuntimeException e) {
      server.stop();
      throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
    }
  }

  /** Starts a fresh API server with {@link #DEFAULT_FLAGS}. */
  public static RealApiServer start() {
    return new RealApiServer(List.of());
  }

  /**
   * Starts a fresh API server with extra kube-apiserver flags ({@code --name=value}), e.g.
   * {@code --feature-gates=...}. kube-api-test appends its own flags after these, so its
   * {@code --authorization-mode=RBAC}, service-account and certificate flags win.
   */
  public static RealApiServer start(List<String> extraFlags) {
    return new RealApiServer(List.copyOf(extraFlags));
  }

  /** Admin client (client certificate in group {@code system:masters}). */
  public KubernetesClient client() {
    return client;
  }

  /** The admin client's configuration, e.g. to build an operator's client from. */
  public Config adminConfig() {
    return adminConfig;
  }

  /** A kubeconfig file for the admin identity (also what {@link #kubectl} uses). */
  public Path kubeconfig() {
    return kubeconfig;
  }

  /** The API server's URL, {@code https://127.0.0.1:<port>/}. */
  public String url() {
    return adminConfig.getMasterUrl();
  }

  /** The pinned release, e.g. {@code v1.37.2} (what {@code /version} reports). */
  public String version() {
    return version;
  }

  /** The kubectl built with the API server (same release). */
  public Path kubectlBinary() {
    return binaryDir().resolve("kubectl");
  }

  /**
   * Creates the ServiceAccount when missing and returns a token for it from the TokenRequest API
   * ({@code POST .../serviceaccounts/<name>/token}), the way a kubelet-projected token is made.
   */
  public String serviceAccountToken(String namespace, String serviceAccount, Duration lifetime) {
    var sas = client.serviceAccounts().inNamespace(namespace);
    if (sas.withName(serviceAccount).get() == null) {
      sas.resource(new ServiceAccountBuilder().withNewMetadata().withName(serviceAccount)
          .withNamespace(namespace).endMetadata().build()).create();
    }
    TokenRequest response = sas.withName(serviceAccount).tokenRequest(new TokenRequestBuilder()
        .withNewSpec().withExpirationSeconds(lifetime.toSeconds()).endSpec().build());
    return Objects.requireNonNull(response.getStatus().getToken(), "TokenRequest returned no token");
  }

  /**
   * A client that authenticates as {@code system:serviceaccount:<namespace>:<serviceAccount>}
   * with a one-hour TokenRequest token (no client certificate), so RBAC decides what it may do.
   * Closed by {@link #close()}.
   */
  public KubernetesClient clientAs(String namespace, String serviceAccount) {
    String token = serviceAccountToken(namespace, serviceAccount, Duration.ofHours(1));
    Config config = new ConfigBuilder(Config.empty())
        .withMasterUrl(adminConfig.getMasterUrl())
        .withCaCertFile(adminConfig.getCaCertFile())
        .withCaCertData(adminConfig.getCaCertData())
        .withOauthToken(token)
        .withNamespace(namespace)
        .build();
    KubernetesClient c = new KubernetesClientBuilder().withConfig(config).build();
    synchronized (extraClients) {
      extraClients.add(c);
    }
    return c;
  }

  /** Runs the bundled kubectl against this server (admin kubeconfig) with a 60 s timeout. */
  public Result kubectl(String... args) {
    return kubectl(DEFAULT_KUBECTL_TIMEOUT, args);
  }

  /** Runs the bundled kubectl against this server; kills it and fails when it exceeds the timeout. */
  public Result kubectl(Duration timeout, String... args) {
    List<String> command = new ArrayList<>();
    command.add(kubectlBinary().toString());
    command.add("--kubeconfig=" + kubeconfig);
    command.addAll(List.of(args));
    return run(command, timeout);
  }

  /** Runs a command with {@code KUBECONFIG} pointing at this server (for tools other than kubectl). */
  public Result run(List<String> command, Duration timeout) {
    ProcessBuilder pb = new ProcessBuilder(command);
    pb.environment().put("KUBECONFIG", kubeconfig.toString());
    pb.environment().put("HOME", workDir.toString()); // no ~/.kube cache or kuberc from the user
    pb.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
    try {
      Process p = pb.start();
      CompletableFuture<String> out = readAsync(p.getInputStream());
      CompletableFuture<String> err = readAsync(p.getErrorStream());
      if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        p.destroyForcibly().waitFor();
        throw new IllegalStateException("timed out after " + timeout + ": " + command
            + "\nstdout: " + out.getNow("") + "\nstderr: " + err.getNow(""));
      }
      return new Result(command, p.exitValue(), out.get(), err.get());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    }
  }

  private static CompletableFuture<String> readAsync(InputStream in) {
    return CompletableFuture.supplyAsync(() -> {
      try (in) {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  /** Stops the API server and etcd (etcd's data is deleted) and closes the clients. */
  @Override
  public void close() {
    synchronized (extraClients) {
      extraClients.forEach(KubernetesClient::close);
      extraClients.clear();
    }
    client.close();
    server.stop();
    try (var files = Files.walk(workDir)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
    } catch (IOException ignored) {
      // a temp directory left behind is harmless
    }
  }

  /** The outcome of a finished command. */
  public record Result(List<String> command, int exitCode, String stdout, String stderr) {
    public boolean ok() {
      return exitCode == 0;
    }

    /** Returns this result, or throws with the command's output when it failed. */
    public Result assertOk() {
      if (exitCode != 0) {
        throw new AssertionError("exit code " + exitCode + " from " + command
            + "\nstdout: " + stdout + "\nstderr: " + stderr);
      }
      return this;
    }
  }

  // --- where things are ------------------------------------------------------------------------

  /** {@code test-cluster/} of this project (system property {@code treasury.testClusterDir}, set by failsafe). */
  static Path testClusterDir() {
    String dir = System.getProperty("treasury.testClusterDir");
    if (dir == null) {
      dir = Paths.get(System.getProperty("basedir", System.getProperty("user.dir")), "test-cluster").toString();
    }
    return Paths.get(dir);
  }

  /** {@code KUBERNETES_VERSION} from {@code test-cluster/versions.env}, e.g. {@code v1.37.2}. */
  static String pinnedKubernetesVersion() {
    Path env = testClusterDir().resolve("versions.env");
    try {
      Matcher m = Pattern.compile("(?m)^KUBERNETES_VERSION=(v1\\.\\d+\\.\\d+)\\s*$").matcher(Files.readString(env));
      if (!m.find()) {
        throw new IllegalStateException("no KUBERNETES_VERSION=v1.x.y line in " + env);
      }
      return m.group(1);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + env, e);
    }
  }

  /** Same rule as build.sh and kube-api-test: {@code KUBE_API_TEST_DIR}, else {@code ~/.kubeapitest}. */
  static Path kubeApiTestDir() {
    String dir = System.getenv("KUBE_API_TEST_DIR");
    return dir != null && !dir.isBlank() ? Paths.get(dir) : Paths.get(System.getProperty("user.home"), ".kubeapitest");
  }

  private Path binaryDir() {
    String os = System.getProperty("os.name").toLowerCase().contains("mac") ? "darwin" : "linux";
    String arch = switch (System.getProperty("os.arch")) {
      case "aarch64", "arm64" -> "arm64";
      case "ppc64le" -> "ppc64le";
      default -> "amd64";
    };
    return testDir.resolve("k8s").resolve(version.substring(1) + "-" + os + "-" + arch);
  }
}
