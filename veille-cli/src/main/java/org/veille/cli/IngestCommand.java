package org.veille.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.veille.Veille;
import org.veille.batch.BatchProcessor;
import org.veille.ingest.ArticleSink;
import org.veille.ingest.Rejection;
import org.veille.model.Article;
import org.veille.model.Document;
import org.veille.store.ContentHash;
import org.veille.store.EventStore;
import org.veille.store.StoreCounts;
import org.veille.store.StoredArticle;
import org.veille.store.input.FetchPolicy;
import org.veille.store.input.Sources;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "ingest", mixinStandardHelpOptions = true,
    description = {"Reads articles, codes their events and adds both to the store, a batch per transaction.",
        "Idempotent and resumable: an article already stored (same text) is skipped, so re-running the same "
            + "command after a crash or a kill completes the store without duplicates."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:success", "1:failure", "2:done, but some inputs were rejected"})
final class IngestCommand implements Callable<Integer> {
  /** Longer texts are not articles (a dump, a book): they would hold the pipeline for minutes. */
  static final int MAX_TEXT_CHARS = 2_000_000;

  @Parameters(paramLabel = "INPUT", arity = "1..*", description = "Corpus JSON Lines (.jsonl), text (.txt), "
      + "HTML (.html), RSS/Atom feeds (.rss, .atom, .xml), gzip of any of them (.gz), or http(s) URLs.")
  List<String> inputs = new ArrayList<>();

  @Mixin
  StoreOptions storeOptions;

  @Option(names = "--published", paramLabel = "YYYY-MM-DD", description = "Publication date for inputs that give none.")
  LocalDate published;

  @Option(names = "--lang", paramLabel = "fr|en|auto", defaultValue = "auto",
      description = "Language of inputs that do not say (default: ${DEFAULT-VALUE}: detected).")
  String lang;

  @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: number of cores).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--allow-private", description = "Allow URLs on loopback, private and link-local addresses.")
  boolean allowPrivate;

  @Option(names = "--verbose", description = "One line per committed batch on standard error.")
  boolean verbose;

  private final Set<String> seen = new HashSet<>();
  private long alreadyStored;
  private long added;
  private long rejected;

  @Override
  public Integer call() {
    Sources sources = new Sources(published, lang, allowPrivate ? FetchPolicy.allowingPrivate() : FetchPolicy.safe(),
        w -> System.err.println("veille: warning: " + w));
    Progress progress = new Progress(System.err, System.console() != null, sources.estimate(inputs));
    Function<Article, Document> pipeline = new LazyPipeline();
    try (EventStore store = storeOptions.open()) {
      BatchProcessor batch = new BatchProcessor(pipeline, threads, docs -> {
        List<StoredArticle> items = new ArrayList<>();
        for (Document d : docs) {
          d.warnings().forEach(w -> System.err.println("veille: " + d.article().id() + ": warning: " + w));
          items.add(StoredArticle.of(d.article(), d.events()));
        }
        int n = store.addArticles(items);
        added += n;
        if (verbose) {
          System.err.println("veille: committed " + n + " articles (" + added + " in this run)");
        }
        progress.advance(docs.size());
      }, r -> {
        rejected++;
        System.err.println("veille: " + r);
      }, null);
      long t0 = System.nanoTime();
      try (batch) {
        ArticleSink sink = new ArticleSink() {
          @Override
          public void accept(Article article) {
            if (article.text().length() > MAX_TEXT_CHARS) {
              reject(new Rejection(article.id(), 0, "text too long (" + article.text().length()
                  + " characters; the limit is " + MAX_TEXT_CHARS + ")"));
              return;
            }
            String hash = ContentHash.of(article.text());
            if (!seen.add(hash) || store.hasArticle(hash)) {
              alreadyStored++;
              progress.advance(1);
              return;
            }
            batch.accept(article);
          }

          @Override
          public void reject(Rejection rejection) {
            batch.reject(rejection);
          }
        };
        for (String input : inputs) {
          sources.read(input, sink);
        }
      }
      progress.end();
      double seconds = (System.nanoTime() - t0) / 1e9;
      StoreCounts c = store.counts();
      System.err.printf(java.util.Locale.ROOT, "veille: %d articles added, %d already stored, %d rejected in %.1f s "
              + "(%.1f articles/s); store %s: %d articles, %d mentions, %d events, %d near-duplicates%n",
          added, alreadyStored, rejected, seconds, seconds > 0 ? added / seconds : 0.0, storeOptions.store,
          c.articles(), c.mentions(), c.events(), c.duplicates());
      return rejected > 0 ? Main.REJECTED : 0;
    }
  }

  /**
   * The French pipeline, loaded on first use: re-ingesting what is stored needs no models. Articles in
   * other languages are stored for search, without events, until their pipeline exists.
   */
  private static final class LazyPipeline implements Function<Article, Document> {
    private Veille veille;

    private synchronized Veille veille() {
      if (veille == null) {
        veille = Veille.builder().lang("fr").build();
      }
      return veille;
    }

    @Override
    public Document apply(Article article) {
      return article.lang().equals("fr") ? veille().process(article) : Document.of(article);
    }
  }
}
