package org.veille.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veille.actors.OfficeTable;
import org.veille.actors.Standing;

/** `veille actors import-wikidata`, in-process, on veille-core's mini Wikidata dump. */
class ActorsCommandTest {
  private static final Path DUMP = Path.of("..", "veille-core", "src", "test", "resources", "wikidata",
      "mini-dump.json");

  @TempDir
  Path tmp;

  private static List<String> rows(Path table) throws Exception {
    return Files.readAllLines(table, StandardCharsets.UTF_8).stream()
        .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
  }

  @Test
  void importsTheDumpAndExitsWith2BecauseOfTheMalformedLine() throws Exception {
    assertTrue(Files.isRegularFile(DUMP), DUMP.toAbsolutePath().toString());
    Path out = tmp.resolve("sub").resolve("offices.tsv");
    Cli.Result r = Cli.run("actors", "import-wikidata", DUMP.toString(), "-o", out.toString());
    assertEquals(2, r.code(), r.err());
    assertTrue(r.err().contains("mini-dump.json:9: malformed JSON"), r.err());
    assertTrue(r.err().contains("5 persons, 12 rows"), r.err());
    assertEquals("", r.out());
    List<String> rows = rows(out);
    assertEquals(12, rows.size(), rows.toString());
    assertTrue(rows.get(0).startsWith("hollande_francois\tFrançois Hollande|Francois Hollande\tFRA\thead_of_state\tGOV\t2012-05-15\t2017-05-14\tFRA"),
        rows.get(0));
    String header = Files.readString(out, StandardCharsets.UTF_8);
    assertTrue(header.startsWith("# Who held which office when"), header);
    assertTrue(header.contains("from the Wikidata dump mini-dump.json\n# on 20"), header);
    try (var files = Files.list(out.getParent())) {
      assertEquals(List.of(out), files.toList(), "no temporary file is left behind");
    }
    OfficeTable t = OfficeTable.load(out);
    assertEquals(new Standing("KAZ", "GOV", "head_of_state"),
        t.resolve("tokayev_kassym_jomart", LocalDate.of(2023, 1, 1)).orElseThrow());
  }

  @Test
  void gzippedDumpGivesTheSameTable() throws Exception {
    Path gz = tmp.resolve("dump.json.gz");
    try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(gz))) {
      Files.copy(DUMP, o);
    }
    Path plain = tmp.resolve("plain.tsv");
    Path zipped = tmp.resolve("zipped.tsv");
    assertEquals(2, Cli.run("actors", "import-wikidata", DUMP.toString(), "-o", plain.toString()).code());
    Cli.Result r = Cli.run("actors", "import-wikidata", gz.toString(), "-o", zipped.toString());
    assertEquals(2, r.code(), r.err());
    assertTrue(r.err().contains("dump.json.gz:9:"), r.err());
    assertEquals(rows(plain), rows(zipped));
  }

  @Test
  void aCleanDumpExitsWith0() throws Exception {
    Path clean = tmp.resolve("clean.json");
    Files.write(clean, Files.readAllLines(DUMP, StandardCharsets.UTF_8).stream()
        .filter(l -> !l.contains("Q990000099")).toList(), StandardCharsets.UTF_8);
    Path out = tmp.resolve("o.tsv");
    Cli.Result r = Cli.run("actors", "import-wikidata", clean.toString(), "-o", out.toString());
    assertEquals(0, r.code(), r.err());
    assertEquals(12, rows(out).size());
  }

  @Test
  void aMissingDumpFailsWith1AndWritesNothing() {
    Path out = tmp.resolve("o.tsv");
    Cli.Result r = Cli.run("actors", "import-wikidata", tmp.resolve("none.json").toString(), "-o", out.toString());
    assertEquals(1, r.code());
    assertTrue(r.err().contains("none.json"), r.err());
    assertFalse(Files.exists(out));
  }

  @Test
  void helpDocumentsTheCommandAndVeilleOffices() {
    assertTrue(Cli.run("--help").out().contains("actors"));
    Cli.Result r = Cli.run("actors", "import-wikidata", "--help");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("VEILLE_OFFICES"), r.out());
    assertTrue(r.out().contains("veille-data/offices.tsv"), r.out());
    assertTrue(r.out().contains("2:done, but some lines were rejected") || r.out().contains("some lines were rejected"));
    Cli.Result usage = Cli.run("actors");
    assertEquals(0, usage.code());
    assertTrue(usage.out().contains("import-wikidata"), usage.out());
  }
}
