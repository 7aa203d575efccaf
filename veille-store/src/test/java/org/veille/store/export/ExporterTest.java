package org.veille.store.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
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
import org.veille.store.EventFilter;
import org.veille.store.EventStore;
import org.veille.store.StoredArticle;

/** Every export read back: column counts, numbers that parse, Parquet types. */
class ExporterTest {
  @TempDir
  Path dir;

  private static Event event(String doc, String type, String cameo, int quad, String actor, String recipient,
                             String date, String quote) {
    return new Event(doc + "#1", doc, type, null, null, cameo, quad == 4 ? -6.5 : 1.9, quad,
        List.of(new Actor(actor, "GOV", "le gouvernement\tde " + actor)),
        recipient == null ? List.of() : List.of(new Actor(recipient, "", recipient)), false, date, Modality.ASSERTED,
        new Location("Paris", "FRA"), List.of(new Mention(2, 4, 4 + quote.length(), quote),
        new Mention(5, 40, 40 + quote.length(), quote)), "Une phrase,\n« citée ».", "p", List.of(), "");
  }

  @BeforeEach
  void fill() {
    try (EventStore store = DuckDbEventStore.open(dir.resolve("store"))) {
      store.addArticle(StoredArticle.of(new Article("a1", "fr", LocalDate.parse("2024-03-06"), "t", "texte un",
          "https://www.lemonde.fr/a1"), List.of(event("a1", "PROTEST", "141", 4, "FRA", "FRA", "2024-03-05", "grève"))));
      store.addArticle(StoredArticle.of(new Article("a2", "fr", LocalDate.parse("2024-03-07"), "t", "texte deux",
          null), List.of(event("a2", "PROTEST", "141", 4, "FRA", "FRA", "2024-03", "grève"),
          event("a2", "CONSULT", "042", 1, "FRA", "KAZ", null, "visite"))));
    }
  }

  private Path export(ExportFormat f, String name) {
    Path out = dir.resolve(name);
    try (EventStore store = DuckDbEventStore.open(dir.resolve("store"))) {
      Exporter.export(store, f, EventFilter.all(), out);
    }
    return out;
  }

  @Test
  void gdeltEventsHave61NumericWhereNeededColumns() throws Exception {
    List<String> lines = Files.readAllLines(export(ExportFormat.GDELT, "events.tsv"), StandardCharsets.UTF_8);
    assertEquals(2, lines.size());
    Set<String> numeric = Set.of("GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate", "IsRootEvent",
        "QuadClass", "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone", "ActionGeo_Type",
        "DATEADDED");
    for (String line : lines) {
      String[] cols = line.split("\t", -1);
      assertEquals(61, cols.length, line);
      assertEquals(61, GdeltEvents.COLUMNS.size());
      for (int i = 0; i < cols.length; i++) {
        if (numeric.contains(GdeltEvents.COLUMNS.get(i)) && !cols[i].isEmpty()) {
          Double.parseDouble(cols[i]);
        }
      }
    }
    String[] protest = lines.get(0).split("\t", -1);
    assertEquals("20240305", protest[1]);
    assertEquals("FRAGOV", protest[5]);
    assertEquals("LE GOUVERNEMENT DE FRA", protest[6], "a tab inside a value does not shift the columns");
    assertEquals("141", protest[26]);
    assertEquals("14", protest[28]);
    assertEquals("4", protest[29]);
    assertEquals("4", protest[31], "two mentions in each of two articles");
    assertEquals("2", protest[33]);
    assertEquals("FRA", protest[53]);
    assertEquals("20240306000000", protest[59]);
    assertEquals("https://www.lemonde.fr/a1", protest[60]);
    String[] visit = lines.get(1).split("\t", -1);
    assertEquals("20240307", visit[1], "an undated event takes its first report's date");
  }

  @Test
  void gdeltMentionsHave16Columns() throws Exception {
    List<String> lines = Files.readAllLines(export(ExportFormat.GDELT_MENTIONS, "mentions.tsv"));
    assertEquals(6, lines.size());
    for (String line : lines) {
      String[] cols = line.split("\t", -1);
      assertEquals(16, cols.length, line);
      for (int i : new int[] {0, 3, 6, 7, 8, 9, 10, 11, 12, 13}) {
        Double.parseDouble(cols[i]);
      }
    }
    assertTrue(lines.get(0).contains("\tlemonde.fr\thttps://www.lemonde.fr/a1\t3\t"), lines.get(0));
  }

  @Test
  void ploverRecordsCarryTheClusterCounts() throws Exception {
    ObjectMapper json = new ObjectMapper();
    List<String> lines = Files.readAllLines(export(ExportFormat.PLOVER, "events.jsonl"));
    assertEquals(2, lines.size());
    JsonNode protest = json.readTree(lines.get(0));
    assertEquals("PROTEST", protest.get("event").asText());
    assertEquals("a1", protest.get("doc_id").asText());
    assertEquals("FRA", protest.get("actor").get(0).get("code").asText());
    assertEquals(4, protest.get("num_mentions").asInt());
    assertEquals(2, protest.get("num_articles").asInt());
    assertEquals("2024-03-06", protest.get("first_report").asText());
    assertEquals(4, protest.get("mentions").size());
    assertEquals("grève", protest.get("quote").asText());
    assertTrue(json.readTree(lines.get(1)).get("date").isNull());
  }

  @Test
  void csvHasAHeaderAndQuotesValues() throws Exception {
    String csv = Files.readString(export(ExportFormat.CSV, "events.csv"));
    assertTrue(csv.startsWith(String.join(",", CsvEvents.COLUMNS) + "\r\n"), csv);
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
         Statement st = c.createStatement();
         ResultSet rs = st.executeQuery("SELECT count(*), sum(num_mentions) FROM read_csv('"
             + dir.resolve("events.csv") + "', header = true)")) {
      rs.next();
      assertEquals(2, rs.getInt(1));
      assertEquals(6, rs.getInt(2));
    }
  }

  @Test
  void parquetReadsBackWithTypes() throws Exception {
    Path out = export(ExportFormat.PARQUET, "events.parquet");
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
         Statement st = c.createStatement();
         ResultSet rs = st.executeQuery("SELECT column_name, column_type FROM (DESCRIBE SELECT * FROM read_parquet('"
             + out + "'))")) {
      java.util.Map<String, String> types = new java.util.HashMap<>();
      while (rs.next()) {
        types.put(rs.getString(1), rs.getString(2));
      }
      assertEquals("BIGINT", types.get("id"));
      assertEquals("DOUBLE", types.get("goldstein"));
      assertEquals("DATE", types.get("first_report"));
      assertEquals("BOOLEAN", types.get("symmetric"));
      assertEquals(CsvEvents.COLUMNS.size(), types.size());
    }
    assertFalse(Files.exists(dir.resolve("events.parquet.part")));
  }
}
