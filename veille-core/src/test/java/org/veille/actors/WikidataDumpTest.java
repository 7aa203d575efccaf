package org.veille.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WikidataDumpTest {
  @TempDir
  Path tmp;

  static Path miniDump() throws URISyntaxException {
    return Path.of(WikidataDumpTest.class.getResource("/wikidata/mini-dump.json").toURI());
  }

  /** A gzipped copy of the fixture, made at run time. */
  static Path gzipped(Path source, Path dir) throws IOException {
    Path gz = dir.resolve("mini-dump.json.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
      Files.copy(source, out);
    }
    return gz;
  }

  private static List<String> ids(Path dump, List<String> errors) throws IOException {
    List<String> ids = new ArrayList<>();
    new WikidataDump(dump).read(e -> ids.add(e.id()), errors::add);
    return ids;
  }

  @Test
  void readsEveryEntityAndReportsTheMalformedLineWithItsNumber() throws Exception {
    List<String> errors = new ArrayList<>();
    List<String> ids = ids(miniDump(), errors);
    assertEquals(19, ids.size(), ids.toString());
    assertEquals("Q3052772", ids.get(0));
    assertEquals("Q990000011", ids.get(ids.size() - 1), "the last entity has no trailing comma");
    assertTrue(ids.contains("Q191954") && ids.contains("Q7747"));
    assertEquals(1, errors.size(), errors.toString());
    assertTrue(errors.get(0).contains("mini-dump.json:9: malformed JSON"), errors.get(0));
  }

  @Test
  void gzipInputGivesTheSameEntities() throws Exception {
    List<String> plainErrors = new ArrayList<>();
    List<String> gzErrors = new ArrayList<>();
    Path gz = gzipped(miniDump(), tmp);
    assertEquals(ids(miniDump(), plainErrors), ids(gz, gzErrors));
    assertEquals(1, gzErrors.size());
    assertTrue(gzErrors.get(0).contains(":9:"), gzErrors.get(0));
  }

  @Test
  void countsLinesEntitiesAndRejections() throws Exception {
    Path f = tmp.resolve("d.json");
    Files.writeString(f, "[\n"
        + "{\"type\":\"item\",\"id\":\"Q1\",\"labels\":{}},\n"
        + "\n"
        + "   {\"type\":\"item\",\"id\":\"Q2\"}   ,  \n"
        + "\"text\",\n"
        + "{\"type\":\"item\",\"labels\":{}},\n"
        + "{\"id\":\"Q8\"} {\"id\":\"Q9\"},\n"
        + "{\"id\":\"Q3\"}]\n", StandardCharsets.UTF_8);
    List<String> ids = new ArrayList<>();
    List<String> errors = new ArrayList<>();
    WikidataDump.Counts c = new WikidataDump(f).read(e -> ids.add(e.id()), errors::add);
    assertEquals(List.of("Q1", "Q2", "Q3"), ids);
    assertEquals(new WikidataDump.Counts(8, 3, 3), c);
    assertTrue(errors.get(0).endsWith(":5: not a JSON object"), errors.toString());
    assertTrue(errors.get(1).endsWith(":6: entity without an id"), errors.toString());
    assertTrue(errors.get(2).contains(":7: malformed JSON"), errors.toString());
  }

  @Test
  void aFilterSparesParsingLines() throws Exception {
    List<String> ids = new ArrayList<>();
    List<String> errors = new ArrayList<>();
    new WikidataDump(miniDump()).read(line -> line.contains("\"P39\""), e -> ids.add(e.id()), errors::add);
    assertEquals(List.of("Q3052772", "Q990000010", "Q7747", "Q2105", "Q990000011"), ids);
    assertEquals(List.of(), errors, "the malformed line has no P39 and is not parsed");
  }

  @Test
  void bzip2IsRefusedWithAClearMessage() throws Exception {
    Path f = tmp.resolve("latest-all.json.bz2");
    Files.write(f, new byte[] {'B', 'Z', 'h', '9', 1, 2, 3});
    IOException e = assertThrows(IOException.class, () -> new WikidataDump(f).read(x -> { }, x -> { }));
    assertTrue(e.getMessage().contains("bzip2"), e.getMessage());
  }

  @Test
  void entityTextDropsTheArraySyntax() {
    assertEquals("", WikidataDump.entityText("["));
    assertEquals("", WikidataDump.entityText(" ] "));
    assertEquals("{\"id\":\"Q1\"}", WikidataDump.entityText("{\"id\":\"Q1\"},"));
    assertEquals("{\"id\":\"Q1\"}", WikidataDump.entityText("[{\"id\":\"Q1\"}]"));
  }
}
