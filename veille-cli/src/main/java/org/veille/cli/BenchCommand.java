package org.veille.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.veille.ingest.ArticleSink;
import org.veille.ingest.Rejection;
import org.veille.model.Article;
import org.veille.time.TimeBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "bench-times", mixinStandardHelpOptions = true,
    description = "Speed of the time tagger alone, one thread: documents/s over the input (after a warm-up pass).")
final class BenchCommand implements Callable<Integer> {
  @Mixin
  InputOptions in;

  @Override
  public Integer call() {
    List<Article> articles = new ArrayList<>();
    List<Rejection> rejected = new ArrayList<>();
    in.readAll(ArticleSink.into(articles, rejected));
    rejected.forEach(r -> System.err.println("veille: " + r));
    double rate = TimeBenchmark.documentsPerSecond(articles, "fr");
    System.out.printf(java.util.Locale.ROOT, "time tagger: %d documents, %.0f documents/s (one thread)%n",
        articles.size(), rate);
    return 0;
  }
}
