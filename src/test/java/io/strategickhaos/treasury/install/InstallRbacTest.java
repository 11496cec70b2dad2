package io.strategickhaos.treasury.install;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.strategickhaos.treasury.operator.RbacRequirements;
import io.strategickhaos.treasury.operator.RbacRequirements.Rule;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The RBAC that k8s/ grants the operator's ServiceAccount is exactly {@link RbacRequirements}:
 * every permission the code declares, and not one more. Permissions are compared as
 * (apiGroup, resource, verb) triples, so a rule split or merged differently still compares equal.
 */
class InstallRbacTest {
  private static final String NAMESPACE = "treasury-resilience";
  private static final String SERVICE_ACCOUNT = "treasury-resilience-operator";

  @Test
  void clusterWidePermissionsOfTheOperatorEqualClusterRules() {
    Set<String> granted = new TreeSet<>();
    List<JsonNode> resources = ManifestsTest.installResourcesWithoutCrds();
    for (JsonNode binding : ofKind(resources, "ClusterRoleBinding")) {
      if (bindsOperator(binding)) {
        granted.addAll(triples(role(resources, "ClusterRole", binding.path("roleRef").path("name").asText(), null)));
      }
    }
    Set<String> required = triplesOf(RbacRequirements.CLUSTER_RULES);
    assertThat(granted).as("granted but not in RbacRequirements.CLUSTER_RULES")
        .isSubsetOf(required);
    assertThat(required).as("in RbacRequirements.CLUSTER_RULES but not granted")
        .isSubsetOf(granted);
  }

  @Test
  void operatorNamespacePermissionsEqualOperatorNamespaceRules() {
    Set<String> granted = new TreeSet<>();
    List<JsonNode> resources = ManifestsTest.installResourcesWithoutCrds();
    for (JsonNode binding : ofKind(resources, "RoleBinding")) {
      assertThat(binding.path("metadata").path("namespace").asText()).isEqualTo(NAMESPACE);
      if (bindsOperator(binding)) {
        JsonNode ref = binding.path("roleRef");
        String namespace = ref.path("kind").asText().equals("Role") ? NAMESPACE : null;
        granted.addAll(triples(role(resources, ref.path("kind").asText(), ref.path("name").asText(), namespace)));
      }
    }
    Set<String> required = triplesOf(RbacRequirements.OPERATOR_NAMESPACE_RULES);
    assertThat(granted).as("granted but not in RbacRequirements.OPERATOR_NAMESPACE_RULES")
        .isSubsetOf(required);
    assertThat(required).as("in RbacRequirements.OPERATOR_NAMESPACE_RULES but not granted")
        .isSubsetOf(granted);
  }

  @Test
  void noRoleAnywhereUnderK8sTouchesSecretsPodsOrWildcards() throws IOException {
    List<String> problems = new ArrayList<>();
    for (String file : RepoFiles.yamlFilesUnder("k8s")) {
      for (JsonNode document : RepoFiles.yamlDocuments(RepoFiles.ROOT.resolve(file))) {
        String kind = document.path("kind").asText();
        if (!kind.equals("Role") && !kind.equals("ClusterRole")) {
          continue;
        }
        String id = file + " " + kind + "/" + document.path("metadata").path("name").asText();
        if (document.has("aggregationRule")) {
          problems.add(id + ": aggregationRule collects rules this test cannot see");
        }
        for (JsonNode rule : document.path("rules")) {
          for (String field : List.of("apiGroups", "resources", "verbs")) {
            rule.path(field).forEach(value -> {
              if (value.asText().contains("*")) {
                problems.add(id + ": wildcard in " + field);
              }
            });
          }
          rule.path("resources").forEach(resource -> {
            String name = resource.asText();
            if (name.equals("secrets") || name.startsWith("secrets/") || name.equals("pods")
                || name.startsWith("pods/")) {
              problems.add(id + ": grants " + name);
            }
          });
          if (rule.has("nonResourceURLs")) {
            problems.add(id + ": nonResourceURLs");
          }
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void rolesForPeopleGrantOnlyTheTwoChaosKinds() {
    for (JsonNode role : ofKind(ManifestsTest.installResourcesWithoutCrds(), "ClusterRole")) {
      if (role.path("metadata").path("name").asText().equals(SERVICE_ACCOUNT)) {
        continue;
      }
      for (String triple : triples(role)) {
        assertThat(triple).as(role.path("metadata").path("name").asText())
            .matches("treasury\\.strategickhaos\\.io\\|chaos(runs|schedules)(/status)?\\|[a-z]+");
      }
    }
  }

  @Test
  void theDeploymentRunsAsTheServiceAccountTheBindingsName() {
    List<JsonNode> resources = ManifestsTest.installResourcesWithoutCrds();
    JsonNode deployment = ofKind(resources, "Deployment").get(0);
    assertThat(deployment.path("spec").path("template").path("spec").path("serviceAccountName").asText())
        .isEqualTo(SERVICE_ACCOUNT);
    assertThat(ofKind(resources, "ServiceAccount"))
        .anyMatch(sa -> sa.path("metadata").path("name").asText().equals(SERVICE_ACCOUNT)
            && sa.path("metadata").path("namespace").asText().equals(NAMESPACE));
  }

  private static boolean bindsOperator(JsonNode binding) {
    for (JsonNode subject : binding.path("subjects")) {
      if (subject.path("kind").asText().equals("ServiceAccount")
          && subject.path("name").asText().equals(SERVICE_ACCOUNT)
          && subject.path("namespace").asText().equals(NAMESPACE)) {
        return true;
      }
    }
    return false;
  }

  private static JsonNode role(List<JsonNode> resources, String kind, String name, String namespace) {
    for (JsonNode candidate : ofKind(resources, kind)) {
      JsonNode metadata = candidate.path("metadata");
      if (metadata.path("name").asText().equals(name)
          && (namespace == null || metadata.path("namespace").asText().equals(namespace))) {
        return candidate;
      }
    }
    throw new AssertionError("a binding refers to " + kind + "/" + name + ", which is not in the install");
  }

  static List<JsonNode> ofKind(List<JsonNode> resources, String kind) {
    return resources.stream().filter(r -> r.path("kind").asText().equals(kind)).toList();
  }

  /** apiGroup|resource|verb for every combination a role's rules allow. */
  private static Set<String> triples(JsonNode role) {
    Set<String> triples = new TreeSet<>();
    for (JsonNode rule : role.path("rules")) {
      assertThat(rule.has("resourceNames"))
          .as("resourceNames in " + role.path("metadata").path("name").asText()
              + " would narrow a rule RbacRequirements does not narrow")
          .isFalse();
      for (JsonNode group : rule.path("apiGroups")) {
        for (JsonNode resource : rule.path("resources")) {
          for (JsonNode verb : rule.path("verbs")) {
            triples.add(group.asText() + "|" + resource.asText() + "|" + verb.asText());
          }
        }
      }
    }
    return triples;
  }

  private static Set<String> triplesOf(List<Rule> rules) {
    Set<String> triples = new TreeSet<>();
    for (Rule rule : rules) {
      for (String verb : rule.verbs()) {
        triples.add(rule.apiGroup() + "|" + rule.resource() + "|" + verb);
      }
    }
    return triples;
  }
}
