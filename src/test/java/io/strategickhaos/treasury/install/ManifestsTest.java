package io.strategickhaos.treasury.install;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The YAML under k8s/ and crds/ parses, and every kustomization holds together. */
class ManifestsTest {
  private static final Set<String> CLUSTER_SCOPED_KINDS =
      Set.of("Namespace", "ClusterRole", "ClusterRoleBinding", "CustomResourceDefinition");

  @Test
  void everyYamlFileUnderK8sAndCrdsParsesIntoObjectsWithApiVersionAndKind() throws IOException {
    List<String> files = new ArrayList<>(RepoFiles.yamlFilesUnder("k8s"));
    files.addAll(RepoFiles.yamlFilesUnder("crds"));
    assertThat(files).contains("k8s/kustomization.yaml", "crds/kustomization.yaml");

    List<String> problems = new ArrayList<>();
    for (String file : files) {
      try {
        List<JsonNode> documents = RepoFiles.yamlDocuments(RepoFiles.ROOT.resolve(file));
        if (documents.isEmpty()) {
          problems.add(file + ": no YAML document");
        }
        for (JsonNode document : documents) {
          if (!document.isObject() || !document.path("apiVersion").isTextual()
              || !document.path("kind").isTextual()) {
            problems.add(file + ": a document without apiVersion and kind");
          }
        }
      } catch (IOException | RuntimeException e) {
        problems.add(file + ": " + e.getMessage());
      }
    }
    assertThat(problems).as("YAML that does not parse").isEmpty();
  }

  @Test
  void everyResourceThatAKustomizationListsExists() throws IOException {
    List<String> kustomizations = new ArrayList<>();
    for (String file : concat(RepoFiles.yamlFilesUnder("k8s"), RepoFiles.yamlFilesUnder("crds"))) {
      if (file.endsWith("/kustomization.yaml")) {
        kustomizations.add(file);
      }
    }
    assertThat(kustomizations)
        .contains("k8s/kustomization.yaml", "crds/kustomization.yaml", "k8s/samples/kustomization.yaml");

    List<String> missing = new ArrayList<>();
    for (String kustomization : kustomizations) {
      Path directory = RepoFiles.ROOT.resolve(kustomization).getParent();
      for (JsonNode entry : RepoFiles.yamlDocument(kustomization).path("resources")) {
        Path target = directory.resolve(entry.asText()).normalize();
        boolean present = Files.isRegularFile(target)
            || Files.isRegularFile(target.resolve("kustomization.yaml"));
        if (!present) {
          missing.add(kustomization + " lists " + entry.asText() + ", which does not exist ("
              + RepoFiles.ROOT.relativize(target) + ")");
        }
      }
    }
    assertThat(missing).as("resources listed but missing").isEmpty();
  }

  @Test
  void installKustomizationTakesTheCrdDirectoryAndLeavesSamplesOut() {
    List<String> resources = new ArrayList<>();
    RepoFiles.yamlDocument("k8s/kustomization.yaml").path("resources")
        .forEach(entry -> resources.add(entry.asText()));

    assertThat(resources).contains("../crds");
    assertThat(resources).noneMatch(r -> r.startsWith("samples") || r.startsWith("argocd")
        || r.startsWith("flux"));
    assertThat(RepoFiles.yamlDocument("crds/kustomization.yaml").path("resources"))
        .extracting(JsonNode::asText)
        .containsExactlyInAnyOrder(
            "chaosruns.treasury.strategickhaos.io-v1.yml",
            "chaosschedules.treasury.strategickhaos.io-v1.yml");
  }

  @Test
  void everyManifestBesideTheInstallKustomizationIsListedInIt() throws IOException {
    List<String> listed = new ArrayList<>();
    RepoFiles.yamlDocument("k8s/kustomization.yaml").path("resources")
        .forEach(entry -> listed.add(entry.asText()));
    try (Stream<Path> files = Files.list(RepoFiles.ROOT.resolve("k8s"))) {
      List<String> manifests = files
          .map(p -> p.getFileName().toString())
          .filter(name -> name.endsWith(".yaml") && !name.equals("kustomization.yaml"))
          .toList();
      assertThat(listed).as("k8s/kustomization.yaml resources").containsAll(manifests);
    }
  }

  @Test
  void installResourcesCarryTheRecommendedLabelsAndTheOperatorNamespace() {
    List<String> problems = new ArrayList<>();
    for (JsonNode resource : installResourcesWithoutCrds()) {
      String id = resource.path("kind").asText() + "/" + resource.path("metadata").path("name").asText();
      JsonNode labels = resource.path("metadata").path("labels");
      if (!"treasury-resilience".equals(labels.path("app.kubernetes.io/name").asText())) {
        problems.add(id + ": label app.kubernetes.io/name is not treasury-resilience");
      }
      if (!"treasury-resilience".equals(labels.path("app.kubernetes.io/part-of").asText())) {
        problems.add(id + ": label app.kubernetes.io/part-of is not treasury-resilience");
      }
      if (!labels.path("app.kubernetes.io/managed-by").isTextual()) {
        problems.add(id + ": no label app.kubernetes.io/managed-by");
      }
      JsonNode namespace = resource.path("metadata").path("namespace");
      boolean clusterScoped = CLUSTER_SCOPED_KINDS.contains(resource.path("kind").asText());
      if (clusterScoped && !namespace.isMissingNode()) {
        problems.add(id + ": cluster-scoped but has a namespace");
      }
      if (!clusterScoped && !"treasury-resilience".equals(namespace.asText())) {
        problems.add(id + ": namespace is '" + namespace.asText() + "', not treasury-resilience");
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void installHasOneOfEachPieceTheOperatorNeeds() {
    List<String> ids = installResourcesWithoutCrds().stream()
        .map(r -> r.path("kind").asText() + "/" + r.path("metadata").path("name").asText())
        .toList();
    assertThat(ids).contains(
        "Namespace/treasury-resilience",
        "ServiceAccount/treasury-resilience-operator",
        "ClusterRole/treasury-resilience-operator",
        "ClusterRoleBinding/treasury-resilience-operator",
        "Role/treasury-resilience-operator",
        "RoleBinding/treasury-resilience-operator",
        "Deployment/treasury-resilience-operator",
        "Service/treasury-resilience-operator-metrics");
    assertThat(ids).doesNotHaveDuplicates();
  }

  /** The install's own resources: what k8s/kustomization.yaml lists, less the CRD directory. */
  static List<JsonNode> installResourcesWithoutCrds() {
    List<JsonNode> resources = new ArrayList<>();
    for (JsonNode entry : RepoFiles.yamlDocument("k8s/kustomization.yaml").path("resources")) {
      if (!entry.asText().equals("../crds")) {
        resources.addAll(RepoFiles.yamlDocuments("k8s/" + entry.asText()));
      }
    }
    return resources;
  }

  private static List<String> concat(List<String> first, List<String> second) {
    List<String> all = new ArrayList<>(first);
    all.addAll(second);
    return all;
  }
}
