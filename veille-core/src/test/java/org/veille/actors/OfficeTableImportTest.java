package org.veille.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The office table extended by a table imported from the mini Wikidata dump. */
class OfficeTableImportTest {
  @TempDir
  static Path tmp;
  static Path imported;
  static OfficeTable table;

  @BeforeAll
  static void importMiniDump() throws Exception {
    WikidataOffices w = WikidataOffices.read(new WikidataDump(WikidataDumpTest.miniDump()), e -> { });
    imported = tmp.resolve("offices.tsv");
    try (Writer out = Files.newBufferedWriter(imported, StandardCharsets.UTF_8)) {
      w.write(out, "mini-dump.json", "2025-01-01T00:00:00Z");
    }
    table = OfficeTable.load(imported);
  }

  private static Standing at(OfficeTable t, String key, String date) {
    return t.resolve(key, LocalDate.parse(date)).orElseThrow();
  }

  @Test
  void importedPersonsResolveAsOfTheDate() {
    assertEquals(new Standing("KAZ", "GOV", "head_of_state"), at(table, "tokayev_kassym_jomart", "2023-01-01"));
    assertEquals(new Standing("RUS", "GOV", "head_of_government"), at(table, "putin_vladimir", "2009-01-01"));
    assertEquals(new Standing("FRA", "ELI", ""), at(table, "hollande_francois", "2020-01-01"));
    assertEquals(new Standing("KAZ", "GOV", "foreign_minister"), at(table, "tokayev_kassym_jomart", "1994-10-01"),
        "a month-precision start counts from the month's first day");
    assertEquals(new Standing("RUS", "GOV", "head_of_government"), at(table, "putin_vladimir", "1999-01-01"),
        "a year-precision start counts from 1 January");
  }

  @Test
  void importedTermsReplaceTheShippedOnes() {
    OfficeTable shipped = OfficeTable.load((Path) null);
    // Shipped: Tokayev was at the UN in 2012; the import has no such term (its position has no country).
    assertEquals("UNO", at(shipped, "tokayev_kassym_jomart", "2012-06-01").code());
    assertEquals(new Standing("KAZ", "ELI", ""), at(table, "tokayev_kassym_jomart", "2012-06-01"));
    assertEquals(new Standing("KAZ", "LEG", "speaker"), at(table, "tokayev_kassym_jomart", "2008-06-01"));
    assertEquals(5, table.officesOf("tokayev_kassym_jomart").size());
    assertEquals(4, table.officesOf("putin_vladimir").size());
    // Shipped: Putin acting president from 1999-12-31; imported: president from 2000-05-07.
    assertEquals("head_of_state", at(shipped, "putin_vladimir", "2000-03-01").office());
    assertEquals("head_of_government", at(table, "putin_vladimir", "2000-03-01").office());
  }

  @Test
  void namesAreMergedAndOthersKept() {
    assertTrue(table.namesOf("tokayev_kassym_jomart").contains("Tokaïev"));
    assertTrue(table.namesOf("tokayev_kassym_jomart").contains("Kassym-Jomart Kemelevich Tokayev"), "imported");
    assertTrue(table.namesOf("macron_emmanuel").contains("Emmanuel Jean-Michel Frédéric Macron"), "imported");
    for (String name : OfficeTable.load((Path) null).namesOf("putin_vladimir")) {
      assertTrue(table.namesOf("putin_vladimir").contains(name), "shipped name kept: " + name);
    }
    // persons absent from the import are untouched
    assertEquals(OfficeTable.load((Path) null).officesOf("chirac_jacques"), table.officesOf("chirac_jacques"));
    assertEquals(OfficeTable.load((Path) null).persons().size(), table.persons().size(),
        "every imported person of the mini dump is already in the shipped table");
  }

  @Test
  void aNewPersonIsAddedAndANamesakeKeyFollowsTheShippedOne() throws Exception {
    Path f = tmp.resolve("extra.tsv");
    Files.writeString(f, "# test\n"
        + "jinping_xi\tXi Jinping|习近平\tCHN\thead_of_state\tGOV\t2013-03-14\t\tCHN\t# Q15031\n"
        + "zzz_new\tNew Person\tFRA\tminister\tGOV\t2030\t2031-06\tFRA\n", StandardCharsets.UTF_8);
    OfficeTable t = OfficeTable.load(f);
    assertFalse(t.persons().contains("jinping_xi"));
    assertEquals(1, t.officesOf("xi_jinping").size(), "the shipped vice-presidency and party rows are replaced");
    assertTrue(t.namesOf("xi_jinping").contains("习近平"));
    assertEquals(new Standing("FRA", "GOV", "minister"), at(t, "zzz_new", "2031-06-30"));
    assertEquals(new Standing("FRA", "ELI", ""), at(t, "zzz_new", "2031-07-01"));
  }

  @Test
  void theImportedFileIsNamedByPropertyOrEnvironment() {
    Map<String, String> none = Map.of();
    Map<String, String> prop = Map.of("VEILLE_OFFICES", "/data/a.tsv");
    Map<String, String> env = Map.of("VEILLE_OFFICES", "/data/b.tsv");
    assertEquals(Optional.empty(), OfficeTable.configuredImport(none::get, none::get));
    assertEquals(Optional.of(Path.of("/data/b.tsv")), OfficeTable.configuredImport(none::get, env::get));
    assertEquals(Optional.of(Path.of("/data/a.tsv")), OfficeTable.configuredImport(prop::get, env::get),
        "the system property wins");
  }

  @Test
  void aMissingOrBrokenImportedFileFailsLoudly() throws Exception {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> OfficeTable.load(tmp.resolve("absent.tsv")));
    assertTrue(e.getMessage().contains("VEILLE_OFFICES"), e.getMessage());
    Path bad = tmp.resolve("bad.tsv");
    Files.writeString(bad, "someone_x\tX\tFRA\tminister\tGOV\t2020-13-01\t\tFRA\n", StandardCharsets.UTF_8);
    e = assertThrows(IllegalStateException.class, () -> OfficeTable.load(bad));
    assertTrue(e.getMessage().contains(bad.toString()) && e.getMessage().contains("someone_x"), e.getMessage());
  }
}
