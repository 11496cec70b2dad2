package io.strategickhaos.treasury.cli;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One line of {@code sha256sum} output: {@code <64 hex>  <file name>} (text mode) or
 * {@code <64 hex> *<file name>} (binary mode), the only forms {@code sha256sum -c} accepts.
 */
record HashFile(String sha256, String fileName) {
  private static final Pattern LINE = Pattern.compile("([0-9a-fA-F]{64}) [ *](.+)");

  /** The first line parsed, or empty when it is not in {@code sha256sum} format. */
  static Optional<HashFile> parse(String content) {
    String first = content.lines().findFirst().orElse("");
    Matcher m = LINE.matcher(first);
    if (!m.matches()) {
      return Optional.empty();
    }
    return Optional.of(new HashFile(m.group(1).toLowerCase(java.util.Locale.ROOT), m.group(2)));
  }
}
