package org.veille.store;

import java.util.List;
import org.veille.model.Article;
import org.veille.model.Event;

/** An article ready to store: its text, its content key and the events the pipeline found in it. */
public record StoredArticle(Article article, String contentHash, List<Event> events) {
  public StoredArticle {
    events = List.copyOf(events);
  }

  public static StoredArticle of(Article article, List<Event> events) {
    return new StoredArticle(article, ContentHash.of(article.text()), events);
  }
}
