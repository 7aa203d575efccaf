package org.veille.store;

import java.time.LocalDate;
import java.util.List;

/** One stored article with its text and the mentions found in it (their spans are offsets into text). */
public record ArticleView(long id, String docId, String lang, LocalDate published, String title, String url,
                          String source, String text, List<MentionRow> mentions) {
  public ArticleView {
    mentions = List.copyOf(mentions);
  }
}
