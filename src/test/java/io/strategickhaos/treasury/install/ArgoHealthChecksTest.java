package io.strategickhaos.treasury.install;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.strategickhaos.treasury.install.LuaRunner.Health;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * The Argo CD health checks, run by a real Lua 5.1 against status objects for every phase and
 * verdict, and the argocd-cm snippet that must carry the very same scripts.
 */
class ArgoHealthChecksTest {
  private static final String CHAOSRUN_SCRIPT = "k8s/argocd/health-chaosrun.lua";
  private static final String CHAOSSCHEDULE_SCRIPT = "k8s/argocd/health-chaosschedule.lua";
  private static final String CM_SNIPPET = "k8s/argocd/argocd-cm-health.yaml";
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private final LuaRunner lua = new LuaRunner();

  static Stream<Arguments> everyChaosRunPhaseAndVerdict() {
    List<Arguments> cases = new ArrayList<>();
    for (String phase : List.of("Pending", "Running", "Completed", "Failed")) {
      for (String verdict : new String[] {"Pass", "Fail", null}) {
        String expected = switch (phase) {
          case "Pending", "Running" -> "Progressing";
          case "Failed" -> "Degraded";
          default -> verdict == null ? "Unknown" : verdict.equals("Pass") ? "Healthy" : "Degraded";
        };
        cases.add(Arguments.of(phase, verdict, expected));
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "phase {0}, verdict {1} -> {2}")
  @MethodSource("everyChaosRunPhaseAndVerdict")
  void chaosRunHealthFollowsPhaseAndVerdict(String phase, String verdict, String expected) throws Exception {
    String status = "observedGeneration: 3\n  phase: " + phase + "\n  message: the operator says so\n"
        + (verdict == null ? "" : "  verdict: " + verdict + "\n");
    Health health = chaosRun("generation: 3", status);
    assertThat(health.status()).isEqualTo(expected);
    assertThat(health.message()).isNotBlank().isNotEqualTo("nil");
  }

  @Test
  void chaosRunWithoutStatusIsProgressing() throws Exception {
    assertThat(chaosRun("generation: 1", null).status()).isEqualTo("Progressing");
  }

  @Test
  void chaosRunWhoseStatusDescribesAnOlderGenerationIsProgressingWhateverItsVerdict() throws Exception {
    Health health = chaosRun("generation: 4", "observedGeneration: 3\n  phase: Completed\n  verdict: Pass\n");
    assertThat(health.status()).isEqualTo("Progressing");
    assertThat(health.message()).contains("generation 4");
    assertThat(chaosRun("generation: 2", "phase: Completed\n  verdict: Fail\n").status())
        .as("no observedGeneration at all").isEqualTo("Progressing");
  }

  @Test
  void chaosRunWithAStatusButNoPhaseYetIsProgressing() throws Exception {
    assertThat(chaosRun("generation: 1", "observedGeneration: 1\n").status()).isEqualTo("Progressing");
  }

  @Test
  void chaosRunMessagesCarryTheOperatorsMessageAndUptime() throws Exception {
    assertThat(chaosRun("generation: 1",
        "observedGeneration: 1\n  phase: Failed\n  message: \"spec.iterations: must be 1..10000000\"\n").message())
        .contains("spec.iterations: must be 1..10000000");
    assertThat(chaosRun("generation: 1",
        "observedGeneration: 1\n  phase: Completed\n  verdict: Pass\n  uptimePercent: \"100.00\"\n").message())
        .contains("uptime 100.00%");
    assertThat(chaosRun("generation: 1", "observedGeneration: 1\n  phase: Running\n"
        + "  progress: {completedIterations: 25, totalIterations: 50}\n").message())
        .contains("25/50 iterations");
  }

  @Test
  void chaosRunWithAnUnknownPhaseIsUnknownNotHealthy() throws Exception {
    assertThat(chaosRun("generation: 1", "observedGeneration: 1\n  phase: Exploded\n").status()).isEqualTo("Unknown");
  }

  @Test
  void chaosRunWithoutMetadataGenerationIsJudgedByPhase() throws Exception {
    assertThat(chaosRun("name: x", "phase: Completed\n  verdict: Pass\n").status()).isEqualTo("Healthy");
  }

  static Stream<Arguments> chaosScheduleStates() {
    return Stream.of(
        Arguments.of("no status", "suspend: false", null, "Progressing"),
        Arguments.of("older generation observed", "suspend: false",
            "observedGeneration: 1\n" + conditions("Ready", "True", "Stalled", "False"), "Progressing"),
        Arguments.of("Stalled", "suspend: false",
            "observedGeneration: 2\n" + conditions("Ready", "False", "Stalled", "True"), "Degraded"),
        Arguments.of("Stalled beats suspended", "suspend: true",
            "observedGeneration: 2\n" + conditions("Ready", "False", "Stalled", "True"), "Degraded"),
        Arguments.of("suspended", "suspend: true",
            "observedGeneration: 2\n" + conditions("Ready", "True", "Stalled", "False"), "Suspended"),
        Arguments.of("Ready", "suspend: false",
            "observedGeneration: 2\n" + conditions("Ready", "True", "Stalled", "False"), "Healthy"),
        Arguments.of("Ready without suspend field", "schedule: '0 * * * *'",
            "observedGeneration: 2\n" + conditions("Ready", "True"), "Healthy"),
        Arguments.of("Ready=True but for an older generation", "suspend: false",
            "observedGeneration: 2\n  conditions:\n  - type: Ready\n    status: \"True\"\n    observedGeneration: 1\n",
            "Progressing"),
        Arguments.of("Reconciling", "suspend: false",
            "observedGeneration: 2\n" + conditions("Ready", "False", "Reconciling", "True"), "Progressing"),
        Arguments.of("Ready unknown", "suspend: false",
            "observedGeneration: 2\n" + conditions("Ready", "Unknown"), "Progressing"),
        Arguments.of("no conditions yet", "suspend: false", "observedGeneration: 2\n", "Progressing"));
  }

  @ParameterizedTest(name = "{0} -> {3}")
  @MethodSource("chaosScheduleStates")
  void chaosScheduleHealthFollowsItsConditions(String state, String spec, String status, String expected)
      throws Exception {
    ObjectNode obj = object("metadata:\n  name: hourly\n  generation: 2\nspec:\n  " + spec + "\n");
    if (status != null) {
      obj.set("status", YAML.readTree("  " + status));
    }
    Health health = lua.run(RepoFiles.require(CHAOSSCHEDULE_SCRIPT), obj);
    assertThat(health.status()).as(state).isEqualTo(expected);
    assertThat(health.message()).isNotBlank().isNotEqualTo("nil");
  }

  @Test
  void stalledScheduleShowsTheConditionsMessage() throws Exception {
    ObjectNode obj = object("metadata:\n  generation: 1\nstatus:\n  observedGeneration: 1\n  conditions:\n"
        + "  - type: Stalled\n    status: \"True\"\n    reason: InvalidSchedule\n"
        + "    message: \"spec.schedule: '61 * * * *' is not a 5-field cron expression\"\n");
    assertThat(lua.run(RepoFiles.require(CHAOSSCHEDULE_SCRIPT), obj).message()).contains("spec.schedule");
  }

  @Test
  void argocdCmSnippetEmbedsBothScriptsByteForByte() {
    JsonNode data = RepoFiles.yamlDocument(CM_SNIPPET).path("data");
    assertThat(RepoFiles.yamlDocument(CM_SNIPPET).path("metadata").path("name").asText()).isEqualTo("argocd-cm");
    assertThat(data.path("resource.customizations.health.treasury.strategickhaos.io_ChaosRun").asText())
        .as(CM_SNIPPET + " is stale: run sh k8s/argocd/generate-argocd-cm.sh")
        .isEqualTo(RepoFiles.read(CHAOSRUN_SCRIPT));
    assertThat(data.path("resource.customizations.health.treasury.strategickhaos.io_ChaosSchedule").asText())
        .as(CM_SNIPPET + " is stale: run sh k8s/argocd/generate-argocd-cm.sh")
        .isEqualTo(RepoFiles.read(CHAOSSCHEDULE_SCRIPT));
    assertThat(data.size()).isEqualTo(2);
  }

  @Test
  void aMissingLuaInterpreterFailsWithTheInstallCommand() {
    LuaRunner absent = new LuaRunner("lua5.1-that-is-not-installed");
    assertThatThrownBy(() -> absent.run(Path.of(CHAOSRUN_SCRIPT), object("metadata: {}\n")))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("apt-get install lua5.1");
  }

  @Test
  void luaLiteralsEscapeWhatCouldBreakOutOfAString() throws Exception {
    JsonNode obj = object("metadata:\n  generation: 1\nstatus:\n  observedGeneration: 1\n  phase: Failed\n"
        + "  message: \"quote \\\" backslash \\\\ newline \\n tab \\t end\"\n");
    assertThat(lua.run(RepoFiles.require(CHAOSRUN_SCRIPT), obj).message())
        .contains("quote \" backslash \\ newline");
  }

  private Health chaosRun(String metadata, String status) throws Exception {
    String yaml = "apiVersion: treasury.strategickhaos.io/v1alpha1\nkind: ChaosRun\nmetadata:\n  " + metadata
        + "\nspec:\n  iterations: 50\n" + (status == null ? "" : "status:\n  " + status);
    return lua.run(RepoFiles.require(CHAOSRUN_SCRIPT), object(yaml));
  }

  private static String conditions(String... typeAndStatus) {
    StringBuilder yaml = new StringBuilder("  conditions:\n");
    for (int i = 0; i < typeAndStatus.length; i += 2) {
      yaml.append("  - type: ").append(typeAndStatus[i]).append("\n    status: \"")
          .append(typeAndStatus[i + 1]).append("\"\n    reason: Test\n    message: ")
          .append(typeAndStatus[i]).append(" is ").append(typeAndStatus[i + 1]).append('\n');
    }
    return yaml.toString();
  }

  private static ObjectNode object(String yaml) throws Exception {
    return (ObjectNode) YAML.readTree(yaml);
  }
}
