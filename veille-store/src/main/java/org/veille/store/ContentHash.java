package org.veille.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;

/**
 * The key of an article: SHA-256 of its normalised text. Normalising (Unicode NFC, one space for any
 * run of white space, no outer space) makes the same text re-read from another file format, or with
 * other line endings, the same article.
 */
public final class ContentHash {
  private ContentHash() {
  }

  public static String of(String text) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(sha.digest(normalise(text).getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }

  static String normalise(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFC).replaceAll("[\\s\\u00A0\\u202F]+", " ").strip();
  }
}
