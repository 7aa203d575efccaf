package org.veille.nlp;

/**
 * Replaces typographic characters that CoreNLP's French models handle badly (curly apostrophes and
 * quotes, non-breaking spaces) with their plain equivalents. Every replacement is one character for
 * one character, so offsets computed on the normalised text index the original text unchanged.
 */
public final class TextNormalizer {
  private TextNormalizer() {
  }

  public static String normalize(String text) {
    char[] out = text.toCharArray();
    for (int i = 0; i < out.length; i++) {
      out[i] = plain(out[i]);
    }
    return new String(out);
  }

  static char plain(char c) {
    return switch (c) {
      case '\u2019', '\u2018', '\u02BC', '\u00B4', '\u2032' -> '\'';
      case '\u201C', '\u201D', '\u201E', '\u2033' -> '"';
      case '\u00A0', '\u202F', '\u2007', '\u2009', '\u200A' -> ' ';
      case '\u2010', '\u2011' -> '-';
      case '\u200B', '\u200E', '\u200F', '\uFEFF' -> ' ';
      default -> c;
    };
  }
}
