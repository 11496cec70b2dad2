package io.strategickhaos.treasury.operator;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class KubernetesNamesTest {
  @Test
  void aShortRunNameGivesThePlainReportName() {
    assertThat(KubernetesNames.reportConfigMapName("nightly", 3)).isEqualTo("nightly-report-3");
  }

  @Test
  void aLongRunNameIsShortenedWithAHashAndStaysUnique() {
    String longName = "a".repeat(240) + "-x";
    String otherLongName = "a".repeat(240) + "-y";
    String name = KubernetesNames.reportConfigMapName(longName, 12);
    assertThat(name).hasSizeLessThanOrEqualTo(253).endsWith("-report-12").matches("[a-z0-9]([-a-z0-9.]*[a-z0-9])?");
    assertThat(name).isNotEqualTo(KubernetesNames.reportConfigMapName(otherLongName, 12));
  }

  @Test
  void labelValuesFitIn63Characters() {
    assertThat(KubernetesNames.labelValue("short")).isEqualTo("short");
    String value = KubernetesNames.labelValue("b".repeat(100));
    assertThat(value).hasSize(63).matches("[a-z0-9]([-a-z0-9]*[a-z0-9])?");
  }
}
