package org.veille.server;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.veille.ingest.ArticleSink;
import org.veille.ingest.JsonLinesReader;
import org.veille.ingest.ReadOptions;
import org.veille.ingest.Rejection;
import org.veille.model.Article;
import org.veille.model.Document;
import org.veille.store.EventStore;
import org.veille.store.StoreCounts;
import org.veille.store.StoredArticle;

/**
 * Articles posted as corpus JSON Lines, coded by the pipeline and added to the store in one batch, as
 * {@code veille ingest} does. One ingest at a time: the store has one writer.
 */
final class Ingestion {
  /** What one request did. */
  record Result(int received, int added, List<Rejection> rejected, StoreCounts store) {
  }

  private final EventStore store;
  private final Function<Article, Document> pipeline;

  Ingestion(EventStore store, Function<Article, Document> pipeline) {
    this.store = store;
    this.pipeline = pipeline;
  }

  synchronized Result ingest(String jsonLines) {
    List<Article> articles = new ArrayList<>();
    List<Rejection> rejected = new ArrayList<>();
    try {
      JsonLinesReader.read("body", new BufferedReader(new StringReader(jsonLines)), ReadOptions.defaults(),
          ArticleSink.into(articles, rejected));
    } catch (IOException e) {
      throw new IllegalStateException("cannot read the request body", e);
    }
    List<StoredArticle> items = new ArrayList<>();
    for (Article a : articles) {
      items.add(StoredArticle.of(a, pipeline.apply(a).events()));
    }
    int added = items.isEmpty() ? 0 : store.addArticles(items);
    return new Result(articles.size() + rejected.size(), added, rejected, store.counts());
  }
}
