package org.veille.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WikidataOfficesTest {
  @TempDir
  Path tmp;

  private static WikidataOffices importMini(List<String> errors) throws Exception {
    return WikidataOffices.read(new WikidataDump(WikidataDumpTest.miniDump()), errors::add);
  }

  private static List<String> lines(WikidataOffices w) {
    return w.rows().stream().map(r -> String.join(" ", r.key(), r.country(), r.office(), r.sector(),
        r.start(), r.end().isEmpty() ? "-" : r.end())).collect(Collectors.toList());
  }

  @Test
  void rowsFromTheMiniDump() throws Exception {
    List<String> errors = new ArrayList<>();
    WikidataOffices w = importMini(errors);
    assertEquals(List.of(
        // sorted by country, key, start
        "hollande_francois FRA head_of_state GOV 2012-05-15 2017-05-14",
        "macron_emmanuel FRA head_of_state GOV 2017-05-14 -",
        // foreign minister from 1994-10 (month precision), PM via P17 only, Senate chair is a
        // speaker (label rule before the "president" class), president by label; the deprecated
        // 2019-03-19 start and the UN Geneva post (no country) give nothing
        "tokayev_kassym_jomart KAZ foreign_minister GOV 1994-10 1999-10-01",
        "tokayev_kassym_jomart KAZ head_of_government GOV 1999-10-01 2002-01-28",
        "tokayev_kassym_jomart KAZ foreign_minister GOV 2002-01-28 2007-01-11",
        "tokayev_kassym_jomart KAZ speaker LEG 2007-01-11 2011-03-15",
        "tokayev_kassym_jomart KAZ head_of_state GOV 2019-03-20 -",
        // year precision; an explicit "no end" (novalue) is still in office
        "putin_vladimir RUS head_of_government GOV 1999 2000-05-07",
        "putin_vladimir RUS head_of_state GOV 2000-05-07 2008-05-07",
        "putin_vladimir RUS head_of_government GOV 2008-05-08 2012-05-07",
        "putin_vladimir RUS head_of_state GOV 2012-05-07 -",
        // "Secretary of State" by label
        "blinken_antony USA foreign_minister GOV 2021-01-26 2025-01-20"), lines(w));
    assertEquals(1, errors.size());
    WikidataOffices.Summary s = w.summary();
    assertEquals(1, s.rejected());
    assertEquals(4, s.countries());
    assertEquals(8, s.positions());
    assertEquals(5, s.persons());
    assertEquals(12, s.rows());
    assertEquals(1, s.deprecated());
    assertEquals(1, s.unmapped());
    assertEquals(0, s.undated());
  }

  @Test
  void namesAndCitizenshipOnThePersonsFirstRowOnly() throws Exception {
    List<WikidataOffices.Row> rows = importMini(new ArrayList<>()).rows();
    List<WikidataOffices.Row> tokayev = rows.stream().filter(r -> r.key().equals("tokayev_kassym_jomart")).toList();
    assertEquals(List.of("Kassym-Jomart Tokaïev", "Kassym-Jomart Tokayev", "Tokaïev",
        "Kassym-Jomart Kemeluly Tokaïev", "Kassym-Jomart Kemelevich Tokayev", "Tokayev"),
        List.of(tokayev.get(0).names().split("\\|")));
    assertEquals("KAZ", tokayev.get(0).citizenship());
    assertTrue(tokayev.stream().skip(1).allMatch(r -> r.names().isEmpty() && r.citizenship().isEmpty()));
    WikidataOffices.Row macron = rows.stream().filter(r -> r.key().equals("macron_emmanuel")).findFirst().orElseThrow();
    // the same alias in French and English is given once
    assertEquals("Emmanuel Macron|Emmanuel Jean-Michel Frédéric Macron|Macron", macron.names());
    WikidataOffices.Row putin = rows.stream().filter(r -> r.key().equals("putin_vladimir")).findFirst().orElseThrow();
    assertEquals("RUS", putin.citizenship(), "the Soviet Union has no ISO alpha-3 code: Russia is taken");
    assertEquals("Q7747 Q990000004 Prime Minister of Russia", putin.comment());
  }

  @Test
  void keysAreSurnameThenGivenNames() {
    assertEquals("tokayev_kassym_jomart", WikidataOffices.key("Kassym-Jomart Tokayev", "Q1"));
    assertEquals("hollande_francois", WikidataOffices.key("François Hollande", "Q1"));
    assertEquals("villepin_dominique", WikidataOffices.key("Dominique de Villepin", "Q1"));
    assertEquals("leyen_ursula", WikidataOffices.key("Ursula von der Leyen", "Q1"));
    assertEquals("king_martin_luther", WikidataOffices.key("Martin Luther King Jr.", "Q1"));
    assertEquals("erdogan_recep_tayyip", WikidataOffices.key("Recep Tayyip Erdoğan", "Q1"));
    assertEquals("lula", WikidataOffices.key("Lula", "Q1"));
    assertEquals("Q42", WikidataOffices.key(null, "Q42"));
    assertEquals("Q42", WikidataOffices.key("Владимир Путин", "Q42"), "nothing left in ASCII");
  }

  @Test
  void writtenTableHasTheDocumentedHeaderAndReadsBack() throws Exception {
    WikidataOffices w = importMini(new ArrayList<>());
    StringWriter out = new StringWriter();
    w.write(out, "mini-dump.json", "2025-01-01T00:00:00Z");
    String text = out.toString();
    assertTrue(text.startsWith("# Who held which office when"), text);
    assertTrue(text.contains("#   start, end YYYY-MM-DD, or YYYY-MM / YYYY"), "the column documentation");
    assertTrue(text.contains("# Generated by `veille actors import-wikidata` from the Wikidata dump mini-dump.json\n"
        + "# on 2025-01-01T00:00:00Z: "), text);
    assertTrue(text.contains("\ntokayev_kassym_jomart\tKassym-Jomart Tokaïev|"), text);
    assertTrue(text.contains("\nputin_vladimir\t\tRUS\thead_of_government\tGOV\t2008-05-08\t2012-05-07\t\t# Q7747"), text);
    Path file = tmp.resolve("offices.tsv");
    Files.writeString(file, text, StandardCharsets.UTF_8);
    List<String[]> back = DataFile.rows(file, 8);
    assertEquals(12, back.size());
    assertEquals("2012-05-07", back.get(10)[5]);
    assertEquals("", back.get(10)[6], "in office: empty end, the comment is not a column");
  }

  /** Edge cases of dates, keys and entity kinds, on a dump written here. */
  @Test
  void edgeCases() throws Exception {
    String pos = "{\"type\":\"item\",\"id\":\"Q900\",\"labels\":{\"en\":{\"language\":\"en\",\"value\":\"Minister of Defence of Utopia\"}},"
        + "\"claims\":{\"P1001\":[" + item("P1001", "Q901") + "],\"P17\":[" + item("P17", "Q800") + "]}}";
    String region = "{\"type\":\"item\",\"id\":\"Q901\",\"labels\":{}}";
    String country = "{\"type\":\"item\",\"id\":\"Q800\",\"claims\":{\"P298\":[" + string("P298", "utp") + "]}}";
    String dead = human("Q1", "Jean Mort", "[" + held("+1990-01-01T00:00:00Z", null) + "]",
        ",\"P570\":[{\"mainsnak\":" + time("P570", "+1995-06-30T00:00:00Z", 11) + ",\"rank\":\"normal\"}]");
    String unknownEnd = human("Q2", "Ann Unknown", "[" + held("+1991-01-01T00:00:00Z",
        "{\"snaktype\":\"somevalue\",\"property\":\"P582\"}") + "]", "");
    String backwards = human("Q3", "Bob Backwards", "[" + held("+1999-01-01T00:00:00Z",
        "{\"snaktype\":\"value\",\"property\":\"P582\",\"datavalue\":{\"value\":{\"time\":\"+1998-00-00T00:00:00Z\",\"precision\":9},\"type\":\"time\"}}") + "]", "");
    String noStart = human("Q4", "Cy Nostart", "[" + held(null, null) + "]", "");
    String sameName = human("Q5", "Jean Mort", "[" + held("+2001-02-03T00:00:00Z", null) + "]", "");
    String noEnglish = "{\"type\":\"item\",\"id\":\"Q6\",\"labels\":{\"fr\":{\"language\":\"fr\",\"value\":\"Zoé Sansanglais\"}},"
        + "\"claims\":{\"P31\":[" + item("P31", "Q5") + "],\"P39\":[" + held("+2002-00-00T00:00:00Z", null) + "]}}";
    String fictional = "{\"type\":\"item\",\"id\":\"Q7\",\"labels\":{\"en\":{\"language\":\"en\",\"value\":\"Frank Fiction\"}},"
        + "\"claims\":{\"P31\":[" + item("P31", "Q15632617") + "],\"P39\":[" + held("+2003-01-01T00:00:00Z", null) + "]}}";
    Path f = tmp.resolve("edge.json");
    Files.writeString(f, String.join(",\n", "[" + dead, unknownEnd, backwards, noStart, sameName,
        noEnglish, fictional, pos, region, country) + "]\n", StandardCharsets.UTF_8);
    List<String> errors = new ArrayList<>();
    WikidataOffices w = WikidataOffices.read(new WikidataDump(f), errors::add);
    assertEquals(List.of(), errors);
    assertEquals(List.of(
        "Q6 UTP defence_minister GOV 2002 -",
        // the end is the date of death; a namesake gets the entity id in the key
        "mort_jean UTP defence_minister GOV 1990-01-01 1995-06-30",
        "mort_jean_q5 UTP defence_minister GOV 2001-02-03 -"), lines(w));
    assertEquals(3, w.summary().undated(), "unknown end, end before start, no start");
    assertFalse(lines(w).stream().anyMatch(l -> l.contains("2003")), "not a human");
  }

  private static String item(String p, String q) {
    return "{\"mainsnak\":{\"snaktype\":\"value\",\"property\":\"" + p + "\",\"datavalue\":{\"value\":"
        + "{\"entity-type\":\"item\",\"numeric-id\":" + q.substring(1) + ",\"id\":\"" + q + "\"},"
        + "\"type\":\"wikibase-entityid\"}},\"type\":\"statement\",\"rank\":\"normal\"}";
  }

  private static String string(String p, String v) {
    return "{\"mainsnak\":{\"snaktype\":\"value\",\"property\":\"" + p + "\",\"datavalue\":{\"value\":\""
        + v + "\",\"type\":\"string\"}},\"type\":\"statement\",\"rank\":\"normal\"}";
  }

  private static String time(String p, String t, int precision) {
    return "{\"snaktype\":\"value\",\"property\":\"" + p + "\",\"datavalue\":{\"value\":{\"time\":\"" + t
        + "\",\"precision\":" + precision + "},\"type\":\"time\"}}";
  }

  private static String held(String start, String endSnak) {
    List<String> q = new ArrayList<>();
    if (start != null) q.add("\"P580\":[" + time("P580", start, start.contains("-00-") ? 9 : 11) + "]");
    if (endSnak != null) q.add("\"P582\":[" + endSnak + "]");
    return "{\"mainsnak\":{\"snaktype\":\"value\",\"property\":\"P39\",\"datavalue\":{\"value\":"
        + "{\"entity-type\":\"item\",\"numeric-id\":900},\"type\":\"wikibase-entityid\"}},"
        + "\"qualifiers\":{" + String.join(",", q) + "},\"type\":\"statement\",\"rank\":\"normal\"}";
  }

  private static String human(String id, String en, String p39, String more) {
    return "{\"type\":\"item\",\"id\":\"" + id + "\",\"labels\":{\"en\":{\"language\":\"en\",\"value\":\"" + en
        + "\"}},\"claims\":{\"P31\":[" + item("P31", "Q5") + "],\"P39\":" + p39 + more + "}}";
  }

  @Test
  void positionRulesTakeTheFirstMatch() {
    PositionRules r = PositionRules.load();
    assertEquals("speaker", r.kind(List.of(), "President of the National Assembly of France").office());
    assertEquals("vice_president", r.kind(List.of(), "Vice President of the United States").office());
    assertEquals(new PositionRules.Kind("defence_minister", "GOV"), r.kind(List.of("Q83307"), "Minister of Defence of Russia"));
    assertEquals("interior_minister", r.kind(List.of("Q83307"), "Minister of the Interior of France").office());
    assertEquals("minister", r.kind(List.of("Q83307"), "Minister of Culture").office());
    assertEquals("foreign_minister", r.kind(List.of("Q83307", "Q7330070"), null).office());
    assertEquals("head_of_government", r.kind(List.of(), "President of the Government of Spain").office());
    assertEquals(new PositionRules.Kind("military_commander", "MIL"),
        r.kind(List.of(), "Chief of the General Staff of the Armed Forces of Russia"));
    assertEquals(null, r.kind(List.of(), "President of the Supreme Court of France"));
    assertEquals(null, r.kind(List.of(), "White House Chief of Staff"));
    assertEquals(null, r.kind(List.of("Q4164871"), "mayor of Almaty"));
  }

  @Test
  void onlyLinesThatMayMatterAreParsedTheOthersAreCheckedForShape() {
    assertTrue(WikidataOffices.worthParsing("{\"id\":\"Q1\",\"claims\":{\"P39\":[]}}"));
    assertTrue(WikidataOffices.worthParsing("{\"id\":\"Q1\",\"claims\":{\"P298\":[]}}"));
    assertTrue(WikidataOffices.worthParsing("{\"id\":\"Q1\",\"claims\":{\"P17\":[]}}"));
    assertFalse(WikidataOffices.worthParsing("{\"id\":\"Q1\",\"claims\":{\"P50\":[]}}"), "a scholarly article");
    assertTrue(WikidataOffices.worthParsing("{\"id\":\"Q1\",\"claims\":{\"P50\":["), "truncated: parsed, so reported");
  }

  @Test
  void unreadableDumpFails() {
    Path missing = tmp.resolve("none.json");
    org.junit.jupiter.api.Assertions.assertThrows(IOException.class,
        () -> WikidataOffices.read(new WikidataDump(missing), e -> { }));
  }
}
