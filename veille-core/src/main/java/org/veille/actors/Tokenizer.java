package org.veille.actors;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits text into word tokens (runs of letters and digits). Hyphens, apostrophes and spaces are
 * "soft" separators that a multi-word name may span ("Corée du Nord", "Quai d'Orsay",
 * "Etats-Unis"); any other character is a hard break no name may cross.
 */
final class Tokenizer {
  private Tokenizer() {}

  /**
   * One word token.
   *
   * @param folded   the look-up key (see {@link Folding})
   * @param caps     0 lower-case start, 1 capitalised, 2 all capitals (two letters or more)
   * @param softGap  true when only soft separators lie between this token and the previous one
   * @param marked   the token carries diacritics; then they must agree with the dictionary
   *                 spelling ("jugé" is not "juge"), while an unaccented token matches any
   *                 spelling ("Etats-Unis")
   * @param lower    the token in lower case, NFC, for that comparison
   */
  record Tok(int start, int end, String folded, int caps, boolean softGap, boolean marked,
             String lower) {}

  static List<Tok> tokenize(String text) {
    List<Tok> out = new ArrayList<>();
    int n = text.length();
    int i = 0;
    boolean soft = false;
    while (i < n) {
      char c = text.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        int s = i;
        while (i < n && (Character.isLetterOrDigit(text.charAt(i))
            || Character.getType(text.charAt(i)) == Character.NON_SPACING_MARK)) {
          i++;
        }
        String raw = text.substring(s, i);
        String lower = Normalizer.normalize(raw, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        out.add(new Tok(s, i, Folding.fold(raw), capsOf(raw), soft, hasMarks(raw), lower));
        soft = true;
      } else {
        if (!isSoft(c)) soft = false;
        i++;
      }
    }
    return out;
  }

  private static boolean hasMarks(String raw) {
    String d = Normalizer.normalize(raw, Normalizer.Form.NFD);
    for (int k = 0; k < d.length(); k++) {
      if (Character.getType(d.charAt(k)) == Character.NON_SPACING_MARK) return true;
    }
    return false;
  }

  static boolean isSoft(char c) {
    return Character.isWhitespace(c) || c == '-' || c == '\'' || c == '’' || c == '‘' || c == '‐'
        || c == '‑' || c == '\u00a0' || c == '\u202f';
  }

  static int capsOf(String raw) {
    if (raw.isEmpty() || !Character.isUpperCase(raw.charAt(0))) return 0;
    int letters = 0;
    for (int k = 0; k < raw.length(); k++) {
      char ch = raw.charAt(k);
      if (Character.isLetter(ch)) {
        letters++;
        if (!Character.isUpperCase(ch)) return 1;
      }
    }
    return letters >= 2 ? 2 : 1;
  }
}
