package io.strategickhaos.treasury.operator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.utils.Serialization;
import io.strategickhaos.treasury.api.ChaosRun;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Malformed and hostile input to the operator: environment variables, and ChaosRun specs sent as raw
 * JSON to the mock server (which, like a client that skips the schema or an older CRD, validates
 * nothing). Each ends in one clear message naming the variable or field, no crash, no retry loop,
 * and nothing half-written. The CLI's table is {@code cli.BadInputTest}.
 */
class HostileInputTest {
  private static final String HUGE = "x".repeat(200_000);

  @ParameterizedTest(name = "{0}={1}")
  @CsvSource(delimiter = '|', value = {
    "MAX_CONCURRENT_RUNS | 0 | an integer from 1 to 64",
    "MAX_CONCURRENT_RUNS | -1 | an integer from 1 to 64",
    "MAX_CONCURRENT_RUNS | 65 | an integer from 1 to 64",
    "MAX_CONCURRENT_RUNS | lots | an integer from 1 to 64",
    "MAX_CONCURRENT_RUNS | 2.5 | an integer from 1 to 64",
    "MAX_CONCURRENT_RUNS | 99999999999999999999 | an integer from 1 to 64",
    "HTTP_PORT | 65536 | an integer from 0 to 65535",
    "HTTP_PORT | -80 | an integer from 0 to 65535",
    "HTTP_PORT | http | an integer from 0 to 65535",
    "LEADER_ELECTION | yes | true or false",
    "LOG_FORMAT | xml | text or json",
    "WATCH_NAMESPACES | 'team-a,Team_B' | DNS-1123 labels",
    "WATCH_NAMESPACES | '../etc' | DNS-1123 labels",
    "OPERATOR_NAMESPACE | kube system | a DNS-1123 label",
  })
  void aBadEnvironmentStopsStartUpWithOneLineNamingTheVariable(String variable, String value, String accepted) {
    assertRefusedAtStartUp(Map.of(variable, value), variable, accepted);
  }

  @Test
  void leaderElectionWithoutItsNamespaceAndHugeValuesAreRefusedTooWithoutEchoingMegabytes() {
    assertRefusedAtStartUp(Map.of("LEADER_ELECTION", "true"), "OPERATOR_NAMESPACE", "required when LEADER_ELECTION=true");
    String line = assertRefusedAtStartUp(Map.of("LOG_FORMAT", HUGE), "LOG_FORMAT", "text or json");
    assertThat(line.length()).as("message length").isLessThan(1024);
  }

  private static String assertRefusedAtStartUp(Map<String, String> env, String variable, String accepted) {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = OperatorMain.run(new HashMap<>(env), new PrintStream(err, true, StandardCharsets.UTF_8));
    String message = err.toString(StandardCharsets.UTF_8);
    assertThat(code).as(message).isEqualTo(OperatorMain.EXIT_BAD_CONFIG);
    assertThat(message).hasLineCount(1).startsWith(variable + "=").contains(accepted).doesNotContain("Exception", "\tat ");
    return message;
  }

  /** Specs of the right JSON types but wrong values, all applied at once to one operator. */
  @Test
  void everyBadSpecFailsOnceWithItsFieldNamedAndNothingStored() throws Exception {
    Map<String, String[]> corpus = new java.util.LinkedHashMap<>();
    corpus.put("iterations-zero", new String[] {"{\"iterations\":0}", "iterations must be between 1 and 10000000"});
    corpus.put("iterations-negative", new String[] {"{\"iterations\":-7}", "iterations must be between 1"});
    corpus.put("iterations-huge", new String[] {"{\"iterations\":9223372036854775807}", "iterations must be between 1 and 10000000"});
    corpus.put("probability-high", new String[] {"{\"chaosProbability\":1.5}", "chaosProbability must be between 0 and 1"});
    corpus.put("probability-negative", new String[] {"{\"chaosProbability\":-0.01}", "chaosProbability must be between 0 and 1"});
    corpus.put("events-empty", new String[] {"{\"events\":[]}", "events must name at least one"});
    corpus.put("events-unknown", new String[] {"{\"events\":[\"solar_flare_simulation\"]}", "events[0] 'solar_flare_simulation'"});
    corpus.put("events-twice", new String[] {"{\"events\":[\"ach_failure_simulation\",\"ach_failure_simulation\"]}", "events lists ach_failure_simulation twice"});
    corpus.put("events-null", new String[] {"{\"events\":[null]}", "events[0]"});
    corpus.put("events-case", new String[] {"{\"events\":[\"BANK_FREEZE_SIMULATION\"]}", "events[0] 'BANK_FREEZE_SIMULATION'"});
    corpus.put("duration-negative", new String[] {"{\"durations\":{\"bank_freeze_simulation\":-1}}", "durations.bank_freeze_simulation must be between 0"});
    corpus.put("duration-not-enabled", new String[] {"{\"events\":[\"ach_failure_simulation\"],\"durations\":{\"nats_outage_simulation\":5}}", "durations.nats_outage_simulation names an event type that is not enabled"});
    corpus.put("split-sum", new String[] {"{\"split\":{\"operationsBasisPoints\":9000,\"charityBasisPoints\":700}}", "must equal 10000, got 9700"});
    corpus.put("split-charity-over", new String[] {"{\"split\":{\"charityBasisPoints\":10001}}", "split."});
    corpus.put("split-negative", new String[] {"{\"split\":{\"operationsBasisPoints\":-100,\"charityBasisPoints\":10100}}", "split.operationsBasisPoints must be between 0 and 10000"});
    corpus.put("amount-three-decimals", new String[] {"{\"revenue\":{\"minAmount\":\"10.001\"}}", "revenue.minAmount must be a decimal amount"});
    corpus.put("amount-negative", new String[] {"{\"revenue\":{\"maxAmount\":\"-5\"}}", "revenue.maxAmount must be a decimal amount"});
    corpus.put("amount-exponent", new String[] {"{\"revenue\":{\"maxAmount\":\"1e9\"}}", "revenue.maxAmount must be a decimal amount"});
    corpus.put("amount-zero", new String[] {"{\"revenue\":{\"minAmount\":\"0\"}}", "revenue.minAmount (cents) must be between 1"});
    corpus.put("min-above-max", new String[] {"{\"revenue\":{\"minAmount\":\"500.00\",\"maxAmount\":\"20.00\"}}", "revenue.minAmount must not exceed revenue.maxAmount"});
    corpus.put("currency-bad", new String[] {"{\"revenue\":{\"currency\":\"dollars\"}}", "revenue.currency must be a three-letter"});
    corpus.put("attempts-zero", new String[] {"{\"recovery\":{\"maxAttempts\":0}}", "recovery.maxAttempts must be between"});
    corpus.put("deadline-zero", new String[] {"{\"recovery\":{\"settlementDeadlineSeconds\":0}}", "recovery.settlementDeadlineSeconds must be between 1"});
    corpus.put("backoff-inverted", new String[] {"{\"recovery\":{\"initialBackoffMillis\":5000,\"maxBackoffMillis\":1000}}", "recovery.maxBackoffMillis must be between 5000"});
    corpus.put("max-failed-negative", new String[] {"{\"maxFailedRecoveries\":-1}", "maxFailedRecoveries must be between 0"});
    corpus.put("timemode-unknown", new String[] {"{\"timeMode\":\"Warp\"}", "timeMode must be Simulated or RealTime"});
    corpus.put("retention-unknown", new String[] {"{\"reportRetention\":\"Forever\"}", "reportRetention must be Delete or Retain"});
    corpus.put("timemode-huge", new String[] {"{\"timeMode\":\"" + HUGE + "\"}", "timeMode must be Simulated or RealTime"});
    corpus.put("events-huge", new String[] {"{\"events\":[\"" + HUGE + "\"]}", "events[0]"});

    try (MockCluster cluster = new MockCluster()) {
      ChaosRunOperator operator = cluster.startOperator();
      corpus.forEach((name, row) -> createRaw(cluster, name, row[0]));
      cluster.create("good-neighbour", ChaosRunReconcilerTest.spec(100, 3L));

      await().atMost(Duration.ofSeconds(60)).until(() -> corpus.keySet().stream().allMatch(n -> "Failed".equals(cluster.phase(n)))
          && "Completed".equals(cluster.phase("good-neighbour")));
      ApiServerFaultsTest.assertSettled(operator, 2 * (corpus.size() + 1) + 4);
      for (Map.Entry<String, String[]> row : corpus.entrySet()) {
        String name = row.getKey();
        ChaosRun run = cluster.get(name);
        assertThat(run.getStatus().getMessage()).as(name).contains(row.getValue()[1]).hasSizeLessThan(1024);
        assertThat(cluster.reportsOf(name)).as(name + " reports").isEmpty();
        assertThat(eventReasons(cluster, name)).as(name + " events").containsExactly("InvalidSpec");
      }
    }
  }

  /**
   * Wrong JSON types or unknown fields, as a client that skips the schema could send: the typed
   * informer cannot read them. OPEN BUG (docs/reliability.md): one such ChaosRun makes the SDK log
   * "Fatal error in informer ... Stopping the operator" and the JVM exits with code 1, so every
   * ChaosRun stops being reconciled (a crash loop in a pod). A real API server refuses or prunes
   * these with the CRD's structural schema, so only a missing or older CRD lets them through.
   * Disabled because the exit kills the test JVM; remove @Disabled to reproduce.
   */
  @Disabled("exits the JVM: the informer cannot deserialize the object and the SDK stops the operator")
  @Test
  void specsOfTheWrongJsonTypeDoNotStopOtherRunsAndAreReported() throws Exception {
    Map<String, String> corpus = new java.util.LinkedHashMap<>();
    corpus.put("type-iterations-text", "{\"iterations\":\"lots\"}");
    corpus.put("type-seed-text", "{\"seed\":\"abc\"}");
    corpus.put("type-events-string", "{\"events\":{\"a\":1}}");
    corpus.put("type-split-number", "{\"split\":5}");
    corpus.put("type-spec-array", "[]");
    corpus.put("type-probability-object", "{\"chaosProbability\":{}}");
    corpus.put("unknown-field", "{\"iterationz\":10}");
    try (MockCluster cluster = new MockCluster()) {
      corpus.forEach((name, spec) -> createRaw(cluster, name, spec));
      createRaw(cluster, "empty-spec", "{}");
      cluster.startOperator();
      cluster.create("good-neighbour", ChaosRunReconcilerTest.spec(100, 3L));

      await().atMost(Duration.ofSeconds(60)).until(() -> "Completed".equals(phaseRaw(cluster, "good-neighbour"))
          && "Completed".equals(phaseRaw(cluster, "empty-spec")));
      for (String name : corpus.keySet()) {
        assertThat(cluster.reportsOf(name)).as(name + " reports").isEmpty();
      }
    }
  }

  private static void createRaw(MockCluster cluster, String name, String specJson) {
    String json = "{\"apiVersion\":\"treasury.strategickhaos.io/v1alpha1\",\"kind\":\"ChaosRun\",\"metadata\":{\"name\":\""
        + name + "\",\"namespace\":\"" + MockCluster.NAMESPACE + "\"},\"spec\":" + specJson + "}";
    cluster.client.genericKubernetesResources("treasury.strategickhaos.io/v1alpha1", "ChaosRun")
        .inNamespace(MockCluster.NAMESPACE).resource(Serialization.unmarshal(json, GenericKubernetesResource.class)).create();
  }

  /** Phase read without the typed model, which cannot read every object of this corpus. */
  @SuppressWarnings("unchecked")
  private static String phaseRaw(MockCluster cluster, String name) {
    GenericKubernetesResource run = cluster.client.genericKubernetesResources("treasury.strategickhaos.io/v1alpha1", "ChaosRun")
        .inNamespace(MockCluster.NAMESPACE).withName(name).get();
    Object status = run == null ? null : run.getAdditionalProperties().get("status");
    return status instanceof Map ? (String) ((Map<String, Object>) status).get("phase") : null;
  }

  private static List<String> eventReasons(MockCluster cluster, String name) {
    return cluster.client.v1().events().inNamespace(MockCluster.NAMESPACE).list().getItems().stream()
        .filter(e -> name.equals(e.getInvolvedObject().getName()))
        .map(Event::getReason)
        .collect(Collectors.toList());
  }
}
