package org.veille.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.veille.store.Fixtures.event;
import static org.veille.store.Fixtures.party;
import static org.veille.store.Fixtures.visit;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.veille.model.Modality;

class ClusterRuleTest {
  @Test
  void datesAreCompatibleWhenEqualAtTheCoarserPrecisionOrUnknown() {
    assertTrue(ClusterRule.datesCompatible("2023-11-01", "2023-11"));
    assertTrue(ClusterRule.datesCompatible("2023", "2023-11-01"));
    assertTrue(ClusterRule.datesCompatible(null, "2023-11-01"));
    assertTrue(ClusterRule.datesCompatible("2023-11-01", null));
    assertTrue(ClusterRule.datesCompatible("2023-11-01", "2023-11-01"));
    assertFalse(ClusterRule.datesCompatible("2023-11-01", "2023-11-02"));
    assertFalse(ClusterRule.datesCompatible("2023-11", "2023-12-01"));
    assertFalse(ClusterRule.datesCompatible("2022", "2023"));
  }

  @Test
  void theMorePreciseDateIsKept() {
    assertEquals("2023-11-01", ClusterRule.refine("2023-11", "2023-11-01"));
    assertEquals("2023-11-01", ClusterRule.refine("2023-11-01", "2023"));
    assertEquals("2023", ClusterRule.refine(null, "2023"));
    assertEquals("2023", ClusterRule.refine("2023", null));
  }

  @Test
  void modalityFamilies() {
    assertEquals(ClusterRule.family(Modality.FUTURE), ClusterRule.family(Modality.HYPOTHETICAL));
    assertNotEquals(ClusterRule.family(Modality.FUTURE), ClusterRule.family(Modality.ASSERTED));
    assertNotEquals(ClusterRule.family(Modality.NEGATED), ClusterRule.family(Modality.ASSERTED));
  }

  @Test
  void keyIsTypeFamilyAndPartySets() {
    assertEquals(ClusterRule.key(visit("a", "2024", Modality.FUTURE)),
        ClusterRule.key(visit("b", null, Modality.HYPOTHETICAL)));
    assertNotEquals(ClusterRule.key(visit("a", "2024", Modality.FUTURE)),
        ClusterRule.key(visit("a", "2024", Modality.ASSERTED)));
    var twoActors = event("c", 1, "CONSULT", List.of(party("FRA", "GOV", "x"), party("DEU", "GOV", "y")),
        List.of(party("KAZ", "", "")), false, null, Modality.FUTURE, "q", 0);
    var swapped = event("d", 1, "CONSULT", List.of(party("DEU", "GOV", "y"), party("FRA", "GOV", "x")),
        List.of(party("KAZ", "", "")), false, null, Modality.FUTURE, "q", 0);
    assertEquals(ClusterRule.key(twoActors), ClusterRule.key(swapped), "parties are sets");
    var reversed = event("e", 1, "CONSULT", List.of(party("KAZ", "", "")),
        List.of(party("FRA", "GOV", "x"), party("DEU", "GOV", "y")), false, null, Modality.FUTURE, "q", 0);
    assertNotEquals(ClusterRule.key(twoActors), ClusterRule.key(reversed), "direction matters when not symmetric");
    var symA = event("f", 1, "CONSULT", List.of(party("FRA", "GOV", "")), List.of(party("KAZ", "GOV", "")), true,
        null, Modality.ASSERTED, "q", 0);
    var symB = event("g", 1, "CONSULT", List.of(party("KAZ", "GOV", ""), party("FRA", "GOV", "")), List.of(), true,
        null, Modality.ASSERTED, "q", 0);
    assertEquals(ClusterRule.key(symA), ClusterRule.key(symB), "symmetric: the union of the parties");
  }
}
