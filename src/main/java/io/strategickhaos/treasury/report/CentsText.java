package io.strategickhaos.treasury.report;

/**
 * Money as text, by integer arithmetic only: a {@code double} would print 0.1 + 0.2 cents
 * differently on the way to a hashed report.
 */
public final class CentsText {
  private CentsText() {}

  /** {@code 65316} → {@code 653.16}; {@code -5} → {@code -0.05}. Works for every long. */
  public static String format(long cents) {
    // Quotient and remainder separately, so Long.MIN_VALUE needs no negation of its own.
    long units = Math.abs(cents / 100);
    long fraction = Math.abs(cents % 100);
    String sign = cents < 0 ? "-" : "";
    return sign + units + "." + (fraction < 10 ? "0" : "") + fraction;
  }

  /**
   * Whole percent with {@code decimals} places, rounded half-up, of {@code part / whole}, from the
   * exact integers; {@code "n/a"} when whole is zero.
   */
  public static String percent(long part, long whole, int decimals) {
    if (whole == 0) {
      return "n/a";
    }
    return new java.math.BigDecimal(part)
        .multiply(java.math.BigDecimal.valueOf(100))
        .divide(new java.math.BigDecimal(whole), decimals, java.math.RoundingMode.HALF_UP)
        .toPlainString();
  }

  /** Milliseconds as seconds with three decimals, e.g. {@code 31005} → {@code 31.005 s}. */
  public static String millisAsSeconds(long millis) {
    long fraction = Math.abs(millis % 1000);
    String padded = fraction < 10 ? "00" + fraction : fraction < 100 ? "0" + fraction : Long.toString(fraction);
    return (millis < 0 ? "-" : "") + Math.abs(millis / 1000) + "." + padded + " s";
  }
}
