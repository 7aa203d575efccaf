package org.veille.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SimHashTest {
  private static final String WIRE = "PARIS (AFP) - Le gouvernement a annoncé mardi un plan de soutien aux "
      + "agriculteurs touchés par la sécheresse, d'un montant de 500 millions d'euros, a indiqué le ministre de "
      + "l'Agriculture lors d'une conférence de presse à l'issue du conseil des ministres. Les syndicats agricoles "
      + "ont salué un premier pas mais jugent l'enveloppe insuffisante face à l'ampleur des pertes.";

  @Test
  void aWireCopyWithSmallChangesIsNear() {
    String copy = WIRE.replace("PARIS (AFP) - ", "").replace("mardi", "ce mardi") + " (Mis à jour à 15 h 20.)";
    int d = SimHash.distance(SimHash.of(WIRE), SimHash.of(copy));
    assertTrue(d <= SimHash.MAX_DISTANCE, "distance " + d);
  }

  @Test
  void unrelatedTextsAreFar() {
    String other = "Les forces de l'ordre ont dispersé samedi soir un rassemblement non déclaré devant le "
        + "parlement de Tbilissi, où plusieurs milliers de personnes protestaient contre la loi sur l'influence "
        + "étrangère adoptée en troisième lecture par les députés du parti au pouvoir.";
    int d = SimHash.distance(SimHash.of(WIRE), SimHash.of(other));
    assertTrue(d > SimHash.MAX_DISTANCE * 2, "distance " + d);
  }

  @Test
  void caseAndPunctuationDoNotMatterAndShortTextsAreNotCompared() {
    assertEquals(SimHash.of(WIRE), SimHash.of(WIRE.toUpperCase().replace(",", " ;")));
    assertFalse(SimHash.longEnough("Trois petits mots."));
    assertTrue(SimHash.longEnough(WIRE));
  }
}
