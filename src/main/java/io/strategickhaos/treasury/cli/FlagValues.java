package io.strategickhaos.treasury.cli;

import io.strategickhaos.treasury.engine.ChaosEvent;
import io.strategickhaos.treasury.engine.TimeMode;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Parses the text of one flag (or environment variable) into a value, or fails with a line that
 * names the flag, the accepted range and what was given. Kept apart from picocli's own converters
 * so every message has the same shape and states the range.
 */
final class FlagValues {
  private static final Pattern INTEGER = Pattern.compile("[+-]?\\d{1,19}");
  private static final Pattern DECIMAL = Pattern.compile("\\d{1,13}(\\.\\d{1,2})?");
  static final String EVENT_IDS =
      Arrays.stream(ChaosEvent.values()).map(ChaosEvent::id).collect(Collectors.joining(", "));

  private FlagValues() {}

  static long longIn(String flag, String text, long min, long max) {
    String problem = "must be an integer between " + min + " and " + max + ", got '" + text + "'";
    if (!INTEGER.matcher(text.trim()).matches()) {
      throw UsageError.flag(flag, problem);
    }
    long value;
    try {
      value = Long.parseLong(text.trim());
    } catch (NumberFormatException tooLarge) {
      throw UsageError.flag(flag, problem);
    }
    if (value < min || value > max) {
      throw UsageError.flag(flag, problem);
    }
    return value;
  }

  static long anyLong(String flag, String text) {
    return longIn(flag, text, Long.MIN_VALUE, Long.MAX_VALUE);
  }

  /** A probability in [0, 1]; NaN and infinities are refused by the range check. */
  static double probability(String flag, String text) {
    String problem = "must be a number between 0 and 1, got '" + text + "'";
    double value;
    try {
      value = Double.parseDouble(text.trim());
    } catch (NumberFormatException notANumber) {
      throw UsageError.flag(flag, problem);
    }
    if (!(value >= 0.0 && value <= 1.0)) {
      throw UsageError.flag(flag, problem);
    }
    return value;
  }

  /** A money amount with at most two decimals, e.g. {@code 10} or {@code 653.16}, as cents. */
  static long amountCents(String flag, String text, long maxCents) {
    String problem = "must be an amount with at most two decimals between 0.01 and "
        + io.strategickhaos.treasury.report.CentsText.format(maxCents) + ", got '" + text + "'";
    String t = text.trim();
    if (!DECIMAL.matcher(t).matches()) {
      throw UsageError.flag(flag, problem);
    }
    int dot = t.indexOf('.');
    String units = dot < 0 ? t : t.substring(0, dot);
    String fraction = dot < 0 ? "" : t.substring(dot + 1);
    long cents = Long.parseLong(units) * 100 + (fraction.isEmpty() ? 0 : Long.parseLong((fraction + "0").substring(0, 2)));
    if (cents < 1 || cents > maxCents) {
      throw UsageError.flag(flag, problem);
    }
    return cents;
  }

  static ChaosEvent eventId(String flag, String id) {
    return ChaosEvent.fromId(id.trim()).orElseThrow(() ->
        UsageError.flag(flag, "unknown event id '" + id.trim() + "'; accepted: " + EVENT_IDS));
  }

  static TimeMode timeMode(String flag, String text) {
    switch (text.trim().toLowerCase(Locale.ROOT)) {
      case "simulated":
        return TimeMode.SIMULATED;
      case "realtime":
        return TimeMode.REAL_TIME;
      default:
        throw UsageError.flag(flag, "must be simulated or realtime, got '" + text + "'");
    }
  }

  static String currency(String flag, String text) {
    if (!text.matches("[A-Z]{3}")) {
      throw UsageError.flag(flag, "must be a three-letter ISO 4217 code like USD, got '" + text + "'");
    }
    return text;
  }
}
