package org.veille.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class OfficeTableTest {
  private final OfficeTable table = OfficeTable.load();

  private Standing at(String key, String date) {
    return table.resolve(key, LocalDate.parse(date)).orElseThrow();
  }

  @Test
  void putinTerms() {
    assertEquals(new Standing("RUS", "GOV", "head_of_state"), at("putin_vladimir", "2004-01-01"));
    assertEquals(new Standing("RUS", "GOV", "head_of_government"), at("putin_vladimir", "2009-06-01"));
    assertEquals(new Standing("RUS", "GOV", "head_of_state"), at("putin_vladimir", "2016-06-01"));
  }

  @Test
  void tokayevCareer() {
    assertEquals("head_of_government", at("tokayev_kassym_jomart", "2001-01-01").office());
    assertEquals("foreign_minister", at("tokayev_kassym_jomart", "2005-01-01").office());
    assertEquals("UNO", at("tokayev_kassym_jomart", "2012-06-01").code());
    assertEquals(new Standing("KAZ", "GOV", "head_of_state"), at("tokayev_kassym_jomart", "2023-01-01"));
  }

  @Test
  void afterAndBeforeOffice() {
    assertEquals(new Standing("FRA", "ELI", ""), at("hollande_francois", "2020-01-01"));
    assertEquals(new Standing("USA", "", ""), at("trump_donald", "2016-06-01"));
    assertEquals(new Standing("USA", "ELI", ""), at("trump_donald", "2023-06-01"));
    // After an international post a person reverts to their own country.
    assertEquals(new Standing("KOR", "ELI", ""), at("ban_ki_moon", "2018-01-01"));
  }

  @Test
  void everyOfficeIsWellFormed() {
    for (String key : table.persons()) {
      assertFalse(table.namesOf(key).isEmpty(), key);
      assertTrue(table.citizenshipOf(key).isPresent(), key);
      for (Office o : table.officesOf(key)) {
        assertTrue(o.end() == null || !o.end().isBefore(o.start()), o.toString());
        assertTrue(o.country().matches("[A-Z]{3}"), o.toString());
      }
    }
  }

  @Test
  void tableIsLarge() {
    assertTrue(table.persons().size() > 500);
  }
}
