package io.strategickhaos.treasury.operator;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Names and label values that fit Kubernetes' length limits, shortened with a hash when needed. */
final class KubernetesNames {
  static final int MAX_NAME_LENGTH = 253;
  static final int MAX_LABEL_VALUE_LENGTH = 63;
  private static final int HASH_LENGTH = 10;

  private KubernetesNames() {}

  /** {@code <run>-report-<generation>}, or a shortened run name plus a hash of the full name when too long. */
  static String reportConfigMapName(String runName, long generation) {
    String suffix = "-report-" + generation;
    String full = runName + suffix;
    if (full.length() <= MAX_NAME_LENGTH) {
      return full;
    }
    String hashedSuffix = "-" + hash(full) + suffix;
    return trimEnd(runName.substring(0, MAX_NAME_LENGTH - hashedSuffix.length())) + hashedSuffix;
  }

  /** A label value for a name: itself when it fits in 63 characters, else a prefix plus a hash. */
  /** Most characters of a user's value that a message quotes, so a hostile value cannot bloat status. */
  static final int QUOTED_VALUE_MAX = 64;

  /** The value as a message quotes it: at most {@link #QUOTED_VALUE_MAX} characters, with its length when cut. */
  static String abbreviate(String value) {
    if (value == null || value.length() <= QUOTED_VALUE_MAX) {
      return String.valueOf(value);
    }
    return value.substring(0, QUOTED_VALUE_MAX) + "... (" + value.length() + " characters)";
  }

  static String labelValue(String name) {
    if (name.length() <= MAX_LABEL_VALUE_LENGTH) {
      return name;
    }
    String hashedSuffix = "-" + hash(name);
    return trimEnd(name.substring(0, MAX_LABEL_VALUE_LENGTH - hashedSuffix.length())) + hashedSuffix;
  }

  static String sha256Hex(String text) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException impossible) {
      throw new IllegalStateException("every JVM has SHA-256", impossible);
    }
  }

  private static String hash(String text) {
    return sha256Hex(text).substring(0, HASH_LENGTH);
  }

  /** Names and label values must end alphanumerically; a cut can leave '-' or '.' at the end. */
  private static String trimEnd(String prefix) {
    int end = prefix.length();
    while (end > 0 && !Character.isLetterOrDigit(prefix.charAt(end - 1))) {
      end--;
    }
    return prefix.substring(0, end);
  }
}
