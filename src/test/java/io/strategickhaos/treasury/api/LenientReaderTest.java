package io.strategickhaos.treasury.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Whatever JSON a spec or status holds, ChaosRun and ChaosSchedule deserialize: the informer reads
 * them with the client's mapper and one exception would stop it (and with it the operator). The
 * messages an unreadable spec carries are pinned end to end in {@code operator.HostileInputTest}.
 */
class LenientReaderTest {
  private static final KubernetesSerialization CLIENT = new KubernetesSerialization();
  private static final String GOOD_RUN_SPEC = "{\"iterations\":20}";

  @ParameterizedTest
  @ValueSource(strings = {
    "[]", "[{}]", "\"text\"", "7", "true", "{\"iterations\":\"lots\"}", "{\"iterations\":1.5}",
    "{\"iterations\":1e400}", "{\"seed\":99999999999999999999999}", "{\"events\":{}}", "{\"events\":[[1]]}",
    "{\"durations\":[]}", "{\"split\":{\"charityBasisPoints\":{\"a\":null}}}", "{\"revenue\":{\"minAmount\":[]}}",
    "{\"unknown\":1}", "{\"split\":{\"extra\":1}}", "{\"runTemplate\":{\"spec\":{\"iterations\":\"x\"}}}",
  })
  void anUnreadableSpecBecomesAnEmptySpecNamingTheProblem(String spec) {
    ChaosRun run = read(ChaosRun.class, "ChaosRun", spec, "{}");
    assertThat(run.getSpec().getUnreadable()).as(spec).isNotBlank().hasSizeLessThan(1024);
    assertThat(run.getSpec().getIterations()).isNull();
    ChaosSchedule schedule = read(ChaosSchedule.class, "ChaosSchedule", spec, "{}");
    assertThat(schedule.getSpec().getUnreadable()).as(spec).startsWith("spec").hasSizeLessThan(1024);
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
    "ChaosRun | []", "ChaosRun | \"text\"", "ChaosRun | {\"attempts\":\"two\"}", "ChaosRun | {\"conditions\":5}",
    "ChaosRun | {\"progress\":[1]}", "ChaosRun | {\"observedGeneration\":{}}",
    "ChaosSchedule | []", "ChaosSchedule | {\"active\":\"yes\"}", "ChaosSchedule | {\"activeCount\":\"x\"}",
    "ChaosSchedule | {\"conditions\":[7]}",
  })
  void anUnreadableStatusReadsAsAbsent(String kind, String status) {
    if (kind.equals("ChaosRun")) {
      ChaosRun run = read(ChaosRun.class, kind, GOOD_RUN_SPEC, status);
      assertThat(run.getStatus()).as(status).isNull();
      assertThat(run.getSpec().getIterations()).isEqualTo(20L);
    } else {
      assertThat(read(ChaosSchedule.class, kind, "{}", status).getStatus()).as(status).isNull();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"{}", GOOD_RUN_SPEC, "null"})
  void aReadableSpecIsReadAsBeforeAndAStatusFieldFromANewerOperatorIsIgnored(String spec) {
    ChaosRun run = read(ChaosRun.class, "ChaosRun", spec, "{\"phase\":\"Running\",\"fromTheFuture\":1}");
    assertThat(run.getSpec() == null ? null : run.getSpec().getUnreadable()).isNull();
    assertThat(run.getStatus().getPhase()).isEqualTo("Running");
  }

  private static <T> T read(Class<T> type, String kind, String spec, String status) {
    String json = "{\"apiVersion\":\"treasury.strategickhaos.io/v1alpha1\",\"kind\":\"" + kind
        + "\",\"metadata\":{\"name\":\"x\",\"namespace\":\"chaos\"},\"spec\":" + spec + ",\"status\":" + status + "}";
    return CLIENT.unmarshal(json, type);
  }
}
