package io.strategickhaos.treasury.report;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 as lowercase hex, the form {@code sha256sum} prints. */
public final class Sha256 {
  private Sha256() {}

  public static String hex(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      // Every Java SE runtime must provide SHA-256; reaching this is a broken JVM.
      throw new IllegalStateException("SHA-256 not available", e);
    }
  }

  /** Hash of the UTF-8 bytes of {@code text}. */
  public static String hexOfUtf8(String text) {
    return hex(text.getBytes(StandardCharsets.UTF_8));
  }
}
