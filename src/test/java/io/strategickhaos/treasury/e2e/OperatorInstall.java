package io.strategickhaos.treasury.e2e;

import io.fabric8.kubernetes.client.Config;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;

/**
 * Installs the project's real manifests into a {@link RealApiServer} the way a user does
 * ({@code kubectl apply -k k8s/}: namespace, CRDs, ServiceAccount, RBAC, user roles, the Deployment,
 * PDB and Service), and writes a kubeconfig that authenticates as the operator's ServiceAccount with
 * a TokenRequest token, the credentials a pod of the Deployment would get.
 *
 * <p>There are no nodes, so the Deployment never gets a pod; applying it still proves the server
 * accepts it. The operator itself runs as a child process ({@link OperatorProcess}).
 */
final class OperatorInstall {
  static final String NAMESPACE = "treasury-resilience";
  static final String SERVICE_ACCOUNT = "treasury-resilience-operator";
  static final String SERVICE_ACCOUNT_USER = "system:serviceaccount:" + NAMESPACE + ":" + SERVICE_ACCOUNT;
  static final String CHAOSRUN_CRD = "chaosruns.treasury.strategickhaos.io";
  static final String CHAOSSCHEDULE_CRD = "chaosschedules.treasury.strategickhaos.io";

  private OperatorInstall() {}

  /** The repository root (the parent of {@code test-cluster/}). */
  static Path projectDir() {
    return RealApiServer.testClusterDir().toAbsolutePath().getParent();
  }

  /** {@code kubectl apply -k k8s/}, then waits until both CRDs are served. Returns kubectl's output. */
  static RealApiServer.Result installKustomization(RealApiServer api) {
    RealApiServer.Result applied = api.kubectl(Duration.ofMinutes(2),
        "apply", "-k", projectDir().resolve("k8s").toString()).assertOk();
    waitForCrds(api);
    return applied;
  }

  /** {@code kubectl apply -k crds/} only (tests that need the schemas but no operator). */
  static RealApiServer.Result installCrds(RealApiServer api) {
    RealApiServer.Result applied = api.kubectl(Duration.ofMinutes(2),
        "apply", "-k", projectDir().resolve("crds").toString()).assertOk();
    waitForCrds(api);
    return applied;
  }

  private static void waitForCrds(RealApiServer api) {
    api.kubectl(Duration.ofMinutes(2), "wait", "--for=condition=Established", "--timeout=90s",
        "crd/" + CHAOSRUN_CRD, "crd/" + CHAOSSCHEDULE_CRD).assertOk();
  }

  /**
   * Writes a kubeconfig for the operator's ServiceAccount: the server's URL and CA, and a
   * TokenRequest token valid for {@code lifetime}. No client certificate, so RBAC decides.
   */
  static Path serviceAccountKubeconfig(RealApiServer api, Path file, Duration lifetime) {
    String token = api.serviceAccountToken(NAMESPACE, SERVICE_ACCOUNT, lifetime);
    Config admin = api.adminConfig();
    String yaml = """
        apiVersion: v1
        kind: Config
        clusters:
        - name: e2e
          cluster:
            server: %s
            certificate-authority-data: %s
        users:
        - name: %s
          user:
            token: %s
        contexts:
        - name: operator
          context:
            cluster: e2e
            user: %s
            namespace: %s
        current-context: operator
        """.formatted(admin.getMasterUrl(), caBase64(admin), SERVICE_ACCOUNT, token, SERVICE_ACCOUNT, NAMESPACE);
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, yaml);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file;
  }

  private static String caBase64(Config admin) {
    if (admin.getCaCertData() != null && !admin.getCaCertData().isBlank()) {
      return admin.getCaCertData();
    }
    try {
      byte[] pem = Files.readAllBytes(Path.of(admin.getCaCertFile()));
      return Base64.getEncoder().encodeToString(pem);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the API server's CA " + admin.getCaCertFile(), e);
    }
  }

  /** A file under {@code target/e2e/} (kept after the run, for the reader of a failed build). */
  static Path outputFile(String name) {
    Path file = projectDir().resolve("target").resolve("e2e").resolve(name);
    try {
      Files.createDirectories(file.getParent());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file;
  }

  static void write(Path file, String text) {
    try {
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
