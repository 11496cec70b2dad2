package io.strategickhaos.treasury.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.authentication.SelfSubjectReview;
import io.fabric8.kubernetes.api.model.rbac.RoleBindingBuilder;
import io.fabric8.kubernetes.api.model.rbac.RoleBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.net.InetAddress;
import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Proves the end-to-end harness: a real kube-apiserver and etcd built from the pinned release,
 * started offline by kube-api-test, reachable with the fabric8 client and kubectl, with RBAC and
 * ServiceAccount TokenRequest tokens working.
 */
class KubeApiServerE2E {

  private static final String NS = "harness-e2e";
  private static RealApiServer api;

  @BeforeAll
  static void startServer() {
    api = RealApiServer.start();
  }

  @AfterAll
  static void stopServer() {
    if (api != null) {
      api.close();
    }
  }

  @Test
  void versionEndpointReportsThePinnedRelease() throws Exception {
    assertThat(api.version()).matches("v1\\.\\d+\\.\\d+");
    assertThat(api.client().getKubernetesVersion().getGitVersion()).isEqualTo(api.version());

    JsonNode version = new ObjectMapper().readTree(api.kubectl("version", "-o", "json").assertOk().stdout());
    assertThat(version.at("/serverVersion/gitVersion").asText()).isEqualTo(api.version());
    assertThat(version.at("/clientVersion/gitVersion").asText())
        .as("kubectl is built from the same release").isEqualTo(api.version());
    String minor = api.version().split("\\.")[1];
    assertThat(version.at("/serverVersion/major").asText()).isEqualTo("1");
    assertThat(version.at("/serverVersion/minor").asText()).isEqualTo(minor);
  }

  @Test
  void listensOnLoopbackOnly() throws Exception {
    URI url = URI.create(api.url());
    assertThat(url.getScheme()).isEqualTo("https");
    assertThat(InetAddress.getByName(url.getHost()).isLoopbackAddress()).isTrue();
  }

  @Test
  void namespaceAndConfigMapRoundTripThroughEtcd() {
    KubernetesClient client = api.client();
    client.namespaces().resource(new NamespaceBuilder().withNewMetadata().withName(NS).endMetadata().build())
        .serverSideApply();
    ConfigMap created = client.configMaps().inNamespace(NS).resource(new ConfigMapBuilder()
        .withNewMetadata().withName("harness").endMetadata()
        .withData(Map.of("report.md", "# hello from the harness"))
        .withImmutable(true)
        .build()).create();
    assertThat(created.getMetadata().getUid()).isNotBlank();
    assertThat(created.getMetadata().getResourceVersion()).isNotBlank();

    ConfigMap read = client.configMaps().inNamespace(NS).withName("harness").get();
    assertThat(read.getData()).containsEntry("report.md", "# hello from the harness");

    // Real API server semantics the mock server does not have: immutable ConfigMaps refuse updates.
    assertThatThrownBy(() -> client.configMaps().inNamespace(NS).withName("harness")
        .edit(cm -> new ConfigMapBuilder(cm).addToData("report.md", "tampered").build()))
        .isInstanceOf(KubernetesClientException.class)
        .hasMessageContaining("immutable");

    RealApiServer.Result ns = api.kubectl("get", "ns", "-o", "name").assertOk();
    assertThat(ns.stdout().lines()).contains("namespace/default", "namespace/kube-system", "namespace/" + NS);
    RealApiServer.Result cm = api.kubectl("get", "configmap", "harness", "-n", NS,
        "-o", "jsonpath={.data.report\\.md}").assertOk();
    assertThat(cm.stdout()).isEqualTo("# hello from the harness");
  }

  @Test
  void kubectlReportsFailuresWithExitCodeAndStderr() {
    RealApiServer.Result missing = api.kubectl("get", "configmap", "does-not-exist", "-n", "default");
    assertThat(missing.exitCode()).isNotZero();
    assertThat(missing.stderr()).contains("NotFound");
  }

  @Test
  void serviceAccountTokenFromTokenRequestAuthenticatesAndRbacAuthorizes() {
    KubernetesClient admin = api.client();
    String ns = "rbac-e2e";
    admin.namespaces().resource(new NamespaceBuilder().withNewMetadata().withName(ns).endMetadata().build())
        .serverSideApply();

    KubernetesClient operator = api.clientAs(ns, "operator");

    // Authenticated as the ServiceAccount (a SelfSubjectReview is allowed for every authenticated user).
    SelfSubjectReview whoami = operator.authentication().v1().selfSubjectReviews().create(new SelfSubjectReview());
    assertThat(whoami.getStatus().getUserInfo().getUsername()).isEqualTo("system:serviceaccount:" + ns + ":operator");
    assertThat(whoami.getStatus().getUserInfo().getGroups()).contains("system:serviceaccounts", "system:authenticated");

    // RBAC is on: nothing granted yet, so 403 (authenticated but forbidden), not 401.
    assertThatThrownBy(() -> operator.configMaps().inNamespace(ns).list())
        .isInstanceOfSatisfying(KubernetesClientException.class, e -> assertThat(e.getCode()).isEqualTo(403));

    admin.rbac().roles().inNamespace(ns).resource(new RoleBuilder().withNewMetadata().withName("read-configmaps")
        .endMetadata().addNewRule().withApiGroups("").withResources("configmaps").withVerbs("get", "list", "watch")
        .endRule().build()).create();
    admin.rbac().roleBindings().inNamespace(ns).resource(new RoleBindingBuilder().withNewMetadata()
        .withName("operator-reads-configmaps").endMetadata()
        .withNewRoleRef("rbac.authorization.k8s.io", "Role", "read-configmaps")
        .addNewSubject().withKind("ServiceAccount").withName("operator").withNamespace(ns).endSubject()
        .build()).create();

    // RBAC decisions apply immediately (the authorizer reads from the informer cache; allow a moment).
    org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10)).untilAsserted(() ->
        assertThat(operator.configMaps().inNamespace(ns).list().getItems()).isNotNull());
    assertThatThrownBy(() -> operator.configMaps().inNamespace(ns).resource(new ConfigMapBuilder()
        .withNewMetadata().withName("nope").endMetadata().build()).create())
        .isInstanceOfSatisfying(KubernetesClientException.class, e -> assertThat(e.getCode()).isEqualTo(403));
    assertThatThrownBy(() -> operator.configMaps().inNamespace("default").list())
        .isInstanceOfSatisfying(KubernetesClientException.class, e -> assertThat(e.getCode()).isEqualTo(403));

    // kubectl agrees, with the same identity.
    assertThat(api.kubectl("auth", "can-i", "list", "configmaps", "-n", ns,
        "--as=system:serviceaccount:" + ns + ":operator").stdout().trim()).isEqualTo("yes");
    assertThat(api.kubectl("auth", "can-i", "create", "configmaps", "-n", ns,
        "--as=system:serviceaccount:" + ns + ":operator").stdout().trim()).isEqualTo("no");
  }
}
