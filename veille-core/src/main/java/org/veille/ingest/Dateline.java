package org.veille.ingest;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.veille.model.TimeExpression;
import org.veille.time.DirectionHint;
import org.veille.time.TimeTagger;

/**
 * Finds the publication date in a dispatch's dateline ("24 mars 2018 . –", "PARIS, 3 mai 2024 (AFP) -"):
 * a full date standing alone at the start of one of the first lines.
 */
public final class Dateline {
  private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final int LINES = 4;
  /** What may stand before the date: nothing, or a place or weekday and a comma ("PARIS,", "Saint-Denis,"). */
  private static final Pattern PREFIX = Pattern.compile(
      "(\\p{Lu}[\\p{L}\\p{M}'’.\\-]*(\\s+(\\p{Lu}[\\p{L}\\p{M}'’.\\-]*|de|du|des|la|le|les|sur|en))*\\s*,)?");

  private Dateline() {
  }

  public static LocalDate find(String text, String lang) {
    String[] lines = text.split("\n", LINES + 1);
    TimeTagger tagger;
    try {
      tagger = TimeTagger.forLanguage(lang.equals("en") ? "en" : "fr");
    } catch (IllegalArgumentException e) {
      return null; // no time data for this language: no dateline can be read, the article still can
    }
    for (int i = 0; i < Math.min(LINES, lines.length); i++) {
      String line = lines[i].strip();
      if (line.isEmpty() || line.length() > 80) {
        continue;
      }
      List<TimeExpression> times = tagger.tag(line, null, DirectionHint.NONE);
      for (TimeExpression t : times) {
        if (t.value() == null || t.start() > 30
            || !PREFIX.matcher(line.substring(0, t.start()).strip()).matches()) {
          continue;
        }
        Matcher m = DAY.matcher(t.value());
        String rest = line.substring(t.end()).strip();
        if (m.lookingAt() && (rest.isEmpty() || rest.matches("^[.(\\-–—,:].*"))) {
          return LocalDate.parse(m.group());
        }
      }
    }
    return null;
  }
}
