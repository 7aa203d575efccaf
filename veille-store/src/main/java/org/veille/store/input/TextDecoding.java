package org.veille.store.input;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Bytes to text when the input may not be UTF-8: a byte-order mark wins, then a declared charset
 * (HTTP header or HTML meta), then a strict UTF-8 trial; what fails it is Windows-1252, the superset
 * of ISO-8859-1 that old French sites and Word exports use.
 */
public final class TextDecoding {
  private static final Pattern META = Pattern.compile(
      "<meta[^>]+charset\\s*=\\s*[\"']?([A-Za-z0-9_\\-:.]+)", Pattern.CASE_INSENSITIVE);
  private static final Charset CP1252 = Charset.forName("windows-1252");

  private TextDecoding() {
  }

  /** The decoded text and the charset that read it. */
  public record Decoded(String text, Charset charset) {
  }

  public static Decoded decode(byte[] bytes, String declared) {
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      return new Decoded(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8), StandardCharsets.UTF_8);
    }
    if (startsWith(bytes, 0xFF, 0xFE)) {
      return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE), StandardCharsets.UTF_16LE);
    }
    if (startsWith(bytes, 0xFE, 0xFF)) {
      return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE), StandardCharsets.UTF_16BE);
    }
    Charset named = charset(declared);
    if (named == null) {
      // a meta charset lives in the first bytes, and is ASCII whatever the encoding
      Matcher m = META.matcher(new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1));
      named = m.find() ? charset(m.group(1)) : null;
    }
    // a declaration can lie (a UTF-8 page saying iso-8859-1): strict UTF-8 that decodes is trusted first
    String utf8 = strictUtf8(bytes);
    if (utf8 != null && (named == null || !isSingleByte(named) || hasNonAscii(bytes))) {
      return new Decoded(utf8, StandardCharsets.UTF_8);
    }
    Charset use = named != null && !named.equals(StandardCharsets.UTF_8) ? widen(named) : CP1252;
    return new Decoded(new String(bytes, use), use);
  }

  /** ISO-8859-1 pages use Windows-1252's quotes and dashes in practice (the web's own rule). */
  private static Charset widen(Charset c) {
    return c.equals(StandardCharsets.ISO_8859_1) || c.equals(StandardCharsets.US_ASCII) ? CP1252 : c;
  }

  private static boolean isSingleByte(Charset c) {
    return c.newEncoder().maxBytesPerChar() <= 1.0f;
  }

  private static boolean hasNonAscii(byte[] bytes) {
    for (byte b : bytes) {
      if (b < 0) {
        return true;
      }
    }
    return false;
  }

  static String strictUtf8(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  private static Charset charset(String name) {
    if (name == null || name.isBlank()) {
      return null;
    }
    try {
      return Charset.forName(name.strip().toLowerCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return null; // unknown or illegal name: decide from the bytes
    }
  }

  private static boolean startsWith(byte[] b, int... prefix) {
    if (b.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((b[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  /** NUL bytes or many control characters: an image, an archive, an executable, not text. */
  public static boolean looksBinary(byte[] bytes) {
    int n = Math.min(bytes.length, 8192);
    int control = 0;
    for (int i = 0; i < n; i++) {
      int b = bytes[i] & 0xFF;
      if (b == 0) {
        return !startsWith(bytes, 0xFF, 0xFE) && !startsWith(bytes, 0xFE, 0xFF);
      }
      if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
        control++;
      }
    }
    return n > 0 && control * 10 > n;
  }
}
