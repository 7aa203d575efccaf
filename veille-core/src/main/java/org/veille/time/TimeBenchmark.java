package org.veille.time;

import java.time.LocalDate;
import java.util.List;
import org.veille.model.Article;

/**
 * Speed of the time tagger alone on one thread: the figure a user compares with other taggers.
 * A first pass warms the JIT; the second is measured.
 */
public final class TimeBenchmark {
  private TimeBenchmark() {
  }

  /** Documents per second over {@code articles}, tagged with no tense hints. */
  public static double documentsPerSecond(List<Article> articles, String lang) {
    TimeTagger tagger = TimeTagger.forLanguage(lang);
    long sink = 0;
    for (Article a : articles) {
      sink += tagger.tag(a.text(), a.published(), DirectionHint.NONE).size();
    }
    long t0 = System.nanoTime();
    for (Article a : articles) {
      LocalDate pub = a.published();
      sink += tagger.tag(a.text(), pub, DirectionHint.NONE).size();
    }
    long elapsed = System.nanoTime() - t0;
    if (sink < 0) {
      throw new IllegalStateException(); // keeps the work from being optimised away
    }
    return articles.size() / (elapsed / 1e9);
  }
}
