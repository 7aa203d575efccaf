package org.veille.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DatelineTest {
  @Test
  void datelineOnTheThirdLine() {
    String text = "Le Portugal vote\n\n24 mars 2018 . –\nLes électeurs portugais ont voté dimanche 18 mars.";
    assertEquals(LocalDate.of(2018, 3, 24), Dateline.find(text, "fr"));
  }

  @Test
  void ordinalFirstOfTheMonth() {
    String text = "Accord signé à Berlin\n\n1er mars 2017 . –\nLes deux pays ont signé un accord.";
    assertEquals(LocalDate.of(2017, 3, 1), Dateline.find(text, "fr"));
  }

  @Test
  void agencyStyleDatelineWithPlaceAndWeekday() {
    assertEquals(LocalDate.of(2024, 5, 3),
        Dateline.find("PARIS, 3 mai 2024 (AFP) - Le gouvernement a présenté son budget.", "fr"));
    assertEquals(LocalDate.of(2018, 3, 24),
        Dateline.find("Réunion à Bruxelles\n\nMardi 24 mars 2018 . –\nLes ministres se sont réunis.", "fr"));
  }

  @Test
  void noDatelineGivesNull() {
    assertNull(Dateline.find("Réunion à Bruxelles\n\nLes ministres se sont réunis hier soir.", "fr"));
    assertNull(Dateline.find("", "fr"));
  }

  @Test
  void dateDeepInTheBodyIsNotADateline() {
    String text = "Élection au Sénégal\n\nLe scrutin a été reporté.\nL’opposition proteste.\nLe Conseil constitutionnel "
        + "doit se prononcer.\n24 mars 2024 . –\nLe vote aura lieu le 24 mars 2024.";
    assertNull(Dateline.find(text, "fr"));
  }

  @Test
  void dateInsideATitleOrSentenceIsNotADateline() {
    assertNull(Dateline.find("Sommet de l’OTAN le 9 juillet 2024\n\nLes chefs d’État se retrouvent à Washington.", "fr"));
    assertNull(Dateline.find("Élection prévue le 3 mai 2024.\n\nLe scrutin aura lieu dans tout le pays.", "fr"));
    assertEquals(LocalDate.of(2024, 7, 10),
        Dateline.find("Sommet de l’OTAN le 9 juillet 2024\n\n10 juillet 2024 . –\nLes chefs d’État se retrouvent.", "fr"),
        "the real dateline below such a title is still found");
  }

  @Test
  void languageWithoutTimeDataDoesNotThrow() {
    // no English time data yet: the reader must go on (null) rather than fail the whole input
    Dateline.find("Talks in London\n\nMarch 24, 2018 -\nThe ministers met.", "en");
    assertNull(Dateline.find("Texto\n\n24 de marzo de 2018 -\nLos ministros.", "es"));
  }
}
