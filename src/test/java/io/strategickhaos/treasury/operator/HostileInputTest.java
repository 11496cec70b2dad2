package io.strategickhaos.treasury.operator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.utils.Serialization;
import io.strategickhaos.treasury.api.ChaosRun;
import io.strategickhaos.treasury.api.ChaosSchedule;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
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
   * Wrong JSON types, unknown fields and a spec that is no object, as a client that skips the schema
   * or an older CRD lets through. These used to stop the typed informer, and with it the whole
   * operator (the SDK exits the JVM, so a regression kills this test's JVM: surefire reports the
   * fork crashed). Half are created before the operator starts (its first list), half after (its
   * watch). Each must fail once with the field named; the good runs, one created after all the bad
   * ones have failed, must still complete.
   */
  @Test
  void specsOfTheWrongJsonTypeFailOnceWithTheFieldNamedAndOtherRunsStillRun() throws Exception {
    Map<String, String[]> corpus = new java.util.LinkedHashMap<>();
    corpus.put("type-iterations-text", new String[] {"{\"iterations\":\"lots\"}",
        "iterations must be an integer, got \"lots\"; accepted: 1..10000000; Revenue events to process"});
    corpus.put("type-iterations-fraction", new String[] {"{\"iterations\":2.5}", "iterations must be an integer, got 2.5"});
    corpus.put("type-seed-text", new String[] {"{\"seed\":\"abc\"}", "seed must be an integer, got \"abc\""});
    corpus.put("type-probability-text", new String[] {"{\"chaosProbability\":\"high\"}",
        "chaosProbability must be a number, got \"high\"; accepted: 0..1; Chance that an operation"});
    corpus.put("type-probability-object", new String[] {"{\"chaosProbability\":{}}", "chaosProbability must be a number, got {}"});
    corpus.put("type-events-string", new String[] {"{\"events\":\"ach_failure_simulation\"}",
        "events must be a list, got \"ach_failure_simulation\""});
    corpus.put("type-events-object", new String[] {"{\"events\":{\"a\":1}}", "events must be a list"});
    corpus.put("type-split-number", new String[] {"{\"split\":5}", "split must be an object, got 5"});
    corpus.put("type-split-share-text", new String[] {"{\"split\":{\"charityBasisPoints\":\"700\"}}",
        "split.charityBasisPoints must be an integer, got \"700\""});
    corpus.put("type-split-share-overflow", new String[] {"{\"split\":{\"charityBasisPoints\":99999999999}}",
        "split.charityBasisPoints is out of range, got 99999999999; accepted: 0..10000; Charity"});
    corpus.put("type-duration-text", new String[] {"{\"durations\":{\"bank_freeze_simulation\":\"long\"}}",
        "durations.bank_freeze_simulation must be an integer"});
    corpus.put("type-recovery-text", new String[] {"{\"recovery\":{\"maxAttempts\":\"ten\"}}", "recovery.maxAttempts must be an integer"});
    corpus.put("type-spec-array", new String[] {"[]", "spec must be an object, got []"});
    corpus.put("type-spec-text", new String[] {"\"" + HUGE + "\"", "spec must be an object, got \"xxx"});
    corpus.put("unknown-field", new String[] {"{\"iterationz\":10}",
        "iterationz is not a known field; known: chaosProbability, durations, events, iterations,"});
    corpus.put("unknown-nested-field", new String[] {"{\"split\":{\"charity\":700}}",
        "split.charity is not a known field; known: charityBasisPoints, operationsBasisPoints"});

    try (MockCluster cluster = new MockCluster()) {
      List<String> names = List.copyOf(corpus.keySet());
      for (int i = 0; i < names.size(); i += 2) {
        createRaw(cluster, names.get(i), corpus.get(names.get(i))[0]);
      }
      createRaw(cluster, "empty-spec", "{}");
      ChaosRunOperator operator = cluster.startOperator();
      cluster.create("good-neighbour", ChaosRunReconcilerTest.spec(100, 3L));
      for (int i = 1; i < names.size(); i += 2) {
        createRaw(cluster, names.get(i), corpus.get(names.get(i))[0]);
      }

      await().atMost(Duration.ofSeconds(60)).until(() -> names.stream().allMatch(n -> "Failed".equals(cluster.phase(n)))
          && "Completed".equals(cluster.phase("good-neighbour")) && "Completed".equals(cluster.phase("empty-spec")));
      cluster.create("late-neighbour", ChaosRunReconcilerTest.spec(100, 4L));
      await().atMost(Duration.ofSeconds(60)).until(() -> "Completed".equals(cluster.phase("late-neighbour")));
      ApiServerFaultsTest.assertSettled(operator, 2 * (corpus.size() + 3) + 4);
      for (Map.Entry<String, String[]> row : corpus.entrySet()) {
        String name = row.getKey();
        ChaosRun run = cluster.get(name);
        assertThat(run.getStatus().getMessage()).as(name).startsWith("Invalid spec: " + row.getValue()[1]).hasSizeLessThan(1024);
        assertThat(run.getStatus().getConditions()).as(name + " conditions")
            .anySatisfy(c -> assertThat(c.getType() + "=" + c.getStatus()).isEqualTo("Stalled=True"));
        assertThat(cluster.reportsOf(name)).as(name + " reports").isEmpty();
        assertThat(eventReasons(cluster, name)).as(name + " events").containsExactly("InvalidSpec");
      }
      // The status write leaves the spec as the client stored it.
      assertThat(rawSpec(cluster, "ChaosRun", "type-iterations-text")).isEqualTo(Map.of("iterations", "lots"));
      assertThat(get(operator.httpPort(), "/readyz")).isEqualTo(200);
    }
  }

  /** The same for ChaosSchedule, beside the value problems its validator has always caught. */
  @Test
  void schedulesOfTheWrongJsonTypeStallWithTheFieldNamed() throws Exception {
    String template = "\"runTemplate\":{\"spec\":{\"iterations\":20}}";
    Map<String, String[]> corpus = new java.util.LinkedHashMap<>();
    corpus.put("sched-suspend-text", new String[] {"{\"schedule\":\"0 * * * *\",\"suspend\":\"maybe\"," + template + "}",
        "spec.suspend must be true or false, got \"maybe\""});
    corpus.put("sched-history-text", new String[] {"{\"schedule\":\"0 * * * *\",\"successfulRunsHistoryLimit\":\"many\"," + template + "}",
        "spec.successfulRunsHistoryLimit must be an integer, got \"many\"; accepted: "});
    corpus.put("sched-deadline-object", new String[] {"{\"schedule\":\"0 * * * *\",\"startingDeadlineSeconds\":{}," + template + "}",
        "spec.startingDeadlineSeconds must be an integer, got {}"});
    corpus.put("sched-cron-number", new String[] {"{\"schedule\":[0]," + template + "}", "spec.schedule must be a string, got [0]"});
    corpus.put("sched-template-iterations", new String[] {"{\"schedule\":\"0 * * * *\",\"runTemplate\":{\"spec\":{\"iterations\":\"lots\"}}}",
        "spec.runTemplate.spec.iterations must be an integer, got \"lots\""});
    corpus.put("sched-template-array", new String[] {"{\"schedule\":\"0 * * * *\",\"runTemplate\":[]}", "spec.runTemplate must be an object"});
    corpus.put("sched-unknown-field", new String[] {"{\"schedule\":\"0 * * * *\",\"paused\":true," + template + "}",
        "spec.paused is not a known field; known: "});
    corpus.put("sched-spec-array", new String[] {"[]", "spec must be an object, got []"});
    corpus.put("sched-bad-cron", new String[] {"{\"schedule\":\"61 * * * *\"," + template + "}", "spec.schedule '61 * * * *'"});
    corpus.put("sched-bad-zone", new String[] {"{\"schedule\":\"0 * * * *\",\"timeZone\":\"Mars/Olympus_Mons\"," + template + "}",
        "spec.timeZone 'Mars/Olympus_Mons' is not an IANA time zone"});

    try (MockCluster cluster = new MockCluster()) {
      corpus.forEach((name, row) -> createRawSchedule(cluster, name, row[0]));
      ChaosRunOperator operator = cluster.startOperator();
      cluster.create("good-neighbour", ChaosRunReconcilerTest.spec(100, 3L));

      await().atMost(Duration.ofSeconds(60)).until(() -> "Completed".equals(cluster.phase("good-neighbour"))
          && corpus.keySet().stream().allMatch(n -> scheduleMessage(cluster, n) != null));
      ApiServerFaultsTest.assertSettled(operator, 2 * (corpus.size() + 1) + 4);
      for (Map.Entry<String, String[]> row : corpus.entrySet()) {
        String name = row.getKey();
        ChaosSchedule schedule = cluster.client.resources(ChaosSchedule.class).inNamespace(MockCluster.NAMESPACE).withName(name).get();
        assertThat(schedule.getStatus().getMessage()).as(name).startsWith("Invalid spec: " + row.getValue()[1]).hasSizeLessThan(1024);
        assertThat(schedule.getStatus().getConditions()).as(name + " conditions")
            .anySatisfy(c -> assertThat(c.getType() + "=" + c.getStatus()).isEqualTo("Stalled=True"));
        assertThat(eventReasons(cluster, name)).as(name + " events").containsExactly("InvalidSpec");
      }
      assertThat(cluster.client.resources(ChaosRun.class).inNamespace(MockCluster.NAMESPACE).list().getItems())
          .as("runs fired").hasSize(1);
      assertThat(get(operator.httpPort(), "/readyz")).isEqualTo(200);
    }
  }

  private static String scheduleMessage(MockCluster cluster, String name) {
    ChaosSchedule schedule = cluster.client.resources(ChaosSchedule.class).inNamespace(MockCluster.NAMESPACE).withName(name).get();
    return schedule == null || schedule.getStatus() == null ? null : schedule.getStatus().getMessage();
  }

  private static void createRawSchedule(MockCluster cluster, String name, String specJson) {
    String json = "{\"apiVersion\":\"treasury.strategickhaos.io/v1alpha1\",\"kind\":\"ChaosSchedule\",\"metadata\":{\"name\":\""
        + name + "\",\"namespace\":\"" + MockCluster.NAMESPACE + "\"},\"spec\":" + specJson + "}";
    cluster.client.genericKubernetesResources("treasury.strategickhaos.io/v1alpha1", "ChaosSchedule")
        .inNamespace(MockCluster.NAMESPACE).resource(Serialization.unmarshal(json, GenericKubernetesResource.class)).create();
  }

  private static int get(int port, String path) throws Exception {
    HttpResponse<Void> response = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(), HttpResponse.BodyHandlers.discarding());
    return response.statusCode();
  }

  private static void createRaw(MockCluster cluster, String name, String specJson) {
    String json = "{\"apiVersion\":\"treasury.strategickhaos.io/v1alpha1\",\"kind\":\"ChaosRun\",\"metadata\":{\"name\":\""
        + name + "\",\"namespace\":\"" + MockCluster.NAMESPACE + "\"},\"spec\":" + specJson + "}";
    cluster.client.genericKubernetesResources("treasury.strategickhaos.io/v1alpha1", "ChaosRun")
        .inNamespace(MockCluster.NAMESPACE).resource(Serialization.unmarshal(json, GenericKubernetesResource.class)).create();
  }

  /** The spec as stored on the server, read without the typed model. */
  private static Object rawSpec(MockCluster cluster, String kind, String name) {
    return cluster.client.genericKubernetesResources("treasury.strategickhaos.io/v1alpha1", kind)
        .inNamespace(MockCluster.NAMESPACE).withName(name).get().getAdditionalProperties().get("spec");
  }

  private static List<String> eventReasons(MockCluster cluster, String name) {
    return cluster.client.v1().events().inNamespace(MockCluster.NAMESPACE).list().getItems().stream()
        .filter(e -> name.equals(e.getInvolvedObject().getName()))
        .map(Event::getReason)
        .collect(Collectors.toList());
  }
}
