package io.strategickhaos.treasury.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CentsTextTest {
  @ParameterizedTest
  @CsvSource({
    "0, 0.00",
    "5, 0.05",
    "10, 0.10",
    "100, 1.00",
    "65316, 653.16",
    "-5, -0.05",
    "-65316, -653.16",
    "9223372036854775807, 92233720368547758.07",
    "-9223372036854775808, -92233720368547758.08"
  })
  void formatsCentsWithTwoDecimals(long cents, String expected) {
    assertThat(CentsText.format(cents)).isEqualTo(expected);
  }

  @Property
  void formatAgreesWithExactDecimalArithmetic(@ForAll long cents) {
    assertThat(CentsText.format(cents)).isEqualTo(BigDecimal.valueOf(cents, 2).toPlainString());
  }

  @ParameterizedTest
  @CsvSource({"35860, 512347, 4, 6.9992", "700, 10000, 2, 7.00", "1, 3, 4, 33.3333", "2, 3, 4, 66.6667", "0, 0, 4, n/a"})
  void percentIsRoundedHalfUpFromIntegers(long part, long whole, int decimals, String expected) {
    assertThat(CentsText.percent(part, whole, decimals)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({"0, 0.000 s", "5, 0.005 s", "31005, 31.005 s", "1234567, 1234.567 s"})
  void millisPrintAsSeconds(long millis, String expected) {
    assertThat(CentsText.millisAsSeconds(millis)).isEqualTo(expected);
  }
}
