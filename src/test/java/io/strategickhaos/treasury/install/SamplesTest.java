package io.strategickhaos.treasury.install;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The samples are the seed's test profiles, and the CRDs' schemas accept every one of them. */
class SamplesTest {
  private static final String API_VERSION = "treasury.strategickhaos.io/v1alpha1";

  @Test
  void chaosRunSamplesAreTheSeedsQuickStandardAndComprehensiveTests() {
    assertProfile("k8s/samples/chaosrun-quick.yaml", 5, 0.5);
    assertProfile("k8s/samples/chaosrun-standard.yaml", 50, 0.10);
    assertProfile("k8s/samples/chaosrun-comprehensive.yaml", 200, 0.15);
  }

  @Test
  void oneChaosRunKeepsItsReportAfterDeletion() {
    JsonNode retained = RepoFiles.yamlDocument("k8s/samples/chaosrun-retained.yaml");
    assertThat(retained.path("kind").asText()).isEqualTo("ChaosRun");
    assertThat(retained.path("spec").path("reportRetention").asText()).isEqualTo("Retain");
  }

  @Test
  void chaosScheduleSampleIsTheSeedsHourlyCronJob() {
    JsonNode schedule = RepoFiles.yamlDocument("k8s/samples/chaosschedule-hourly.yaml");
    assertThat(schedule.path("apiVersion").asText()).isEqualTo(API_VERSION);
    assertThat(schedule.path("kind").asText()).isEqualTo("ChaosSchedule");
    assertThat(schedule.path("spec").path("schedule").asText()).isEqualTo("0 * * * *");
    assertThat(schedule.path("spec").path("runTemplate").path("spec").path("chaosProbability").asDouble())
        .isEqualTo(0.15);
  }

  @Test
  void samplesLeaveTheNamespaceToTheirUser() {
    for (JsonNode sample : RepoFiles.kustomizationResources("k8s/samples")) {
      assertThat(sample.path("metadata").has("namespace"))
          .as(sample.path("metadata").path("name").asText() + " has a namespace").isFalse();
      assertThat(sample.path("apiVersion").asText()).isEqualTo(API_VERSION);
    }
  }

  @Test
  void everySampleValidatesAgainstItsCrdSchema() {
    List<String> errors = new ArrayList<>();
    for (JsonNode sample : RepoFiles.kustomizationResources("k8s/samples")) {
      String kind = sample.path("kind").asText();
      JsonNode schema = InstalledCrdsTest.schema(kind.equals("ChaosRun")
          ? RepoFiles.CHAOSRUN_CRD : RepoFiles.CHAOSSCHEDULE_CRD);
      for (String error : StructuralSchemaValidator.validateResource(schema, sample)) {
        errors.add(kind + "/" + sample.path("metadata").path("name").asText() + " " + error);
      }
    }
    assertThat(errors).isEmpty();
  }

  private static void assertProfile(String file, int iterations, double chaosProbability) {
    JsonNode run = RepoFiles.yamlDocument(file);
    assertThat(run.path("apiVersion").asText()).isEqualTo(API_VERSION);
    assertThat(run.path("kind").asText()).isEqualTo("ChaosRun");
    assertThat(run.path("spec").path("iterations").asInt()).as(file).isEqualTo(iterations);
    assertThat(run.path("spec").path("chaosProbability").asDouble()).as(file).isEqualTo(chaosProbability);
  }
}
