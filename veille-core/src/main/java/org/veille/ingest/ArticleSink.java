package org.veille.ingest;

import org.veille.model.Article;

/** Receives what a reader reads: articles in input order, and rejections as they are found. */
public interface ArticleSink {
  void accept(Article article);

  void reject(Rejection rejection);
}
