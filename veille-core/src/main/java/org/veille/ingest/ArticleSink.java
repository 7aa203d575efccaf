package org.veille.ingest;

import org.veille.model.Article;

/** Receives what a reader reads: articles in input order, and rejections as they are found. */
public interface ArticleSink {
  void accept(Article article);

  void reject(Rejection rejection);

  /** A sink that keeps everything, in order, in the given lists. */
  static ArticleSink into(java.util.List<Article> articles, java.util.List<Rejection> rejections) {
    return new ArticleSink() {
      @Override
      public void accept(Article article) {
        articles.add(article);
      }

      @Override
      public void reject(Rejection rejection) {
        rejections.add(rejection);
      }
    };
  }
}
