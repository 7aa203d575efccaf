package org.veille.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veille.model.Actor;
import org.veille.model.Article;
import org.veille.model.Event;
import org.veille.model.Location;
import org.veille.model.Mention;
import org.veille.model.Modality;
import org.veille.store.DuckDbEventStore;
import org.veille.store.EventStore;
import org.veille.store.StoredArticle;

/** export and query on a store filled by hand (no NLP needed). */
class ExportQueryCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path dir;

  private Path store;

  private static Event visit(String doc, String date) {
    String quote = "Emmanuel Macron se rendra au Kazakhstan";
    return new Event(doc + "#1", doc, "CONSULT", "visit", "diplomatic", "042", 1.9, 1,
        List.of(new Actor("FRA", "GOV", "Emmanuel Macron")), List.of(new Actor("KAZ", "", "Kazakhstan")), false, date,
        Modality.FUTURE, new Location("Astana", "KAZ"), List.of(new Mention(1, 0, quote.length(), quote)), quote, "p",
        List.of(), "");
  }

  @BeforeEach
  void fill() {
    store = dir.resolve("store");
    try (EventStore s = DuckDbEventStore.open(store)) {
      s.addArticle(StoredArticle.of(new Article("a1", "fr", LocalDate.parse("2023-10-19"), "Visite",
          "Emmanuel Macron se rendra au Kazakhstan en novembre pour signer des accords.", "https://lemonde.fr/1"),
          List.of(visit("a1", "2023-11"))));
      s.addArticle(StoredArticle.of(new Article("a2", "fr", LocalDate.parse("2023-10-20"), "Astana",
          "Emmanuel Macron se rendra au Kazakhstan le 1er novembre.", "https://rfi.fr/2"),
          List.of(visit("a2", "2023-11-01"))));
    }
  }

  @Test
  void exportWritesEachFormat() throws Exception {
    for (String format : List.of("plover", "gdelt", "gdelt-mentions", "csv", "parquet")) {
      Path out = dir.resolve("out." + format);
      Cli.Result r = Cli.run("export", "--format", format, "--store", store.toString(), "-o", out.toString(),
          "--actor", "FRA", "--from", "2023-01-01", "--to", "2023-12-31", "--type", "CONSULT");
      assertEquals(0, r.code(), r.err());
      assertTrue(Files.size(out) > 0, format);
    }
    List<String> gdelt = Files.readAllLines(dir.resolve("out.gdelt"));
    assertEquals(1, gdelt.size(), "the two reports are one event");
    assertEquals(61, gdelt.get(0).split("\t", -1).length);
    assertEquals(2, Files.readAllLines(dir.resolve("out.gdelt-mentions")).size());
    JsonNode plover = JSON.readTree(Files.readAllLines(dir.resolve("out.plover")).get(0));
    assertEquals(2, plover.get("num_sources").asInt());
    assertEquals("2023-11-01", plover.get("date").asText());

    Cli.Result none = Cli.run("export", "--format", "gdelt", "--store", store.toString(), "-o",
        dir.resolve("none.tsv").toString(), "--recipient", "RUS");
    assertEquals(0, none.code());
    assertEquals(0, Files.size(dir.resolve("none.tsv")));
    Cli.Result bad = Cli.run("export", "--format", "xml", "--store", store.toString(), "-o", "x");
    assertEquals(1, bad.code());
    assertTrue(bad.err().contains("unknown format 'xml'"), bad.err());
  }

  @Test
  void queriesAnswerAsTablesOrJson() throws Exception {
    Cli.Result dyad = Cli.run("query", "dyad", "--actor", "fra", "--recipient", "KAZ", "--store", store.toString());
    assertEquals(0, dyad.code(), dyad.err());
    List<String> lines = dyad.out().lines().toList();
    assertEquals("month    type     events  mentions  articles", lines.get(0));
    assertEquals("2023-11  CONSULT       1         2         2", lines.get(1));

    Cli.Result top = Cli.run("query", "top-dyads", "--json", "--store", store.toString());
    JsonNode row = JSON.readTree(top.out().lines().findFirst().orElseThrow());
    assertEquals("FRA", row.get("actor").asText());
    assertEquals(1, row.get("events").asInt());

    Cli.Result events = Cli.run("query", "events", "--type", "CONSULT", "--from", "2023-01-01", "--to", "2024-12-31",
        "--store", store.toString());
    assertTrue(events.out().contains("CONSULT"), events.out());
    assertEquals(2, events.out().lines().count());

    Cli.Result search = Cli.run("query", "search", "accord", "--store", store.toString());
    assertEquals(0, search.code(), search.err());
    assertTrue(search.out().startsWith("a1  2023-10-19  fr"), search.out());
    assertTrue(search.out().contains("«accords»"), search.out());

    Cli.Result missing = Cli.run("query", "dyad", "--actor", "FRA", "--store", store.toString());
    assertEquals(1, missing.code());
  }
}
