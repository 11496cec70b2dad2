package io.strategickhaos.treasury.install;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The CRDs the install applies carry the names the documentation, the samples and the Argo CD
 * health checks rely on. (That they match the Java model is the build's drift check.)
 */
class InstalledCrdsTest {
  @Test
  void chaosRunCrdHasTheFixedNamesStatusSubresourceAndColumns() {
    JsonNode crd = RepoFiles.yamlDocument(RepoFiles.CHAOSRUN_CRD);
    assertNames(crd, "chaosruns", "ChaosRun", "crun");
    List<String> columns = new ArrayList<>();
    version(crd).path("additionalPrinterColumns").forEach(c -> columns.add(c.path("name").asText()));
    assertThat(columns).as("kubectl get chaosruns columns (docs/install.md shows them)")
        .containsExactly("Phase", "Verdict", "Iterations", "Injected", "Recovered", "Failed", "Uptime", "Age");
  }

  @Test
  void chaosScheduleCrdHasTheFixedNamesAndStatusSubresource() {
    assertNames(RepoFiles.yamlDocument(RepoFiles.CHAOSSCHEDULE_CRD), "chaosschedules", "ChaosSchedule", "csched");
  }

  /** The openAPIV3Schema of the served v1alpha1 version of the CRD in a file. */
  static JsonNode schema(String crdFile) {
    return version(RepoFiles.yamlDocument(crdFile)).path("schema").path("openAPIV3Schema");
  }

  private static JsonNode version(JsonNode crd) {
    for (JsonNode version : crd.path("spec").path("versions")) {
      if (version.path("name").asText().equals("v1alpha1")) {
        return version;
      }
    }
    return fail("no version v1alpha1 in CRD " + crd.path("metadata").path("name").asText());
  }

  private static void assertNames(JsonNode crd, String plural, String kind, String shortName) {
    assertThat(crd.path("kind").asText()).isEqualTo("CustomResourceDefinition");
    assertThat(crd.path("metadata").path("name").asText()).isEqualTo(plural + ".treasury.strategickhaos.io");
    JsonNode spec = crd.path("spec");
    assertThat(spec.path("group").asText()).isEqualTo("treasury.strategickhaos.io");
    assertThat(spec.path("scope").asText()).isEqualTo("Namespaced");
    assertThat(spec.path("names").path("plural").asText()).isEqualTo(plural);
    assertThat(spec.path("names").path("kind").asText()).isEqualTo(kind);
    assertThat(spec.path("names").path("shortNames")).extracting(JsonNode::asText).containsExactly(shortName);
    assertThat(spec.path("names").path("categories")).extracting(JsonNode::asText).contains("chaos");
    JsonNode version = version(crd);
    assertThat(version.path("served").asBoolean()).isTrue();
    assertThat(version.path("storage").asBoolean()).isTrue();
    assertThat(version.path("subresources").has("status")).as(kind + " has a status subresource").isTrue();
    assertThat(version.path("schema").path("openAPIV3Schema").path("type").asText()).isEqualTo("object");
  }
}
