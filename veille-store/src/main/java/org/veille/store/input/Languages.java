package org.veille.store.input;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import org.veille.ingest.LanguageGuess;

/**
 * The language of a text that does not say, by Lingua restricted to the two languages Veille reads:
 * choosing between two is more reliable than among 75, and loads two models instead of all.
 */
public final class Languages {
  private static LanguageDetector detector;

  private Languages() {
  }

  private static synchronized LanguageDetector detector() {
    if (detector == null) {
      detector = LanguageDetectorBuilder.fromLanguages(Language.FRENCH, Language.ENGLISH).build();
    }
    return detector;
  }

  /** "fr" or "en"; the function-word count decides when Lingua cannot. */
  public static String detect(String text) {
    String sample = text.length() > 3000 ? text.substring(0, 3000) : text;
    Language l = detector().detectLanguageOf(sample);
    return switch (l) {
      case FRENCH -> "fr";
      case ENGLISH -> "en";
      default -> LanguageGuess.guess(sample);
    };
  }

  /** "fr" from "fr-FR" or "FR"; null for nothing usable. */
  public static String normalise(String tag) {
    if (tag == null || tag.isBlank()) {
      return null;
    }
    String t = tag.strip().toLowerCase(java.util.Locale.ROOT);
    int cut = t.indexOf('-') > 0 ? t.indexOf('-') : t.indexOf('_');
    t = cut > 0 ? t.substring(0, cut) : t;
    return t.matches("[a-z]{2,3}") ? t : null;
  }
}
