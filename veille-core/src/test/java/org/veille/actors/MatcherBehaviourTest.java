package org.veille.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.veille.model.ActorMention;

/** Properties of the matcher that a single-row table cannot express. */
class MatcherBehaviourTest {
  private final ActorLexicon fr = ActorLexicon.forLanguage("fr");

  @Test
  void neverMatchesInsideAWord() {
    // "Iran" inside "Tiranaise", "Mali" inside "Malizia", "Inde" inside "Indemnité".
    List<ActorMention> m = fr.find("La Tiranaise Malizia réclame une indemnité.", LocalDate.of(2016, 1, 1));
    assertTrue(m.stream().noneMatch(x -> "IRN".equals(x.code()) || "MLI".equals(x.code())), m::toString);
  }

  @Test
  void countryInsideOrganisationBelongsToIt() {
    List<ActorMention> m = fr.find("La Banque centrale européenne et la Cour pénale internationale.", null);
    assertEquals(2, m.size(), m::toString);
    assertEquals("EUR", m.get(0).code());
    assertEquals("IGO", m.get(1).code());
  }

  @Test
  void mentionsAreSortedAndDisjoint() {
    String text = "Le président russe Vladimir Poutine et le Premier ministre japonais Shinzo Abe se sont "
        + "rencontrés à Tokyo, tandis que l'armée turque et les rebelles kurdes s'affrontaient.";
    List<ActorMention> m = fr.find(text, LocalDate.of(2016, 12, 15));
    for (int i = 1; i < m.size(); i++) assertTrue(m.get(i - 1).end() <= m.get(i).start(), m::toString);
    assertTrue(m.stream().anyMatch(x -> x.text().equals("Premier ministre japonais") && "JPN".equals(x.code())));
    assertTrue(m.stream().anyMatch(x -> x.text().equals("Shinzo Abe") && "GOV".equals(x.sector())));
  }

  @Test
  void ambiguousSurnameAloneIsNotResolved() {
    // Two Kims, two Clintons in the table: the bare surname must not pick one.
    List<ActorMention> m = fr.find("Clinton et Kim ont parlé.", LocalDate.of(2016, 1, 1));
    assertTrue(m.stream().noneMatch(x -> "PERSON".equals(x.kind())), m::toString);
  }

  @Test
  void demonymAdjectivesNeedNoCapitalButCountriesDo() {
    assertTrue(fr.find("la chine est fragile", null).isEmpty());
    assertFalse(fr.find("les Français votent", null).isEmpty());
  }

  @Test
  void coupDEtatIsNotAGovernment() {
    List<ActorMention> m = fr.find("Un coup d'État a eu lieu.", null);
    assertTrue(m.isEmpty(), m::toString);
  }

  @Test
  void placesResolveToCountries() {
    assertEquals("FRA", fr.countryOfPlace("Paris").orElseThrow());
    assertEquals("KAZ", fr.countryOfPlace("Astana").orElseThrow());
    assertEquals("KAZ", fr.countryOfPlace("Kazakhstan").orElseThrow());
    assertEquals("KAZ", fr.countryOfPlace("au Kazakhstan").orElseThrow());
    assertEquals("SYR", fr.countryOfPlace("Alep").orElseThrow());
    assertEquals("BEL", fr.countryOfPlace("Bruxelles").orElseThrow());
    assertEquals("USA", ActorLexicon.forLanguage("en").countryOfPlace("New York").orElseThrow());
    assertTrue(fr.countryOfPlace("Atlantide").isEmpty());
  }

  @Test
  void fastEnough() {
    String text = ("Le président kazakh Kassym-Jomart Tokaïev a reçu à Astana le ministre russe des "
        + "Affaires étrangères Sergueï Lavrov. Les deux hommes ont évoqué la situation en Syrie, "
        + "où l'armée syrienne soutenue par la Russie affronte les rebelles et l'État islamique. ").repeat(8);
    fr.find(text, null);
    long t0 = System.nanoTime();
    for (int i = 0; i < 200; i++) fr.find(text, null);
    double msPerCall = (System.nanoTime() - t0) / 1e6 / 200;
    assertTrue(msPerCall < 5, "too slow: " + msPerCall + " ms for " + text.length() + " chars");
  }
}
