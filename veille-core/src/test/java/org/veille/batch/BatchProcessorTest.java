package org.veille.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veille.ingest.Rejection;
import org.veille.model.Article;
import org.veille.model.Document;

class BatchProcessorTest {
  @TempDir
  Path dir;

  /** Slow at random, so that with several threads documents finish out of order. */
  private static Document jittery(Article a) {
    try {
      Thread.sleep(ThreadLocalRandom.current().nextInt(0, 6));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return FakeRun.process(a);
  }

  @Test
  void documentsAreWrittenInInputOrderWithSeveralThreads() {
    List<Article> articles = FakeRun.articles(200);
    List<String> written = new ArrayList<>();
    List<Integer> chunks = new ArrayList<>();
    BatchProcessor b = new BatchProcessor(BatchProcessorTest::jittery, 4, docs -> {
      chunks.add(docs.size());
      docs.forEach(d -> written.add(d.article().id()));
    }, r -> {
      throw new AssertionError(r.toString());
    }, null);
    try (b) {
      articles.forEach(b::accept);
    }
    assertEquals(articles.stream().map(Article::id).toList(), written);
    assertEquals(200, chunks.stream().mapToInt(Integer::intValue).sum());
    assertTrue(chunks.size() > 1, "written a chunk at a time, not all at the end: " + chunks);
    assertEquals(200, b.stats().articles());
    assertEquals(articles.stream().mapToInt(a -> FakeRun.process(a).events().size()).sum(), b.stats().events());
    assertEquals(0, b.stats().rejectedCount());
  }

  @Test
  void failingDocumentIsRejectedByNameAndTheOthersAreStillWrittenInOrder() throws IOException {
    List<Article> articles = FakeRun.articles(30);
    Function<Article, Document> pipeline = a -> {
      if (a.id().equals("doc-7")) {
        throw new IllegalStateException("parser blew up on doc-7");
      }
      return jittery(a);
    };
    Path out = dir.resolve("out.jsonl");
    Checkpoint c = Checkpoint.fresh(out);
    List<String> written = new ArrayList<>();
    List<Rejection> rejected = new ArrayList<>();
    BatchProcessor b = new BatchProcessor(pipeline, 4, docs -> {
      docs.forEach(d -> written.add(d.article().id()));
      FakeRun.writerTo(out).write(docs);
    }, rejected::add, c);
    try (b) {
      articles.forEach(b::accept);
    }

    assertEquals(1, rejected.size(), rejected.toString());
    Rejection r = rejected.get(0);
    assertEquals("doc-7", r.source());
    assertTrue(r.reason().startsWith("processing failed"), r.reason());
    assertTrue(r.reason().contains("parser blew up on doc-7"), r.reason());
    assertTrue(r.toString().startsWith("doc-7: "), r.toString());

    List<String> others = articles.stream().map(Article::id).filter(id -> !id.equals("doc-7")).toList();
    assertEquals(others, written);
    assertEquals(29, b.stats().articles());
    assertEquals(1, b.stats().rejectedCount());
    assertFalse(c.isDone("doc-7"), "a failed document is not finished: a resumed run retries it");
    assertEquals(others, Files.readAllLines(Checkpoint.doneFile(out)));

    // resuming with a working pipeline redoes only doc-7
    Checkpoint again = Checkpoint.resume(out);
    List<String> redone = new ArrayList<>();
    try (BatchProcessor b2 = new BatchProcessor(FakeRun::process, 2, docs -> {
      docs.forEach(d -> redone.add(d.article().id()));
      FakeRun.writerTo(out).write(docs);
    }, x -> {
      throw new AssertionError(x.toString());
    }, again)) {
      articles.forEach(b2::accept);
      assertEquals(29, b2.stats().skippedCount());
    }
    assertEquals(List.of("doc-7"), redone);
    List<String> full = FakeRun.uninterrupted(dir.resolve("full.jsonl"), articles, FakeRun::process, 2);
    List<String> got = new ArrayList<>(Files.readAllLines(out));
    List<String> want = new ArrayList<>(full);
    got.sort(null);
    want.sort(null);
    assertEquals(want, got, "same records as an uninterrupted run (doc-7's now at the end)");
  }

  @Test
  void rejectionsFromTheReaderAreCountedAndPassedOn() {
    List<Rejection> seen = new ArrayList<>();
    BatchProcessor b = new BatchProcessor(FakeRun::process, 1, docs -> {
    }, seen::add, null);
    try (b) {
      b.reject(new Rejection("in.jsonl", 3, "malformed JSON"));
    }
    assertEquals(List.of(new Rejection("in.jsonl", 3, "malformed JSON")), seen);
    assertEquals(1, b.stats().rejectedCount());
    assertTrue(b.stats().line().contains("rejected=1"), b.stats().line());
  }

  @Test
  void writerFailureIsNotSwallowed() {
    BatchProcessor b = new BatchProcessor(FakeRun::process, 1, docs -> {
      throw new IOException("disk full");
    }, r -> {
    }, null);
    b.accept(FakeRun.articles(1).get(0));
    java.io.UncheckedIOException e = org.junit.jupiter.api.Assertions.assertThrows(
        java.io.UncheckedIOException.class, b::close);
    assertEquals("disk full", e.getCause().getMessage());
  }

  @Test
  void aSlowArticleDoesNotHoldBackTheNextChunk() {
    // two threads write chunks of 16; the first article waits until the first article of the next
    // chunk has started: processed a chunk at a time, that never happens and the first one fails
    List<Article> articles = FakeRun.articles(40);
    java.util.concurrent.CountDownLatch nextChunkStarted = new java.util.concurrent.CountDownLatch(1);
    Function<Article, Document> pipeline = a -> {
      if (a.id().equals(articles.get(16).id())) {
        nextChunkStarted.countDown();
      }
      if (a.id().equals(articles.get(0).id())) {
        try {
          if (!nextChunkStarted.await(20, java.util.concurrent.TimeUnit.SECONDS)) {
            throw new IllegalStateException("the next chunk did not start while this article ran");
          }
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
      return FakeRun.process(a);
    };
    List<String> written = new ArrayList<>();
    List<Rejection> rejected = new ArrayList<>();
    try (BatchProcessor b = new BatchProcessor(pipeline, 2,
        docs -> docs.forEach(d -> written.add(d.article().id())), rejected::add, null)) {
      articles.forEach(b::accept);
    }
    assertEquals(List.of(), rejected);
    assertEquals(articles.stream().map(Article::id).toList(), written);
  }
}
