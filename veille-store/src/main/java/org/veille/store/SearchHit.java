package org.veille.store;

import java.util.List;

/** One article found by full-text search, with fragments where the terms are marked «like this». */
public record SearchHit(long articleId, String docId, String title, String lang, String published, float score,
                        List<String> fragments) {
  public SearchHit {
    fragments = List.copyOf(fragments);
  }
}
