package io.strategickhaos.treasury.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceColumnDefinition;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import io.fabric8.kubernetes.api.model.apiextensions.v1.JSONSchemaProps;
import io.fabric8.kubernetes.client.utils.Serialization;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The CRD committed in {@code crds/} is the one the build generates from the Java model, with the
 * printer columns put in the order kubectl should show them (the fabric8 generator sorts them by
 * name; kubectl prints them in file order).
 */
class CrdManifestTest {
  static final String FILE_NAME = "chaosruns.treasury.strategickhaos.io-v1.yml";
  static final Path GENERATED = Path.of("target/classes/META-INF/fabric8", FILE_NAME);
  static final Path COMMITTED = Path.of("crds", FILE_NAME);
  static final String REFRESH_COMMAND =
      "mvn -o test -Dtest=CrdManifestTest -Dcrds.refresh=true";
  static final List<String> COLUMN_ORDER =
      List.of("Phase", "Verdict", "Iterations", "Injected", "Recovered", "Failed", "Uptime", "Age");

  @Test
  void committedCrdMatchesTheGeneratedOne() throws IOException {
    CustomResourceDefinition expected = withColumnsInOrder(read(GENERATED));
    if (Boolean.getBoolean("crds.refresh")) {
      Files.writeString(COMMITTED, Serialization.asYaml(expected));
    }
    assertThat(Files.exists(COMMITTED))
        .as("%s is missing; create it with: %s", COMMITTED, REFRESH_COMMAND)
        .isTrue();
    assertThat(Serialization.asYaml(read(COMMITTED)))
        .as("%s drifts from the CRD generated from the Java model; refresh it with: %s", COMMITTED, REFRESH_COMMAND)
        .isEqualTo(Serialization.asYaml(expected));
  }

  @Test
  void printerColumnsAppearInTheDesignOrder() throws IOException {
    List<String> names =
        read(COMMITTED).getSpec().getVersions().get(0).getAdditionalPrinterColumns().stream()
            .map(CustomResourceColumnDefinition::getName)
            .toList();
    assertThat(names).containsExactlyElementsOf(COLUMN_ORDER);
  }

  @Test
  void everySpecAndStatusFieldHasADescription() throws IOException {
    JSONSchemaProps root = read(GENERATED).getSpec().getVersions().get(0).getSchema().getOpenAPIV3Schema();
    List<String> undescribed = new ArrayList<>();
    collectUndescribed("", root.getProperties().get("spec"), undescribed);
    collectUndescribed("", root.getProperties().get("status"), undescribed);
    // Condition is fabric8's model type; its fields are the standard, documented metav1.Condition ones.
    undescribed.removeIf(path -> path.startsWith(".conditions[]."));
    assertThat(undescribed).isEmpty();
  }

  @Test
  void crossFieldRulesAreInTheSchema() throws IOException {
    String yaml = Files.readString(GENERATED);
    assertThat(yaml)
        .contains("self.operationsBasisPoints + self.charityBasisPoints == 10000")
        .contains("double(has(self.minAmount) ? self.minAmount : '10.00')")
        .contains("- \"bank_freeze_simulation\"");
  }

  private static void collectUndescribed(String path, JSONSchemaProps schema, List<String> out) {
    if (schema.getProperties() != null) {
      schema.getProperties().forEach((name, child) -> {
        String childPath = path + "." + name;
        if (child.getDescription() == null || child.getDescription().isBlank()) {
          out.add(childPath);
        }
        collectUndescribed(childPath, child, out);
      });
    }
    if (schema.getItems() != null && schema.getItems().getSchema() != null) {
      collectUndescribed(path + "[]", schema.getItems().getSchema(), out);
    }
  }

  static CustomResourceDefinition withColumnsInOrder(CustomResourceDefinition crd) {
    crd.getSpec().getVersions().forEach(version -> version.getAdditionalPrinterColumns()
        .sort(Comparator.comparingInt(column -> COLUMN_ORDER.indexOf(column.getName()))));
    return crd;
  }

  static CustomResourceDefinition read(Path path) throws IOException {
    return Serialization.unmarshal(Files.readString(path), CustomResourceDefinition.class);
  }
}
