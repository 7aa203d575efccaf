package org.veille.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.veille.store.DuckDbEventStore;
import org.veille.store.EventFilter;
import org.veille.store.EventStore;
import org.veille.store.StoreCounts;

/** `veille ingest` with the real pipeline: idempotent, and a killed run completed gives the same store. */
class IngestCommandTest {
  @TempDir
  Path dir;

  static Path corpus() throws Exception {
    return Path.of(IngestCommandTest.class.getResource("store-corpus.jsonl").toURI());
  }

  @Test
  @Timeout(value = 8, unit = TimeUnit.MINUTES)
  void killedIngestRunAgainGivesTheUninterruptedStore() throws Exception {
    Path in = corpus();
    Path whole = dir.resolve("whole");
    Cli.Result first = Cli.run("ingest", in.toString(), "--store", whole.toString(), "--threads", "1");
    assertEquals(0, first.code(), first.err());
    assertTrue(first.err().contains("31 articles added"), first.err());

    Cli.Result again = Cli.run("ingest", in.toString(), "--store", whole.toString(), "--threads", "1");
    assertEquals(0, again.code(), again.err());
    assertTrue(again.err().contains("0 articles added, 31 already stored"), again.err());
    Map<String, List<String>> expected = StoreDump.of(whole);
    assertEquals(31, expected.get("articles").size());
    assertTrue(expected.get("events").size() >= 20, "events: " + expected.get("events").size());

    Path killed = dir.resolve("killed");
    Path err = dir.resolve("child.err");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process child = new ProcessBuilder(java, "-Xmx1g", "-cp", System.getProperty("java.class.path"),
        "org.veille.cli.Main", "ingest", in.toString(), "--store", killed.toString(), "--threads", "1", "--verbose")
        .redirectOutput(dir.resolve("child.out").toFile())
        .redirectError(err.toFile())
        .start();
    try {
      long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
      while (!Files.exists(err) || !Files.readString(err, StandardCharsets.UTF_8).contains("committed")) {
        if (!child.isAlive()) {
          fail("child ended (" + child.exitValue() + ") before a commit: " + Files.readString(err));
        }
        if (System.nanoTime() > deadline) {
          fail("no batch committed in 3 minutes");
        }
        Thread.sleep(10);
      }
      child.destroyForcibly();
      assertTrue(child.waitFor(30, TimeUnit.SECONDS), "the killed child is gone");
    } finally {
      if (child.isAlive()) {
        child.destroyForcibly();
        child.waitFor(30, TimeUnit.SECONDS);
      }
    }
    long before;
    try (EventStore store = DuckDbEventStore.open(killed)) {
      before = store.counts().articles();
    }
    assertTrue(before >= 1 && before < 31, "killed mid-way, with " + before + " articles stored");

    Cli.Result resumed = Cli.run("ingest", in.toString(), "--store", killed.toString(), "--threads", "1");
    assertEquals(0, resumed.code(), resumed.err());
    assertTrue(resumed.err().contains((31 - before) + " articles added, " + before + " already stored"),
        resumed.err());
    assertEquals(expected, StoreDump.of(killed), "the same rows as the uninterrupted run");
    try (EventStore a = DuckDbEventStore.open(whole); EventStore b = DuckDbEventStore.open(killed)) {
      StoreCounts counts = a.counts();
      assertEquals(counts, b.counts());
      assertEquals(a.search("manifestants", 50).size(), b.search("manifestants", 50).size(),
          "the text index caught up too");
      assertTrue(a.events(EventFilter.all()).stream().anyMatch(e -> e.numArticles() >= 2),
          "some event is reported by several articles");
    }
  }
}
