package org.veille.batch;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
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
 * order, a chunk at a time, while the next articles are already being processed. A document that
 * fails is reported and skipped; the run goes on.
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
  /**
   * Articles submitted and not yet collected, in input order. Work is kept in flight continuously
   * rather than a chunk at a time: with chunks, every thread but one waits at the end of each chunk
   * for its slowest article, and with selective parsing article costs vary a lot.
   */
  private final Deque<InFlight> inFlight = new ArrayDeque<>();
  private final int window;
  private final List<Document> done = new ArrayList<>();
  private final BatchStats stats = new BatchStats();
  private long clockStart = -1;
  private long cpuStart;

  private record InFlight(Article article, Future<Document> result) {}

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
    this.window = chunkSize;
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
    if (clockStart < 0) {
      clockStart = System.nanoTime();
      cpuStart = BatchStats.processCpuNanos();
    }
    inFlight.add(new InFlight(article, pool.submit(() -> pipeline.apply(article))));
    // collect what is finished (so output and checkpoint keep up), and wait only when the window is full
    while (!inFlight.isEmpty() && (inFlight.size() > window || inFlight.peek().result().isDone())) {
      collectOldest();
    }
    if (done.size() >= chunkSize) {
      writeDone();
    }
  }

  @Override
  public void reject(Rejection rejection) {
    stats.rejected();
    onReject.accept(rejection);
  }

  /** Waits for everything in flight and writes it. */
  public void flush() {
    while (!inFlight.isEmpty()) {
      collectOldest();
    }
    writeDone();
    if (clockStart >= 0) {
      stats.time(System.nanoTime() - clockStart);
      stats.cpuTime(BatchStats.processCpuNanos() - cpuStart);
      clockStart = -1;
    }
  }

  private void collectOldest() {
    InFlight next = inFlight.poll();
    try {
      Document d = next.result().get();
      done.add(d);
      int parsed = (int) d.sentences().stream().filter(s -> s.parsed()).count();
      stats.add(d.sentences().size(), parsed, d.events().size());
    } catch (ExecutionException e) {
      Throwable cause = e.getCause() == null ? e : e.getCause();
      reject(new Rejection(next.article().id(), 0, "processing failed: " + cause));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  /** Writes the collected documents, then marks them done: a crash in between redoes, never loses. */
  private void writeDone() {
    if (done.isEmpty()) {
      return;
    }
    try {
      writer.write(List.copyOf(done));
      if (checkpoint != null) {
        checkpoint.markDone(done.stream().map(d -> d.article().id()).toList());
      }
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } finally {
      done.clear();
    }
  }

  @Override
  public void close() {
    flush();
    pool.shutdownNow();
  }
}
