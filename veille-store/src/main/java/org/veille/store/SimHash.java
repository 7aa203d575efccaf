package org.veille.store;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * 64-bit SimHash over word 3-shingles. Copies of a wire story, or a story updated with a sentence,
 * share most shingles and so most bits; unrelated texts differ in about half of them.
 */
public final class SimHash {
  /** At most this many differing bits makes two long-enough texts near-duplicates. */
  public static final int MAX_DISTANCE = 10;
  /** Shorter texts have too few shingles for the bits to mean anything. */
  public static final int MIN_WORDS = 20;
  private static final int SHINGLE = 3;

  private SimHash() {
  }

  public static long of(String text) {
    String[] words = words(text);
    int[] votes = new int[64];
    for (int i = 0; i + SHINGLE <= Math.max(words.length, SHINGLE); i++) {
      StringBuilder sb = new StringBuilder();
      for (int j = i; j < Math.min(i + SHINGLE, words.length); j++) {
        sb.append(words[j]).append(' ');
      }
      long h = fnv64(sb.toString());
      for (int b = 0; b < 64; b++) {
        votes[b] += ((h >>> b) & 1) == 1 ? 1 : -1;
      }
    }
    long hash = 0;
    for (int b = 0; b < 64; b++) {
      if (votes[b] > 0) {
        hash |= 1L << b;
      }
    }
    return hash;
  }

  public static int distance(long a, long b) {
    return Long.bitCount(a ^ b);
  }

  public static boolean longEnough(String text) {
    return words(text).length >= MIN_WORDS;
  }

  private static String[] words(String text) {
    String s = text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    return s.isEmpty() ? new String[0] : s.split(" ");
  }

  /** FNV-1a: stable across JVMs, unlike String.hashCode mixing, and spreads short strings over 64 bits. */
  private static long fnv64(String s) {
    long h = 0xcbf29ce484222325L;
    for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
      h ^= b & 0xFF;
      h *= 0x100000001b3L;
    }
    // a final mix: FNV alone leaves the high bits of short inputs poorly spread
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    return h;
  }
}
