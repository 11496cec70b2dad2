package io.strategickhaos.treasury.install;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The operator's Deployment: leader election, probes, resources and the restricted pod security. */
class DeploymentTest {
  private final List<JsonNode> install = ManifestsTest.installResourcesWithoutCrds();
  private final JsonNode deployment = only("Deployment");
  private final JsonNode pod = deployment.path("spec").path("template").path("spec");
  private final JsonNode container = pod.path("containers").get(0);

  @Test
  void runsTwoReplicasWithLeaderElectionInTheirOwnNamespace() {
    assertThat(deployment.path("spec").path("replicas").asInt()).isEqualTo(2);
    Map<String, JsonNode> env = env();
    assertThat(env.get("LEADER_ELECTION").path("value").asText()).isEqualTo("true");
    assertThat(env.get("OPERATOR_NAMESPACE").path("valueFrom").path("fieldRef").path("fieldPath").asText())
        .isEqualTo("metadata.namespace");
    assertThat(env).containsKeys("WATCH_NAMESPACES", "MAX_CONCURRENT_RUNS", "HTTP_PORT", "LOG_FORMAT");
    assertThat(env.get("LOG_FORMAT").path("value").asText()).isIn("text", "json");
    assertThat(env.get("MAX_CONCURRENT_RUNS").path("value").asText()).matches("[1-9][0-9]*");
  }

  @Test
  void probesHitHealthzAndReadyzOnTheHttpPort() {
    JsonNode port = container.path("ports").get(0);
    assertThat(port.path("name").asText()).isEqualTo("http");
    assertThat(port.path("containerPort").asInt())
        .isEqualTo(Integer.parseInt(env().get("HTTP_PORT").path("value").asText()));

    assertThat(container.path("livenessProbe").path("httpGet").path("path").asText()).isEqualTo("/healthz");
    assertThat(container.path("livenessProbe").path("httpGet").path("port").asText()).isEqualTo("http");
    assertThat(container.path("readinessProbe").path("httpGet").path("path").asText()).isEqualTo("/readyz");
    assertThat(container.path("readinessProbe").path("httpGet").path("port").asText()).isEqualTo("http");
  }

  @Test
  void hasRequestsAndLimitsAndAJvmSizedToTheContainer() {
    JsonNode resources = container.path("resources");
    for (String bound : List.of("requests", "limits")) {
      assertThat(resources.path(bound).path("cpu").asText()).as(bound + ".cpu").isNotEmpty();
      assertThat(resources.path(bound).path("memory").asText()).as(bound + ".memory").isNotEmpty();
    }
    assertThat(env().get("JAVA_TOOL_OPTIONS").path("value").asText())
        .contains("-XX:MaxRAMPercentage=")
        .doesNotContain("-Xmx");
  }

  @Test
  void podAndContainerMeetTheRestrictedPodSecurityStandard() {
    JsonNode podSecurity = pod.path("securityContext");
    assertThat(podSecurity.path("runAsNonRoot").asBoolean()).isTrue();
    assertThat(podSecurity.path("runAsUser").isInt()).as("numeric runAsUser").isTrue();
    assertThat(podSecurity.path("runAsUser").asInt()).isGreaterThan(0);
    assertThat(podSecurity.path("seccompProfile").path("type").asText()).isEqualTo("RuntimeDefault");
    assertThat(pod.path("hostNetwork").asBoolean(false)).isFalse();
    assertThat(pod.path("hostPID").asBoolean(false)).isFalse();
    assertThat(pod.path("hostIPC").asBoolean(false)).isFalse();

    for (JsonNode each : allContainers()) {
      String name = each.path("name").asText();
      JsonNode security = each.path("securityContext");
      assertThat(security.path("readOnlyRootFilesystem").asBoolean()).as(name + " readOnlyRootFilesystem").isTrue();
      assertThat(security.path("allowPrivilegeEscalation").isBoolean()).as(name + " allowPrivilegeEscalation set").isTrue();
      assertThat(security.path("allowPrivilegeEscalation").asBoolean()).as(name + " allowPrivilegeEscalation").isFalse();
      assertThat(security.path("privileged").asBoolean(false)).as(name + " privileged").isFalse();
      assertThat(security.path("capabilities").path("drop")).extracting(JsonNode::asText).containsExactly("ALL");
      assertThat(security.path("capabilities").path("add").isMissingNode()).as(name + " adds capabilities").isTrue();
      if (security.has("runAsUser")) {
        assertThat(security.path("runAsUser").asInt()).isEqualTo(podSecurity.path("runAsUser").asInt());
      }
      if (security.has("seccompProfile")) {
        assertThat(security.path("seccompProfile").path("type").asText()).isEqualTo("RuntimeDefault");
      }
    }
  }

  @Test
  void tmpIsAWritableEmptyDirBecauseTheRootFilesystemIsReadOnly() {
    JsonNode mount = null;
    for (JsonNode each : container.path("volumeMounts")) {
      if (each.path("mountPath").asText().equals("/tmp")) {
        mount = each;
      }
    }
    assertThat(mount).as("a volume mounted at /tmp").isNotNull();
    String volumeName = mount.path("name").asText();
    boolean emptyDir = false;
    for (JsonNode volume : pod.path("volumes")) {
      if (volume.path("name").asText().equals(volumeName)) {
        emptyDir = volume.has("emptyDir");
      }
    }
    assertThat(emptyDir).as("volume " + volumeName + " is an emptyDir").isTrue();
  }

  @Test
  void getsAnApiTokenItsServiceAccountWithholdsFromOtherPods() {
    assertThat(pod.path("automountServiceAccountToken").asBoolean()).isTrue();
    JsonNode account = only("ServiceAccount");
    assertThat(account.path("automountServiceAccountToken").asBoolean(true)).isFalse();
  }

  @Test
  void imageIsTheProjectsOwnVersionedImageStartingTheOperator() {
    Matcher version = Pattern.compile("<artifactId>treasury-resilience</artifactId>\\s*<version>([^<]+)</version>")
        .matcher(RepoFiles.read("pom.xml"));
    assertThat(version.find()).isTrue();
    assertThat(container.path("image").asText())
        .isEqualTo("ghcr.io/strategickhaos/treasury-resilience:" + version.group(1));
    assertThat(container.path("command").isMissingNode()).as("command left to the image's ENTRYPOINT").isTrue();
    assertThat(container.path("args")).extracting(JsonNode::asText).containsExactly("operator");
  }

  @Test
  void metricsServiceAndDisruptionBudgetSelectTheOperatorPods() {
    JsonNode podLabels = deployment.path("spec").path("template").path("metadata").path("labels");
    JsonNode service = only("Service");
    service.path("spec").path("selector").fields().forEachRemaining(label ->
        assertThat(podLabels.path(label.getKey()).asText()).as("pod label " + label.getKey())
            .isEqualTo(label.getValue().asText()));
    assertThat(service.path("spec").path("ports").get(0).path("targetPort").asText()).isEqualTo("http");

    JsonNode selector = deployment.path("spec").path("selector").path("matchLabels");
    assertThat(only("PodDisruptionBudget").path("spec").path("selector").path("matchLabels")).isEqualTo(selector);
    selector.fields().forEachRemaining(label ->
        assertThat(podLabels.path(label.getKey()).asText()).isEqualTo(label.getValue().asText()));
  }

  private Map<String, JsonNode> env() {
    Map<String, JsonNode> env = new HashMap<>();
    container.path("env").forEach(variable -> env.put(variable.path("name").asText(), variable));
    return env;
  }

  private List<JsonNode> allContainers() {
    List<JsonNode> all = new java.util.ArrayList<>();
    pod.path("initContainers").forEach(all::add);
    pod.path("containers").forEach(all::add);
    return all;
  }

  private JsonNode only(String kind) {
    List<JsonNode> matching = InstallRbacTest.ofKind(install, kind);
    assertThat(matching).as("one " + kind + " in the install").hasSize(1);
    return matching.get(0);
  }
}
