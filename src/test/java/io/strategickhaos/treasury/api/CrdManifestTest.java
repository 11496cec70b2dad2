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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The CRDs committed in {@code crds/} are the ones the build generates from the Java model, with
 * the printer columns put in the order kubectl should show them (the fabric8 generator sorts them
 * by name; kubectl prints them in file order).
 */
class CrdManifestTest {
  /** One generated CRD: its file name and the design's printer column order. */
  enum Crd {
    CHAOS_RUN("chaosruns.treasury.strategickhaos.io-v1.yml",
        List.of("Phase", "Verdict", "Iterations", "Injected", "Recovered", "Failed", "Uptime", "Age")),
    CHAOS_SCHEDULE("chaosschedules.treasury.strategickhaos.io-v1.yml",
        List.of("Schedule", "Suspend", "Active", "Last Schedule", "Next", "Age"));

    final Path generated;
    final Path committed;
    final List<String> columnOrder;

    Crd(String fileName, List<String> columnOrder) {
      this.generated = Path.of("target/classes/META-INF/fabric8", fileName);
      this.committed = Path.of("crds", fileName);
      this.columnOrder = columnOrder;
    }
  }

  static final String REFRESH_COMMAND =
      "mvn -o test -Dtest=CrdManifestTest -Dcrds.refresh=true";

  @ParameterizedTest
  @EnumSource(Crd.class)
  void committedCrdMatchesTheGeneratedOne(Crd crd) throws IOException {
    CustomResourceDefinition expected = withColumnsInOrder(read(crd.generated), crd.columnOrder);
    if (Boolean.getBoolean("crds.refresh")) {
      Files.writeString(crd.committed, Serialization.asYaml(expected));
    }
    assertThat(Files.exists(crd.committed))
        .as("%s is missing; create it with: %s", crd.committed, REFRESH_COMMAND)
        .isTrue();
    assertThat(Serialization.asYaml(read(crd.committed)))
        .as("%s drifts from the CRD generated from the Java model; refresh it with: %s",
            crd.committed, REFRESH_COMMAND)
        .isEqualTo(Serialization.asYaml(expected));
  }

  @ParameterizedTest
  @EnumSource(Crd.class)
  void printerColumnsAppearInTheDesignOrder(Crd crd) throws IOException {
    List<String> names =
        read(crd.committed).getSpec().getVersions().get(0).getAdditionalPrinterColumns().stream()
            .map(CustomResourceColumnDefinition::getName)
            .toList();
    assertThat(names).containsExactlyElementsOf(crd.columnOrder);
  }

  @ParameterizedTest
  @EnumSource(Crd.class)
  void everySpecAndStatusFieldHasADescription(Crd crd) throws IOException {
    JSONSchemaProps root = read(crd.generated).getSpec().getVersions().get(0).getSchema().getOpenAPIV3Schema();
    List<String> undescribed = new ArrayList<>();
    collectUndescribed("", root.getProperties().get("spec"), undescribed);
    collectUndescribed("", root.getProperties().get("status"), undescribed);
    // Condition is fabric8's model type; its fields are the standard, documented metav1.Condition ones.
    undescribed.removeIf(path -> path.startsWith(".conditions[]."));
    assertThat(undescribed).isEmpty();
  }

  @Test
  void crossFieldRulesAreInTheSchema() throws IOException {
    String yaml = Files.readString(Crd.CHAOS_RUN.generated);
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

  static CustomResourceDefinition withColumnsInOrder(CustomResourceDefinition crd, List<String> columnOrder) {
    crd.getSpec().getVersions().forEach(version -> version.getAdditionalPrinterColumns()
        .sort(Comparator.comparingInt(column -> columnOrder.indexOf(column.getName()))));
    return crd;
  }

  static CustomResourceDefinition read(Path path) throws IOException {
    return Serialization.unmarshal(Files.readString(path), CustomResourceDefinition.class);
  }
}
