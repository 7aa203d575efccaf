package org.veille.store.input;

import java.util.ArrayList;
import java.util.List;
import org.veille.ingest.ArticleSink;
import org.veille.ingest.Rejection;
import org.veille.model.Article;

/** Keeps what a reader reads. */
final class Collect implements ArticleSink {
  final List<Article> articles = new ArrayList<>();
  final List<Rejection> rejections = new ArrayList<>();
  final List<String> warnings = new ArrayList<>();
  private final ArticleSink into = ArticleSink.into(articles, rejections);

  @Override
  public void accept(Article article) {
    into.accept(article);
  }

  @Override
  public void reject(Rejection rejection) {
    into.reject(rejection);
  }
}
