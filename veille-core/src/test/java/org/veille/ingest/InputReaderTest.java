package org.veille.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veille.model.Article;

class InputReaderTest {
  private static final LocalDate JAN_2 = LocalDate.of(2024, 1, 2);

  @TempDir
  Path dir;

  private static Path resource(String name) throws URISyntaxException {
    return Path.of(InputReaderTest.class.getResource(name).toURI());
  }

  private static CollectingSink read(Path path, ReadOptions options) {
    CollectingSink sink = new CollectingSink();
    new InputReader(options).read(path, sink);
    return sink;
  }

  private static String jsonLine(String id, String text) {
    return "{\"id\": \"" + id + "\", \"lang\": \"fr\", \"published\": \"2024-03-05\", \"text\": \"" + text + "\"}";
  }

  @Test
  void mixedFileKeepsGoodLinesInOrderAndRejectsEachBadLineWithItsNumber() throws Exception {
    Path mixed = resource("mixed.jsonl");
    CollectingSink sink = read(mixed, ReadOptions.defaults());

    assertEquals(List.of("mix-ok-1", "mix-ok-2", "mix-ok-3", "mix-ok-4"), sink.ids());
    assertEquals(List.of(2, 4, 6, 8, 9, 10, 11), sink.rejections.stream().map(Rejection::line).toList(),
        "every bad line and only those, in order; the empty line 5 is skipped silently");
    for (Rejection r : sink.rejections) {
      assertEquals(mixed.toString(), r.source());
      assertTrue(r.toString().startsWith(mixed + ":" + r.line() + ": "), r.toString());
    }
    assertTrue(sink.rejectionAt(2).reason().startsWith("malformed JSON"), sink.rejectionAt(2).reason());
    assertEquals("missing \"text\"", sink.rejectionAt(4).reason());
    assertEquals("\"text\" is not a string", sink.rejectionAt(6).reason());
    assertEquals("invalid \"published\" date: 2024-13-01", sink.rejectionAt(8).reason());
    assertEquals("not a JSON object", sink.rejectionAt(9).reason());
    assertEquals("missing \"id\"", sink.rejectionAt(10).reason());
    assertTrue(sink.rejectionAt(11).reason().startsWith("malformed JSON"),
        "two objects glued on one line are an error, not a silent loss of the second: " + sink.rejectionAt(11));

    Article first = sink.articles.get(0);
    assertEquals("fr", first.lang());
    assertEquals(LocalDate.of(2024, 9, 9), first.published());
    assertEquals("Le Chili rappelle son ambassadeur", first.title());
    assertTrue(first.text().startsWith("Le Chili rappelle son ambassadeur\n\n9 septembre 2024 . –\n"));
  }

  @Test
  void missingLangIsGuessedWhenAutoAndTakenFromOptionsOtherwise() throws Exception {
    CollectingSink auto = read(resource("mixed.jsonl"), ReadOptions.defaults());
    assertEquals("fr", auto.articles.get(3).lang(), "a line without lang gets a real language code, not 'auto'");

    Path en = dir.resolve("en.jsonl");
    Files.writeString(en, "{\"id\": \"e1\", \"text\": \"The minister said that the talks with the union were over.\"}\n");
    assertEquals("en", read(en, ReadOptions.defaults()).articles.get(0).lang());
    assertEquals("fr", read(en, new ReadOptions(null, "fr")).articles.get(0).lang());
  }

  @Test
  void nonUtf8LineIsRejectedAloneAndTheNextLinesStillRead() throws IOException {
    Path file = dir.resolve("bytes.jsonl");
    byte[] good1 = (jsonLine("u-1", "Première ligne.") + "\n").getBytes(StandardCharsets.UTF_8);
    byte[] bad = (jsonLine("u-2", "Qu\u00e9bec") + "\n").getBytes(StandardCharsets.ISO_8859_1);
    byte[] good3 = (jsonLine("u-3", "Troisième ligne, après l’erreur.") + "\n").getBytes(StandardCharsets.UTF_8);
    try (var out = Files.newOutputStream(file)) {
      out.write(good1);
      out.write(bad);
      out.write(good3);
    }
    CollectingSink sink = read(file, ReadOptions.defaults());
    assertEquals(List.of("u-1", "u-3"), sink.ids());
    assertEquals(1, sink.rejections.size());
    assertEquals(2, sink.rejections.get(0).line());
    assertEquals("not valid UTF-8", sink.rejections.get(0).reason());
    assertEquals("Troisième ligne, après l’erreur.", sink.articles.get(1).text());
  }

  @Test
  void latin1TextFileIsRejectedAsNotUtf8() throws IOException {
    Path file = dir.resolve("quebec.txt");
    Files.write(file, "Le Premier ministre québécois reçu à Matignon\n\nIl a été reçu hier."
        .getBytes(StandardCharsets.ISO_8859_1));
    CollectingSink sink = read(file, ReadOptions.defaults());
    assertTrue(sink.articles.isEmpty(), "no article with replacement characters");
    assertEquals(1, sink.rejections.size());
    Rejection r = sink.rejections.get(0);
    assertEquals(file.toString(), r.source());
    assertTrue(r.reason().contains("not UTF-8"), r.reason());
  }

  @Test
  void emptyFilesAreRejected() throws IOException {
    Path txt = Files.createFile(dir.resolve("vide.txt"));
    CollectingSink a = read(txt, ReadOptions.defaults());
    assertTrue(a.articles.isEmpty());
    assertEquals(1, a.rejections.size());
    assertTrue(a.rejections.get(0).reason().contains("empty"), a.rejections.get(0).reason());

    Path blank = Files.writeString(dir.resolve("blanc.txt"), " \n\n\t\n");
    assertTrue(read(blank, ReadOptions.defaults()).rejections.get(0).reason().contains("empty"));

    Path jsonl = Files.createFile(dir.resolve("vide.jsonl"));
    CollectingSink b = read(jsonl, ReadOptions.defaults());
    assertTrue(b.articles.isEmpty());
    assertEquals(1, b.rejections.size(), "an empty corpus file is reported, not silently skipped");
    assertTrue(b.rejections.get(0).reason().contains("empty"), b.rejections.get(0).reason());
  }

  @Test
  void missingFileAndDirectoryAreRejected() throws IOException {
    Path missing = dir.resolve("absent.jsonl");
    CollectingSink a = read(missing, ReadOptions.defaults());
    assertEquals(List.of(new Rejection(missing.toString(), 0, "no such file")), a.rejections);
    assertEquals(missing + ": no such file", a.rejections.get(0).toString());

    Path sub = Files.createDirectory(dir.resolve("corpus.jsonl"));
    CollectingSink b = read(sub, ReadOptions.defaults());
    assertTrue(b.articles.isEmpty());
    assertEquals(List.of(new Rejection(sub.toString(), 0, "not a regular file")), b.rejections);
  }

  @Test
  void crlfLineEndingsWork() throws IOException {
    Path jsonl = dir.resolve("windows.jsonl");
    Files.writeString(jsonl, jsonLine("w-1", "Un.") + "\r\n" + "{oops\r\n" + jsonLine("w-3", "Trois.") + "\r\n");
    CollectingSink a = read(jsonl, ReadOptions.defaults());
    assertEquals(List.of("w-1", "w-3"), a.ids());
    assertEquals("Trois.", a.articles.get(1).text());
    assertEquals(1, a.rejections.size());
    assertEquals(2, a.rejections.get(0).line());

    Path txt = dir.resolve("windows.txt");
    Files.writeString(txt, "Visite à Rome\r\n\r\n24 mars 2018 . –\r\nLe ministre s’est rendu à Rome.\r\n");
    CollectingSink b = read(txt, ReadOptions.defaults());
    assertEquals(1, b.articles.size(), b.rejections.toString());
    assertEquals("Visite à Rome", b.articles.get(0).title());
    assertEquals(LocalDate.of(2018, 3, 24), b.articles.get(0).published());
  }

  @Test
  void jsonAndNdjsonExtensionsAreReadAsJsonLines() throws IOException {
    for (String name : List.of("a.json", "a.ndjson")) {
      Path file = Files.writeString(dir.resolve(name), jsonLine("j-1", "Un.") + "\n" + jsonLine("j-2", "Deux.") + "\n");
      assertEquals(List.of("j-1", "j-2"), read(file, ReadOptions.defaults()).ids(), name);
    }
  }

  @Test
  void publishedDefaultAppliesWhereTheInputGivesNone() throws IOException {
    Path txt = Files.writeString(dir.resolve("sans-date.txt"), "Réunion à Bruxelles\n\nLes ministres se sont réunis hier.");
    assertNull(read(txt, ReadOptions.defaults()).articles.get(0).published());
    assertEquals(JAN_2, read(txt, new ReadOptions(JAN_2, "auto")).articles.get(0).published());

    Path jsonl = Files.writeString(dir.resolve("d.jsonl"),
        "{\"id\": \"d-1\", \"text\": \"Sans date.\"}\n" + jsonLine("d-2", "Avec date.") + "\n");
    List<Article> read = read(jsonl, new ReadOptions(JAN_2, "fr")).articles;
    assertEquals(JAN_2, read.get(0).published());
    assertEquals(LocalDate.of(2024, 3, 5), read.get(1).published(), "the line's own date wins");
  }

  @Test
  void textFileIdIsItsStemAndItsDatelineGivesTheDate() throws IOException {
    Path txt = Files.writeString(dir.resolve("depeche-2024.042.txt"),
        "Sommet à Astana\n\n1er mars 2017 . –\nLes dirigeants d’Asie centrale se sont réunis à Astana.\n");
    CollectingSink sink = read(txt, ReadOptions.defaults());
    assertTrue(sink.rejections.isEmpty(), sink.rejections.toString());
    Article a = sink.articles.get(0);
    assertEquals("depeche-2024.042", a.id());
    assertEquals("fr", a.lang());
    assertEquals("Sommet à Astana", a.title());
    assertEquals(LocalDate.of(2017, 3, 1), a.published());
    assertEquals(Files.readString(txt), a.text(), "the text is kept as is: output offsets index it");
  }

  @Test
  void englishTextFileIsReadNotCrashed() throws IOException {
    Path txt = Files.writeString(dir.resolve("london.txt"),
        "Talks in London\n\nMarch 24, 2018 -\nThe foreign secretary met his counterpart from Japan in London on "
            + "Friday, and the two of them agreed to hold further talks.\n");
    CollectingSink sink = read(txt, ReadOptions.defaults());
    assertTrue(sink.rejections.isEmpty(), sink.rejections.toString());
    assertEquals("en", sink.articles.get(0).lang());
  }

  @Test
  void standardInputWithJsonLines() {
    String in = "\n  " + jsonLine("s-1", "Un.") + "\n" + "pas du JSON\n" + jsonLine("s-3", "Trois.") + "\n";
    CollectingSink sink = new CollectingSink();
    new InputReader(ReadOptions.defaults()).readStdin(new ByteArrayInputStream(in.getBytes(StandardCharsets.UTF_8)), sink);
    assertEquals(List.of("s-1", "s-3"), sink.ids());
    assertEquals(List.of(new Rejection("<stdin>", 3, sink.rejections.get(0).reason())), sink.rejections);
    assertTrue(sink.rejections.get(0).reason().startsWith("malformed JSON"));
  }

  @Test
  void standardInputWithPlainText() {
    String in = "Arrestations à Minsk\n\n24 mars 2018 . –\nLa police biélorusse a arrêté des opposants.\n";
    CollectingSink sink = new CollectingSink();
    new InputReader(new ReadOptions(null, "auto"))
        .readStdin(new ByteArrayInputStream(in.getBytes(StandardCharsets.UTF_8)), sink);
    assertTrue(sink.rejections.isEmpty(), sink.rejections.toString());
    Article a = sink.articles.get(0);
    assertEquals("stdin", a.id());
    assertEquals("fr", a.lang());
    assertEquals("Arrestations à Minsk", a.title());
    assertEquals(LocalDate.of(2018, 3, 24), a.published());
    assertEquals(in, a.text());

    CollectingSink dated = new CollectingSink();
    new InputReader(new ReadOptions(JAN_2, "fr"))
        .readStdin(new ByteArrayInputStream("Texte sans date.".getBytes(StandardCharsets.UTF_8)), dated);
    assertEquals(JAN_2, dated.articles.get(0).published());
  }

  @Test
  void emptyOrNonUtf8StandardInputIsRejected() {
    CollectingSink empty = new CollectingSink();
    new InputReader(ReadOptions.defaults()).readStdin(new ByteArrayInputStream(new byte[0]), empty);
    assertTrue(empty.articles.isEmpty());
    assertEquals("<stdin>", empty.rejections.get(0).source());

    CollectingSink latin = new CollectingSink();
    new InputReader(ReadOptions.defaults()).readStdin(
        new ByteArrayInputStream("Reçu à Matignon".getBytes(StandardCharsets.ISO_8859_1)), latin);
    assertTrue(latin.articles.isEmpty());
    assertTrue(latin.rejections.get(0).reason().contains("not UTF-8"));
    assertFalse(latin.rejections.isEmpty());
  }
}
