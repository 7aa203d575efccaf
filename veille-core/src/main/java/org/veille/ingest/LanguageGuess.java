package org.veille.ingest;

import java.util.Locale;
import java.util.Set;

/**
 * Tells French from English by counting their commonest function words. Enough to route an article to
 * the right pipeline; a statistical detector can replace it when more languages come.
 */
public final class LanguageGuess {
  private static final Set<String> FR = Set.of("le", "la", "les", "des", "du", "et", "est", "une", "dans",
      "pour", "qui", "que", "sur", "au", "aux", "pas", "avec", "il", "elle", "ont", "été");
  private static final Set<String> EN = Set.of("the", "of", "and", "is", "was", "in", "to", "for", "that",
      "with", "on", "by", "he", "she", "it", "are", "were", "has", "have", "from");

  private LanguageGuess() {
  }

  public static String guess(String text) {
    int fr = 0;
    int en = 0;
    String sample = text.length() > 5000 ? text.substring(0, 5000) : text;
    for (String w : sample.toLowerCase(Locale.ROOT).split("[^\\p{L}']+")) {
      if (FR.contains(w)) {
        fr++;
      }
      if (EN.contains(w)) {
        en++;
      }
    }
    return en > fr ? "en" : "fr";
  }
}
