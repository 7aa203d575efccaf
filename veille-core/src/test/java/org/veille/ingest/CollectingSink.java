package org.veille.ingest;

import java.util.ArrayList;
import java.util.List;
import org.veille.model.Article;

/** Keeps what a reader hands over, in order. */
final class CollectingSink implements ArticleSink {
  final List<Article> articles = new ArrayList<>();
  final List<Rejection> rejections = new ArrayList<>();
  private final ArticleSink into = ArticleSink.into(articles, rejections);

  @Override
  public void accept(Article article) {
    into.accept(article);
  }

  @Override
  public void reject(Rejection rejection) {
    into.reject(rejection);
  }

  List<String> ids() {
    return articles.stream().map(Article::id).toList();
  }

  Rejection rejectionAt(int line) {
    return rejections.stream().filter(r -> r.line() == line).findFirst()
        .orElseThrow(() -> new AssertionError("no rejection at line " + line + " in " + rejections));
  }
}
