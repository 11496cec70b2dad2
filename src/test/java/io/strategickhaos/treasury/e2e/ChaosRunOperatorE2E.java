package io.strategickhaos.treasury.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ManagedFieldsEntry;
import io.fabric8.kubernetes.api.model.OwnerReference;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.strategickhaos.treasury.api.ChaosRun;
import io.strategickhaos.treasury.api.ChaosRunStatus;
import io.strategickhaos.treasury.api.ChaosSchedule;
import io.strategickhaos.treasury.operator.RbacRequirements;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole product on a real API server with RBAC on: {@code kubectl apply -k k8s/}, the operator
 * as the shaded jar in its own process authenticated as its ServiceAccount (so the ClusterRole is
 * all it has), the samples of {@code k8s/samples/} applied with kubectl, and then what a user sees:
 * {@code kubectl get chaosruns}, {@code kubectl explain}, the report pulled out of its ConfigMap and
 * checked with {@code sha256sum -c}, Events, metrics, and status written with server-side apply.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ChaosRunOperatorE2E {
  private static final String LAB = "chaos-lab";
  private static final List<String> SAMPLE_RUNS =
      List.of("chaos-quick", "chaos-standard", "chaos-comprehensive", "chaos-dossier-evidence");
  /** The column headings of DESIGN 5.1, in order, as kubectl prints them. */
  private static final List<String> COLUMNS =
      List.of("NAME", "PHASE", "VERDICT", "ITERATIONS", "INJECTED", "RECOVERED", "FAILED", "UPTIME", "AGE");
  private static final ObjectMapper JSON = new ObjectMapper();

  private static RealApiServer api;
  private static OperatorProcess operator;
  private static String installOutput;

  @BeforeAll
  static void installStartOperatorApplySamples() {
    api = RealApiServer.start();
    installOutput = OperatorInstall.installKustomization(api).stdout();
    Path kubeconfig = OperatorInstall.serviceAccountKubeconfig(
        api, OperatorInstall.outputFile("operator-sa/kubeconfig"), Duration.ofHours(2));
    api.kubectl("create", "namespace", LAB).assertOk();
    operator = OperatorProcess.start("operator-0", kubeconfig, Map.of("MAX_CONCURRENT_RUNS", "2"))
        .awaitReady(Duration.ofMinutes(2));
    api.kubectl("apply", "-n", LAB, "-k", OperatorInstall.projectDir().resolve("k8s/samples").toString()).assertOk();
    Awaitility.await("the four sample ChaosRuns Completed").atMost(Duration.ofMinutes(3))
        .pollInterval(Duration.ofSeconds(1))
        .untilAsserted(() -> assertThat(SAMPLE_RUNS).allSatisfy(name ->
            assertThat(phase(run(name))).as(name + "\n" + operator.log()).isEqualTo("Completed")));
  }

  @AfterAll
  static void stop() {
    try {
      if (operator != null) {
        operator.close();
      }
    } finally {
      if (api != null) {
        api.close();
      }
    }
  }

  @Test
  @Order(1)
  void theWholeKustomizationIsAcceptedByTheServer() {
    assertThat(installOutput).contains(
        "namespace/treasury-resilience created",
        "customresourcedefinition.apiextensions.k8s.io/chaosruns.treasury.strategickhaos.io created",
        "customresourcedefinition.apiextensions.k8s.io/chaosschedules.treasury.strategickhaos.io created",
        "serviceaccount/treasury-resilience-operator created",
        "clusterrole.rbac.authorization.k8s.io/treasury-resilience-operator created",
        "clusterrolebinding.rbac.authorization.k8s.io/treasury-resilience-operator created",
        "role.rbac.authorization.k8s.io/treasury-resilience-operator created",
        "rolebinding.rbac.authorization.k8s.io/treasury-resilience-operator created",
        "deployment.apps/treasury-resilience-operator created",
        "poddisruptionbudget.policy/treasury-resilience-operator created",
        "service/treasury-resilience-operator-metrics created");
    // Applied again as a server-side dry run, all of it is still accepted, and kubectl diff (which
    // asks the server what it would store) finds no drift between the manifests and the cluster.
    String k8s = OperatorInstall.projectDir().resolve("k8s").toString();
    assertThat(api.kubectl("apply", "--dry-run=server", "-k", k8s).assertOk().stdout().lines())
        .hasSize(13).allSatisfy(line -> assertThat(line).endsWith("(server dry run)"));
    RealApiServer.Result diff = api.kubectl("diff", "-k", k8s);
    assertThat(diff.exitCode()).as(diff.toString()).isZero();
    assertThat(diff.stdout()).isEmpty();
  }

  @Test
  @Order(2)
  void kubectlGetChaosRunsPrintsTheDesignColumnsWithTheStatusValues() throws Exception {
    String table = api.kubectl("get", "chaosruns", "-n", LAB).assertOk().stdout();
    OperatorInstall.write(OperatorInstall.outputFile("kubectl-get-chaosruns.txt"), table);
    System.out.println("kubectl get chaosruns -n " + LAB + "\n" + table);

    List<String> lines = table.lines().toList();
    assertThat(Arrays.asList(lines.get(0).trim().split("\\s+"))).isEqualTo(COLUMNS);
    Map<String, List<String>> rows = lines.stream().skip(1)
        .map(line -> Arrays.asList(line.trim().split("\\s+")))
        .collect(Collectors.toMap(cells -> cells.get(0), cells -> cells));
    for (String name : SAMPLE_RUNS) {
      ChaosRunStatus status = run(name).getStatus();
      List<String> cells = rows.get(name);
      assertThat(cells).as(name).hasSize(COLUMNS.size());
      assertThat(cells.subList(1, 8)).as(name).containsExactly(
          status.getPhase(),
          status.getVerdict(),
          String.valueOf(status.getProgress().getTotalIterations()),
          String.valueOf(status.getChaosEventsInjected()),
          String.valueOf(status.getSuccessfulRecoveries()),
          String.valueOf(status.getFailedRecoveries()),
          status.getUptimePercent());
      assertThat(cells.get(8)).as(name + " age").matches("\\d+[smh].*");
    }
    // The sample's spec is what the columns report: iterations come from the spec, the seed is fixed.
    assertThat(rows.get("chaos-quick").subList(1, 4)).containsExactly("Completed", "Pass", "5");
    assertThat(rows.get("chaos-comprehensive").get(3)).isEqualTo("200");

    // The short name and the category reach the same objects.
    assertThat(api.kubectl("get", "crun", "-n", LAB, "-o", "name").assertOk().stdout().lines())
        .contains("chaosrun.treasury.strategickhaos.io/chaos-quick");
    assertThat(api.kubectl("get", "chaos", "-n", LAB, "-o", "name").assertOk().stdout().lines())
        .contains("chaosrun.treasury.strategickhaos.io/chaos-quick",
            "chaosschedule.treasury.strategickhaos.io/chaos-hourly");
  }

  @Test
  @Order(3)
  void kubectlExplainPrintsTheFieldDescriptions() {
    String seed = api.kubectl("explain", "chaosrun.spec.seed").assertOk().stdout();
    assertThat(seed).contains("KIND:       ChaosRun", "FIELD: seed <integer>",
        "Root seed of every random draw (int64); when absent the operator chooses one",
        "records it in status.seed.");
    String schedule = api.kubectl("explain", "chaosschedule.spec.schedule").assertOk().stdout();
    assertThat(schedule).contains("FIELD: schedule <string>", "is hourly");
  }

  @Test
  @Order(4)
  void reportPulledOutOfItsConfigMapVerifiesWithSha256sum(@TempDir Path dir) throws Exception {
    ChaosRun run = run("chaos-quick");
    String configMap = run.getStatus().getReport().getConfigMapName();
    assertThat(configMap).isEqualTo("chaos-quick-report-1");

    // Exactly the pipeline docs/operator.md gives users.
    String kubectl = api.kubectlBinary().toString();
    String pipeline = kubectl + " get cm -n " + LAB + " " + configMap
        + " -o jsonpath='{.data.report\\.md}' > report.md && " + kubectl + " get cm -n " + LAB + " " + configMap
        + " -o jsonpath='{.data.report\\.md\\.sha256}' | tee report.md.sha256 | sha256sum -c && " + kubectl
        + " get cm -n " + LAB + " " + configMap + " -o jsonpath='{.data.report\\.json}' > report.json";
    RealApiServer.Result check = inDir(dir, pipeline);
    assertThat(check.exitCode()).as(check.toString()).isZero();
    assertThat(check.stdout().trim()).isEqualTo("report.md: OK");

    String markdown = Files.readString(dir.resolve("report.md"));
    assertThat(markdown).startsWith("# ANTI-FRAGILITY STRESS TEST REPORT\n## StrategicKhaos DAO LLC + ValorYield Engine");
    String sha256Line = Files.readString(dir.resolve("report.md.sha256")).trim();
    assertThat(sha256Line).isEqualTo(run.getStatus().getReport().getSha256() + "  report.md");

    // The check can fail: one changed byte and sha256sum refuses it.
    Files.writeString(dir.resolve("report.md"), markdown.replace("**Total Operations:** 5", "**Total Operations:** 6"));
    RealApiServer.Result tampered = inDir(dir, "sha256sum -c report.md.sha256");
    assertThat(tampered.exitCode()).isNotZero();
    assertThat(tampered.stdout()).contains("report.md: FAILED");
    Files.writeString(dir.resolve("report.md"), markdown);

    // report.json says what status says.
    JsonNode json = JSON.readTree(dir.resolve("report.json").toFile());
    assertThat(json.get("totalOperations").asLong()).isEqualTo(run.getStatus().getTotalOperations());
    assertThat(json.get("seed").asLong()).isEqualTo(42L).isEqualTo(run.getStatus().getSeed());
    assertThat(json.get("resultsDigest").asText()).isEqualTo(run.getStatus().getReport().getResultsDigest());

    // And the CLI, given the three files, checks the hash and replays the seed to the same digest.
    RealApiServer.Result replay = inDir(dir, javaBin() + " -jar "
        + OperatorInstall.projectDir().resolve("target/treasury-resilience.jar") + " verify report.md --replay");
    assertThat(replay.exitCode()).as(replay.toString()).isZero();
  }

  @Test
  @Order(5)
  void reportConfigMapIsImmutableLabelledAndOwnedByItsRun() {
    ChaosRun run = run("chaos-quick");
    ConfigMap cm = api.client().configMaps().inNamespace(LAB).withName("chaos-quick-report-1").get();
    assertThat(cm.getImmutable()).isTrue();
    assertThat(cm.getData()).containsOnlyKeys("report.md", "report.json", "report.md.sha256");
    assertThat(cm.getMetadata().getLabels()).containsEntry("app.kubernetes.io/managed-by", "treasury-resilience")
        .containsEntry("treasury.strategickhaos.io/chaosrun", "chaos-quick");
    assertThat(cm.getMetadata().getAnnotations())
        .containsEntry("treasury.strategickhaos.io/report-sha256", run.getStatus().getReport().getSha256())
        .containsEntry("treasury.strategickhaos.io/results-digest", run.getStatus().getReport().getResultsDigest())
        .containsEntry("treasury.strategickhaos.io/seed", "42");
    assertThat(cm.getMetadata().getOwnerReferences()).singleElement().satisfies((OwnerReference owner) -> {
      assertThat(owner.getApiVersion()).isEqualTo("treasury.strategickhaos.io/v1alpha1");
      assertThat(owner.getKind()).isEqualTo("ChaosRun");
      assertThat(owner.getName()).isEqualTo("chaos-quick");
      assertThat(owner.getUid()).isEqualTo(run.getMetadata().getUid());
      assertThat(owner.getController()).isTrue();
    });

    RealApiServer.Result update = api.kubectl("patch", "configmap", "chaos-quick-report-1", "-n", LAB,
        "--type=merge", "-p", "{\"data\":{\"report.md\":\"tampered\"}}");
    assertThat(update.exitCode()).isNotZero();
    assertThat(update.stderr()).contains("field is immutable when `immutable` is set");
    assertThat(api.client().configMaps().inNamespace(LAB).withName("chaos-quick-report-1").get().getData())
        .isEqualTo(cm.getData());

    // reportRetention: Retain leaves the evidence without an owner, so it outlives the run.
    ConfigMap retained = api.client().configMaps().inNamespace(LAB).withName("chaos-dossier-evidence-report-1").get();
    assertThat(retained.getImmutable()).isTrue();
    assertThat(retained.getMetadata().getOwnerReferences()).isNullOrEmpty();

    // One report per run, no more.
    assertThat(api.client().configMaps().inNamespace(LAB)
        .withLabel("app.kubernetes.io/managed-by", "treasury-resilience").list().getItems())
        .extracting(c -> c.getMetadata().getName())
        .containsAll(SAMPLE_RUNS.stream().map(n -> n + "-report-1").toList())
        .doesNotHaveDuplicates();
  }

  @Test
  @Order(6)
  void statusIsWrittenWithServerSideApplyByTheOperator() {
    for (String name : SAMPLE_RUNS) {
      List<ManagedFieldsEntry> managed = run(name).getMetadata().getManagedFields();
      List<ManagedFieldsEntry> statusWriters = managed.stream()
          .filter(m -> "status".equals(m.getSubresource())).toList();
      assertThat(statusWriters).as(name + " " + managed).isNotEmpty().allSatisfy(m -> {
        assertThat(m.getOperation()).isEqualTo("Apply");
        assertThat(m.getManager()).isEqualTo("chaosrun");
        assertThat(m.getFieldsV1().getAdditionalProperties()).containsKey("f:status");
      });
    }
    List<ManagedFieldsEntry> schedule = api.client().resources(ChaosSchedule.class).inNamespace(LAB)
        .withName("chaos-hourly").get().getMetadata().getManagedFields();
    assertThat(schedule.stream().filter(m -> "status".equals(m.getSubresource())).toList())
        .as(schedule.toString()).isNotEmpty()
        .allSatisfy(m -> assertThat(m.getOperation()).isEqualTo("Apply"));
  }

  @Test
  @Order(7)
  void eventsAndMetricsTellTheRunsStory() throws Exception {
    JsonNode events = JSON.readTree(api.kubectl("get", "events", "-n", LAB,
        "--field-selector", "involvedObject.name=chaos-quick", "-o", "json").assertOk().stdout());
    List<String> reasons = events.get("items").findValuesAsText("reason");
    assertThat(reasons).contains("RunStarted", "RunCompleted");
    assertThat(events.get("items").findValuesAsText("message"))
        .anySatisfy(m -> assertThat(m).isEqualTo("Verdict Pass; report stored in ConfigMap chaos-quick-report-1"));

    String metrics = operator.get("/metrics").body();
    double finished = metrics.lines()
        .filter(l -> l.startsWith("treasury_runs_finished_total{") && l.contains("phase=\"Completed\""))
        .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).sum();
    assertThat(finished).isGreaterThanOrEqualTo(SAMPLE_RUNS.size());
    assertThat(operator.get("/healthz").statusCode()).isEqualTo(200);

    // The schedule controller ran too, as the same ServiceAccount: it computed the next firing.
    ChaosSchedule schedule = api.client().resources(ChaosSchedule.class).inNamespace(LAB).withName("chaos-hourly").get();
    assertThat(schedule.getStatus()).isNotNull();
    assertThat(schedule.getStatus().getNextScheduleTime()).endsWith(":00:00Z");
  }

  @Test
  @Order(8)
  void aSpecTheSchemaLetsThroughButTheOperatorRefusesBecomesFailedStatus() {
    // A duration for a type that is not enabled: valid for the schema, not for the engine.
    String manifest = """
        apiVersion: treasury.strategickhaos.io/v1alpha1
        kind: ChaosRun
        metadata: {name: duration-for-disabled-type}
        spec:
          iterations: 10
          events: [ach_failure_simulation]
          durations: {bank_freeze_simulation: 60}
        """;
    Path file = OperatorInstall.outputFile("duration-for-disabled-type.yaml");
    OperatorInstall.write(file, manifest);
    api.kubectl("apply", "-n", LAB, "-f", file.toString()).assertOk();
    Awaitility.await().atMost(Duration.ofMinutes(1)).untilAsserted(() ->
        assertThat(phase(run("duration-for-disabled-type"))).isEqualTo("Failed"));
    ChaosRunStatus status = run("duration-for-disabled-type").getStatus();
    assertThat(status.getMessage()).contains("durations");
    assertThat(status.getConditions()).anySatisfy(c -> {
      assertThat(c.getType()).isEqualTo("Stalled");
      assertThat(c.getStatus()).isEqualTo("True");
    });
    assertThat(api.kubectl("get", "events", "-n", LAB, "--field-selector",
        "involvedObject.name=duration-for-disabled-type,reason=InvalidSpec", "-o", "name").assertOk().stdout())
        .isNotBlank();
  }

  @Test
  @Order(9)
  void serviceAccountMayDoWhatRbacRequirementsListAndNothingElse() {
    // Every rule the operator declares is granted: cluster rules in any namespace and cluster-wide
    // (WATCH_NAMESPACES empty watches all), the Lease rule in the operator's namespace.
    for (RbacRequirements.Rule rule : RbacRequirements.CLUSTER_RULES) {
      for (String verb : rule.verbs()) {
        assertThat(canI(verb, rule, "-n", LAB)).as(verb + " " + rule + " in " + LAB).isEqualTo("yes");
        if (List.of("list", "watch").contains(verb)) {
          assertThat(canI(verb, rule, "--all-namespaces")).as(verb + " " + rule + " cluster-wide").isEqualTo("yes");
        }
      }
    }
    for (RbacRequirements.Rule rule : RbacRequirements.OPERATOR_NAMESPACE_RULES) {
      for (String verb : rule.verbs()) {
        assertThat(canI(verb, rule, "-n", OperatorInstall.NAMESPACE)).as(verb + " " + rule).isEqualTo("yes");
      }
    }

    // Nothing on Secrets or Pods, anywhere; no Lease outside its own namespace; reports never changed.
    for (String ns : List.of(LAB, OperatorInstall.NAMESPACE, "default", "kube-system")) {
      for (String verb : List.of("get", "list", "watch")) {
        assertThat(canI(verb, "secrets", ns)).as(verb + " secrets in " + ns).isEqualTo("no");
      }
      assertThat(canI("get", "pods", ns)).as("get pods in " + ns).isEqualTo("no");
      assertThat(canI("create", "pods", ns)).as("create pods in " + ns).isEqualTo("no");
      assertThat(canI("create", "pods/exec", ns)).as("exec in " + ns).isEqualTo("no");
      for (String verb : List.of("update", "patch", "delete")) {
        assertThat(canI(verb, "configmaps", ns)).as(verb + " configmaps in " + ns).isEqualTo("no");
      }
    }
    for (String ns : List.of("default", "kube-system", LAB)) {
      assertThat(canI("get", "leases.coordination.k8s.io", ns)).as("get leases in " + ns).isEqualTo("no");
      assertThat(canI("update", "leases.coordination.k8s.io", ns)).as("update leases in " + ns).isEqualTo("no");
    }
    assertThat(canI("delete", "leases.coordination.k8s.io", OperatorInstall.NAMESPACE)).isEqualTo("no");
    assertThat(canI("create", "serviceaccounts/token", OperatorInstall.NAMESPACE)).isEqualTo("no");
    assertThat(canI("create", "customresourcedefinitions.apiextensions.k8s.io", LAB)).isEqualTo("no");
    assertThat(canI("escalate", "clusterroles.rbac.authorization.k8s.io", LAB)).isEqualTo("no");

    // And nothing beyond: what `can-i --list` shows, minus what any authenticated ServiceAccount
    // gets (a baseline account with no bindings), is exactly RbacRequirements.
    api.serviceAccountToken(LAB, "baseline", Duration.ofMinutes(10)); // creates the account
    for (String ns : List.of(LAB, OperatorInstall.NAMESPACE)) {
      Map<String, java.util.Set<String>> granted = canIList(OperatorInstall.SERVICE_ACCOUNT_USER, ns);
      Map<String, java.util.Set<String>> baseline = canIList("system:serviceaccount:" + LAB + ":baseline", ns);
      baseline.forEach((resource, verbs) -> granted.computeIfPresent(resource, (r, v) -> {
        v.removeAll(verbs);
        return v.isEmpty() ? null : v;
      }));
      Map<String, java.util.Set<String>> required = new java.util.TreeMap<>();
      var rules = new java.util.ArrayList<>(RbacRequirements.CLUSTER_RULES);
      if (ns.equals(OperatorInstall.NAMESPACE)) {
        rules.addAll(RbacRequirements.OPERATOR_NAMESPACE_RULES);
      }
      rules.forEach(rule -> required.merge(resourceName(rule), new java.util.TreeSet<>(rule.verbs()), (a, b) -> {
        a.addAll(b);
        return a;
      }));
      assertThat(granted).as("in " + ns).isEqualTo(required);
    }
  }

  @Test
  @Order(100)
  void theOperatorNeededNothingBeyondItsClusterRole() {
    String log = operator.log();
    assertThat(log).contains("Operator started");
    assertThat(log).doesNotContainIgnoringCase("forbidden").doesNotContain("403");
    // And the server took every status it was given (the schema refuses, say, explicit nulls).
    assertThat(log).doesNotContain("is invalid").doesNotContain("Uncaught error during event processing");
    assertThat(operator.isAlive()).isTrue();
  }

  // --- helpers -------------------------------------------------------------------------------------

  private static ChaosRun run(String name) {
    KubernetesClient client = api.client();
    ChaosRun run = client.resources(ChaosRun.class).inNamespace(LAB).withName(name).get();
    assertThat(run).as("ChaosRun " + name).isNotNull();
    return run;
  }

  private static String phase(ChaosRun run) {
    return run.getStatus() == null ? null : run.getStatus().getPhase();
  }

  private static String canI(String verb, RbacRequirements.Rule rule, String... scope) {
    String[] parts = rule.resource().split("/", 2);
    String resource = rule.apiGroup().isEmpty() ? parts[0] : parts[0] + "." + rule.apiGroup();
    List<String> args = new java.util.ArrayList<>(List.of("auth", "can-i", verb, resource));
    if (parts.length == 2) {
      args.add("--subresource=" + parts[1]);
    }
    args.addAll(List.of(scope));
    args.add("--as=" + OperatorInstall.SERVICE_ACCOUNT_USER);
    return api.kubectl(args.toArray(String[]::new)).stdout().trim();
  }

  private static String canI(String verb, String resource, String namespace) {
    String[] parts = resource.split("/", 2);
    List<String> args = new java.util.ArrayList<>(List.of("auth", "can-i", verb, parts[0], "-n", namespace,
        "--as=" + OperatorInstall.SERVICE_ACCOUNT_USER));
    if (parts.length == 2) {
      args.add("--subresource=" + parts[1]);
    }
    return api.kubectl(args.toArray(String[]::new)).stdout().trim();
  }

  /** {@code kubectl auth can-i --list}: resource (as kubectl names it, e.g. chaosruns.group/status) → verbs. */
  private static Map<String, java.util.Set<String>> canIList(String user, String namespace) {
    String out = api.kubectl("auth", "can-i", "--list", "-n", namespace, "--as=" + user).assertOk().stdout();
    Map<String, java.util.Set<String>> granted = new java.util.TreeMap<>();
    out.lines().skip(1).filter(line -> !line.startsWith(" ")).forEach(line -> {
      String resource = line.split("\\s+")[0];
      String verbs = line.substring(line.lastIndexOf('[') + 1, line.lastIndexOf(']'));
      granted.computeIfAbsent(resource, r -> new java.util.TreeSet<>())
          .addAll(Arrays.asList(verbs.trim().split("\\s+")));
    });
    return granted;
  }

  /** A rule's resource the way {@code can-i --list} prints it. */
  private static String resourceName(RbacRequirements.Rule rule) {
    String[] parts = rule.resource().split("/", 2);
    return (rule.apiGroup().isEmpty() ? parts[0] : parts[0] + "." + rule.apiGroup())
        + (parts.length == 2 ? "/" + parts[1] : "");
  }

  private static String javaBin() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  private static RealApiServer.Result inDir(Path dir, String script) {
    return api.run(List.of("bash", "-c", "cd '" + dir + "' && " + script), Duration.ofMinutes(1));
  }
}
