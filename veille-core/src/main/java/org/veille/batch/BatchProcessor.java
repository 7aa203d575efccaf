package org.veille.batch;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;
import org.veille.ingest.ArticleSink;
import org.veille.ingest.Rejection;
import org.veille.model.Article;
import org.veille.model.Document;

/**
 * Runs articles through a pipeline on several threads and hands the documents to a writer in input
 * order, a chunk at a time. A document that fails is reported and skipped; the run goes on.
 */
public final class BatchProcessor implements ArticleSink, AutoCloseable {
  /** Receives each chunk of processed documents, in input order. */
  public interface ChunkWriter {
    void write(List<Document> documents) throws IOException;
  }

  private final Function<Article, Document> pipeline;
  private final ChunkWriter writer;
  private final Consumer<Rejection> onReject;
  private final Checkpoint checkpoint;
  private final ExecutorService pool;
  private final int chunkSize;
  private final List<Article> pending = new ArrayList<>();
  private final BatchStats stats = new BatchStats();

  public BatchProcessor(Function<Article, Document> pipeline, int threads, ChunkWriter writer,
                        Consumer<Rejection> onReject, Checkpoint checkpoint) {
    this.pipeline = pipeline;
    this.writer = writer;
    this.onReject = onReject;
    this.checkpoint = checkpoint;
    this.pool = Executors.newFixedThreadPool(Math.max(1, threads), r -> {
      Thread t = new Thread(r, "veille-worker");
      t.setDaemon(true);
      return t;
    });
    this.chunkSize = Math.max(8, threads * 8);
  }

  public BatchStats stats() {
    return stats;
  }

  @Override
  public void accept(Article article) {
    if (checkpoint != null && checkpoint.isDone(article.id())) {
      stats.skipped();
      return;
    }
    pending.add(article);
    if (pending.size() >= chunkSize) {
      flush();
    }
  }

  @Override
  public void reject(Rejection rejection) {
    stats.rejected();
    onReject.accept(rejection);
  }

  /** Processes what is pending and writes it. */
  public void flush() {
    if (pending.isEmpty()) {
      return;
    }
    long t0 = System.nanoTime();
    long cpu0 = BatchStats.processCpuNanos();
    List<Future<Document>> futures = new ArrayList<>();
    for (Article a : pending) {
      futures.add(pool.submit(() -> pipeline.apply(a)));
    }
    List<Document> done = new ArrayList<>();
    for (int i = 0; i < futures.size(); i++) {
      try {
        Document d = futures.get(i).get();
        done.add(d);
        int parsed = (int) d.sentences().stream().filter(s -> s.parsed()).count();
        stats.add(d.sentences().size(), parsed, d.events().size());
      } catch (ExecutionException e) {
        Throwable cause = e.getCause() == null ? e : e.getCause();
        reject(new Rejection(pending.get(i).id(), 0, "processing failed: " + cause));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted", e);
      }
    }
    stats.time(System.nanoTime() - t0);
    stats.cpuTime(BatchStats.processCpuNanos() - cpu0);
    pending.clear();
    try {
      writer.write(done);
      if (checkpoint != null) {
        checkpoint.markDone(done.stream().map(d -> d.article().id()).toList());
      }
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    flush();
    pool.shutdownNow();
  }
}
