package org.veille.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veille.model.Article;
import org.veille.model.Document;

/** A run killed mid-way and resumed must give exactly the output of an uninterrupted run. */
class CheckpointTest {
  @TempDir
  Path dir;

  @Test
  void doneFileSitsBesideOut() {
    assertEquals(dir.resolve("events.jsonl.done"), Checkpoint.doneFile(dir.resolve("events.jsonl")));
  }

  @Test
  void freshDeletesPreviousOutputAndCheckpoint() throws IOException {
    Path out = Files.writeString(dir.resolve("out.jsonl"), "{\"doc_id\":\"old\"}\n");
    Files.writeString(Checkpoint.doneFile(out), "old\n");
    Checkpoint c = Checkpoint.fresh(out);
    assertFalse(Files.exists(out));
    assertFalse(Files.exists(Checkpoint.doneFile(out)));
    assertFalse(c.isDone("old"));
  }

  @Test
  void resumeWithoutPreviousFilesStartsEmpty() throws IOException {
    Path out = dir.resolve("never.jsonl");
    Checkpoint c = Checkpoint.resume(out);
    assertFalse(c.isDone("doc-1"));
    assertFalse(Files.exists(out));
  }

  @Test
  void markDoneAppendsToTheDoneFile() throws IOException {
    Path out = dir.resolve("out.jsonl");
    Checkpoint c = Checkpoint.fresh(out);
    c.markDone(List.of("a", "b"));
    c.markDone(List.of("c"));
    assertTrue(c.isDone("b"));
    assertEquals(List.of("a", "b", "c"), Files.readAllLines(Checkpoint.doneFile(out)));
    assertTrue(Checkpoint.resume(out).isDone("c"));
  }

  @Test
  void crashedRunResumedGivesExactlyTheUninterruptedOutput() throws IOException {
    List<Article> articles = FakeRun.articles(20);
    List<String> expected = FakeRun.uninterrupted(dir.resolve("full.jsonl"), articles, FakeRun::process, 3);
    assertEquals(articles.stream().mapToInt(a -> FakeRun.process(a).events().size()).sum(), expected.size());

    // the crash: doc-1 finished; doc-2 (3 records) half written, its last line cut inside "é"
    Path out = dir.resolve("out.jsonl");
    List<String> doc1 = FakeRun.lines(FakeRun.process(articles.get(0)));
    List<String> doc2 = FakeRun.lines(FakeRun.process(articles.get(1)));
    assertTrue(doc2.size() >= 2);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    for (String l : doc1) {
      bytes.writeBytes((l + "\n").getBytes(StandardCharsets.UTF_8));
    }
    bytes.writeBytes((doc2.get(0) + "\n").getBytes(StandardCharsets.UTF_8));
    byte[] last = doc2.get(1).getBytes(StandardCharsets.UTF_8);
    String before = doc2.get(1).substring(0, doc2.get(1).indexOf("numéro") + "num".length());
    int cut = before.getBytes(StandardCharsets.UTF_8).length + 1; // after the first byte of "é"
    assertEquals((byte) 0xC3, last[cut - 1]);
    bytes.write(last, 0, cut);
    Files.write(out, bytes.toByteArray());
    Files.writeString(Checkpoint.doneFile(out), "doc-1\n");

    Checkpoint c = Checkpoint.resume(out);
    assertEquals(doc1, Files.readAllLines(out), "only the finished document's records are kept");
    assertTrue(c.isDone("doc-1"));
    assertFalse(c.isDone("doc-2"));

    List<Article> processed = new ArrayList<>();
    BatchProcessor b = new BatchProcessor(a -> {
      synchronized (processed) {
        processed.add(a);
      }
      return FakeRun.process(a);
    }, 3, FakeRun.writerTo(out), r -> {
      throw new AssertionError("unexpected rejection " + r);
    }, c);
    try (b) {
      articles.forEach(b::accept);
    }
    assertEquals(1, b.stats().skippedCount());
    assertEquals(19, processed.size());
    assertFalse(processed.stream().anyMatch(a -> a.id().equals("doc-1")), "finished documents are not redone");

    List<String> resumed = Files.readAllLines(out);
    assertEquals(expected, resumed);
    Set<String> ids = new HashSet<>();
    for (String line : resumed) {
      assertTrue(ids.add(FakeRun.idOf(line)), "duplicate event " + line);
    }
    assertEquals(articles.stream().map(Article::id).toList(), Files.readAllLines(Checkpoint.doneFile(out)));
  }

  @Test
  void unterminatedLastLineOfTheDoneFileDoesNotCount() throws IOException {
    Path out = dir.resolve("out.jsonl");
    List<String> lines = new ArrayList<>();
    for (int i : new int[] {2, 1, 12}) {
      lines.addAll(FakeRun.lines(FakeRun.process(new Article("doc-" + i, "fr", null, "", "x", null))));
    }
    Files.write(out, lines);
    // killed while appending "doc-12\n": "doc-1" must not be taken as finished (nor doc-12)
    Files.writeString(Checkpoint.doneFile(out), "doc-2\ndoc-1");
    Checkpoint c = Checkpoint.resume(out);
    assertTrue(c.isDone("doc-2"));
    assertFalse(c.isDone("doc-1"));
    assertFalse(c.isDone("doc-12"));
    assertEquals(FakeRun.lines(FakeRun.process(new Article("doc-2", "fr", null, "", "x", null))),
        Files.readAllLines(out));
  }

  @Test
  void documentWithoutEventsCanBeFinished() throws IOException {
    Path out = dir.resolve("out.jsonl");
    Files.writeString(out, "");
    Files.writeString(Checkpoint.doneFile(out), "quiet\n");
    Checkpoint c = Checkpoint.resume(out);
    assertTrue(c.isDone("quiet"));
    List<Document> written = new ArrayList<>();
    try (BatchProcessor b = new BatchProcessor(Document::of, 1, written::addAll, r -> {
    }, c)) {
      b.accept(new Article("quiet", "fr", null, "", "Rien ne se passe.", null));
      b.accept(new Article("loud", "fr", null, "", "Tout arrive.", null));
    }
    assertEquals(List.of("loud"), written.stream().map(d -> d.article().id()).toList());
  }
}
