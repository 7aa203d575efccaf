package org.veille.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/**
 * Replaces typographic characters that CoreNLP's French models handle badly (curly apostrophes and
 * quotes, non-breaking spaces) with their plain equivalents. Every replacement is one character for
 * one character, so offsets computed on the normalised text index the original text unchanged.
 */
public final class TextNormalizer {
  private static final Set<String> OPENERS = load("/org/veille/fr/text/sentence-openers.txt");
  /** Single letters that abbreviate a title ("M. Le Drian"): never a sentence end. */
  private static final String TITLES = "M";

  private TextNormalizer() {
  }

  public static String normalize(String text) {
    char[] out = text.toCharArray();
    for (int i = 0; i < out.length; i++) {
      out[i] = plain(out[i]);
    }
    breakAfterLetters(out);
    return new String(out);
  }

  /**
   * CoreNLP reads a capital letter and a full stop as an initial and never ends a sentence there,
   * so "une bombe H. La Corée a annoncé" stays one sentence and the second event is lost. Where the
   * letter follows a lower-case word and a sentence-opening word follows, the space after the stop
   * becomes a line break (one character for one), which the splitter always honours.
   */
  static void breakAfterLetters(char[] t) {
    for (int i = 2; i + 3 < t.length; i++) {
      if (t[i] != '.' || t[i + 1] != ' ' || !Character.isUpperCase(t[i - 1]) || t[i - 2] != ' ') {
        continue;
      }
      if (TITLES.indexOf(t[i - 1]) >= 0 || !followsLowerCaseWord(t, i - 2)) {
        continue;
      }
      if (OPENERS.contains(nextWord(t, i + 2))) {
        t[i + 1] = '\n';
      }
    }
  }

  /** Whether the word ending before the space at {@code space} is all lower case ("bombe", not "George"). */
  private static boolean followsLowerCaseWord(char[] t, int space) {
    int start = space;
    while (start > 0 && Character.isLetter(t[start - 1])) {
      start--;
    }
    return start < space && Character.isLowerCase(t[start]);
  }

  /** The word starting at {@code from}, up to a space or punctuation; an elided "L'" keeps its apostrophe. */
  private static String nextWord(char[] t, int from) {
    int end = from;
    while (end < t.length && Character.isLetter(t[end])) {
      end++;
    }
    if (end < t.length && t[end] == '\'') {
      end++;
    }
    return new String(t, from, end - from);
  }

  private static Set<String> load(String resource) {
    Set<String> out = new HashSet<>();
    try (InputStream in = TextNormalizer.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line; (line = r.readLine()) != null; ) {
        String w = line.strip();
        if (!w.isEmpty() && !w.startsWith("#")) {
          out.add(w);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
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
