package org.veille.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.veille.batch.Checkpoint;

/** The real thing: CoreNLP and the French pipeline, in-process and in a child JVM that is killed. */
class ExtractEndToEndTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path dir;

  private static Path fixture() throws URISyntaxException {
    return Path.of(ExtractEndToEndTest.class.getResource("dispatches.jsonl").toURI());
  }

  private static List<JsonNode> records(Path out) throws IOException {
    List<JsonNode> list = new ArrayList<>();
    for (String line : Files.readAllLines(out, StandardCharsets.UTF_8)) {
      list.add(JSON.readTree(line));
    }
    return list;
  }

  private static Map<String, String> texts(Path jsonl) throws IOException {
    Map<String, String> texts = new HashMap<>();
    for (String line : Files.readAllLines(jsonl, StandardCharsets.UTF_8)) {
      try {
        JsonNode n = JSON.readTree(line);
        texts.put(n.get("id").asText(), n.get("text").asText());
      } catch (IOException e) {
        // the malformed line
      }
    }
    return texts;
  }

  private static JsonNode only(List<JsonNode> records, String docId, String type) {
    List<JsonNode> found = records.stream()
        .filter(r -> r.get("doc_id").asText().equals(docId) && r.get("event").asText().equals(type)).toList();
    assertEquals(1, found.size(), "one " + type + " event in " + docId + ": " + records);
    return found.get(0);
  }

  @Test
  @Timeout(value = 5, unit = TimeUnit.MINUTES)
  void extractWritesEventsAndReportsTheMalformedLine() throws Exception {
    Path in = Files.copy(fixture(), dir.resolve("dispatches.jsonl"));
    Path out = dir.resolve("sortie/events.jsonl");

    Cli.Result r = Cli.run("extract", in.toString(), "-o", out.toString(), "--threads", "2");

    assertEquals(2, r.code(), "some input was rejected: " + r.err());
    assertTrue(r.err().contains("veille: " + in + ":2: malformed JSON"), r.err());
    assertTrue(r.err().contains("2 articles"), r.err());
    assertTrue(r.err().contains("1 rejected"), r.err());
    assertEquals("", r.out(), "with -o nothing goes to standard output");
    assertEquals(List.of("e2e-visite", "e2e-arrestation"), Files.readAllLines(Checkpoint.doneFile(out)));

    List<JsonNode> records = records(out);
    Map<String, String> texts = texts(in);
    Set<String> ids = new HashSet<>();
    for (JsonNode e : records) {
      assertTrue(ids.add(e.get("id").asText()), "duplicate id " + e);
      String text = texts.get(e.get("doc_id").asText());
      assertNotNull(text, "doc_id names an input article: " + e);
      assertTrue(e.get("id").asText().startsWith(e.get("doc_id").asText() + "#"), e.toString());
      String quote = e.get("quote").asText();
      assertFalse(quote.isEmpty());
      assertEquals(quote, text.substring(e.get("start").asInt(), e.get("end").asInt()), "offsets index the text");
      for (JsonNode m : e.get("mentions")) {
        assertEquals(m.get("quote").asText(), text.substring(m.get("start").asInt(), m.get("end").asInt()));
      }
      assertTrue(e.get("sentence").asText().contains(quote), e.toString());
    }

    JsonNode visit = only(records, "e2e-visite", "CONSULT");
    assertEquals("visit", visit.get("mode").asText());
    assertEquals("FRA", visit.get("actor").get(0).get("code").asText());
    assertEquals("KAZ", visit.get("recipient").get(0).get("code").asText());
    assertEquals("2024-11-01", visit.get("date").asText());
    assertEquals("future", visit.get("modality").asText());
    assertTrue(visit.get("quote").asText().contains("se rendra au Kazakhstan"), visit.toString());

    JsonNode arrest = only(records, "e2e-arrestation", "COERCE");
    assertEquals("arrest", arrest.get("mode").asText());
    assertEquals("GEO", arrest.get("actor").get(0).get("code").asText());
    assertEquals("COP", arrest.get("actor").get(0).get("sector").asText());
    assertEquals("2024-12-02", arrest.get("date").asText(), "« lundi » before Tuesday 3 December 2024");
    assertEquals("asserted", arrest.get("modality").asText());
    assertTrue(arrest.get("quote").asText().contains("a arrêté"), arrest.toString());
  }

  /** 32 articles: 16 copies of each dispatch, with distinct ids. */
  private Path bigInput() throws Exception {
    List<JsonNode> good = new ArrayList<>();
    for (String line : Files.readAllLines(fixture(), StandardCharsets.UTF_8)) {
      try {
        good.add(JSON.readTree(line));
      } catch (IOException e) {
        // skip the malformed line
      }
    }
    assertEquals(2, good.size());
    StringBuilder sb = new StringBuilder();
    for (int i = 1; i <= 16; i++) {
      for (JsonNode n : good) {
        var copy = ((com.fasterxml.jackson.databind.node.ObjectNode) n.deepCopy());
        copy.put("id", String.format("%s-%02d", n.get("id").asText(), i));
        sb.append(JSON.writeValueAsString(copy)).append('\n');
      }
    }
    return Files.writeString(dir.resolve("many.jsonl"), sb.toString(), StandardCharsets.UTF_8);
  }

  private static long lineCount(Path file) throws IOException {
    if (!Files.exists(file)) {
      return 0;
    }
    return new String(Files.readAllBytes(file), StandardCharsets.UTF_8).chars().filter(c -> c == '\n').count();
  }

  /**
   * The test class path, except that with {@code mvn -pl veille-cli} veille-core comes from the shared local
   * repository, which other checkouts may reinstall while the test runs: this checkout's own build of
   * veille-core is used instead when it is there.
   */
  private static String childClassPath() throws URISyntaxException {
    String cp = System.getProperty("java.class.path");
    Path core = Path.of(org.veille.Veille.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    Path own = Path.of("..", "veille-core", "target", "classes").toAbsolutePath().normalize();
    if (!Files.isRegularFile(core) || !Files.isRegularFile(own.resolve("org/veille/Veille.class"))) {
      return cp;
    }
    List<String> entries = new ArrayList<>();
    for (String e : cp.split(java.io.File.pathSeparator)) {
      entries.add(Path.of(e).toAbsolutePath().normalize().equals(core.toAbsolutePath().normalize()) ? own.toString() : e);
    }
    return String.join(java.io.File.pathSeparator, entries);
  }

  @Test
  @Timeout(value = 8, unit = TimeUnit.MINUTES)
  void killedRunResumedGivesTheUninterruptedOutput() throws Exception {
    Path in = bigInput();

    Path full = dir.resolve("full.jsonl");
    Cli.Result whole = Cli.run("extract", in.toString(), "-o", full.toString(), "--threads", "1");
    assertEquals(0, whole.code(), whole.err());
    List<String> expected = new ArrayList<>(Files.readAllLines(full, StandardCharsets.UTF_8));
    assertTrue(expected.size() >= 32, "events for every article: " + expected.size());

    Path out = dir.resolve("killed.jsonl");
    Path done = Checkpoint.doneFile(out);
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command = List.of(java, "-Xmx1g", "-cp", childClassPath(),
        "org.veille.cli.Main", "extract", in.toString(), "-o", out.toString(), "--threads", "1");
    Process child = new ProcessBuilder(command)
        .redirectOutput(dir.resolve("child.out").toFile())
        .redirectError(dir.resolve("child.err").toFile())
        .start();
    try {
      long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
      while (lineCount(done) < 1) {
        if (!child.isAlive()) {
          fail("child ended (" + child.exitValue() + ") before finishing a document: "
              + Files.readString(dir.resolve("child.err")));
        }
        if (System.nanoTime() > deadline) {
          fail("no document finished in 3 minutes");
        }
        Thread.sleep(20);
      }
      child.destroyForcibly();
      assertTrue(child.waitFor(30, TimeUnit.SECONDS), "killed child is gone");
    } finally {
      if (child.isAlive()) {
        child.destroyForcibly();
        child.waitFor(30, TimeUnit.SECONDS);
      }
    }
    long finished = lineCount(done);
    assertTrue(finished >= 1 && finished < 32, "killed mid-way: " + finished + " documents finished");
    System.out.println("kill test: killed after " + finished + " finished documents, OUT had "
        + lineCount(out) + " lines");

    Cli.Result resumed = Cli.run("extract", in.toString(), "-o", out.toString(), "--threads", "1", "--resume");
    assertEquals(0, resumed.code(), resumed.err());
    assertTrue(resumed.err().contains("already done (resumed)"), resumed.err());

    List<String> got = new ArrayList<>(Files.readAllLines(out, StandardCharsets.UTF_8));
    Set<String> ids = new HashSet<>();
    for (String line : got) {
      assertTrue(ids.add(JSON.readTree(line).get("id").asText()), "duplicate event " + line);
    }
    List<String> want = new ArrayList<>(expected);
    got.sort(null);
    want.sort(null);
    assertEquals(want, got, "same records as the uninterrupted run");
    assertEquals(32, Files.readAllLines(done).size());
    assertEquals(32, new HashSet<>(Files.readAllLines(done)).size());
  }

  @Test
  @Timeout(value = 5, unit = TimeUnit.MINUTES)
  void extractToStandardOutputWithExplain() throws Exception {
    Path in = Files.copy(fixture(), dir.resolve("dispatches.jsonl"));
    Cli.Result r = Cli.run("extract", in.toString(), "--explain", "--threads", "1");
    assertEquals(2, r.code(), r.err());
    List<String> lines = r.out().lines().toList();
    assertFalse(lines.isEmpty());
    List<String> docs = new ArrayList<>();
    for (String line : lines) {
      JsonNode e = JSON.readTree(line);
      assertFalse(e.get("explain").get("pattern").asText().isEmpty(), line);
      docs.add(e.get("doc_id").asText());
    }
    assertEquals("e2e-visite", docs.get(0), "input order");
    assertEquals("e2e-arrestation", docs.get(docs.size() - 1), "input order");
    assertFalse(Files.exists(Checkpoint.doneFile(in)), "no checkpoint without -o");
  }

  @Test
  @Timeout(value = 5, unit = TimeUnit.MINUTES)
  void annotateTimesGivesOffsetsIntoTheText() throws Exception {
    Path in = Files.copy(fixture(), dir.resolve("dispatches.jsonl"));
    Path out = dir.resolve("times.jsonl");
    Cli.Result r = Cli.run("annotate", "--times", in.toString(), "-o", out.toString(), "--threads", "1");
    assertEquals(2, r.code(), r.err());
    assertTrue(r.err().contains(in + ":2: malformed JSON"), r.err());
    List<JsonNode> docs = records(out);
    assertEquals(List.of("e2e-visite", "e2e-arrestation"), docs.stream().map(d -> d.get("doc_id").asText()).toList());
    Map<String, String> texts = texts(in);
    Set<String> values = new HashSet<>();
    for (JsonNode d : docs) {
      String text = texts.get(d.get("doc_id").asText());
      for (JsonNode t : d.get("times")) {
        assertEquals(t.get("text").asText(), text.substring(t.get("start").asInt(), t.get("end").asInt()));
        values.add(t.get("value").asText());
      }
    }
    assertTrue(values.contains("2024-11-01"), "« le 1er novembre » after 28 October 2024: " + values);
    assertTrue(values.contains("2024-12-02"), "« lundi » before Tuesday 3 December 2024: " + values);
  }
}
