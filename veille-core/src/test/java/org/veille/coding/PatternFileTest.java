package org.veille.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.StringReader;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PatternFileTest {
  @Test
  void parsesColumnsListsAndOptions() throws Exception {
    String file = "# a comment\n\n"
        + "visit.x  rendre/aller_voir  V  CONSULT  subj,poss  obl:à/en  refl mode=visit obj=accord/feuille_de_route  # why\n";
    List<Pattern> ps = PatternFile.parse("t", new BufferedReader(new StringReader(file)));
    assertEquals(1, ps.size());
    Pattern p = ps.get(0);
    assertEquals("visit.x", p.id());
    assertEquals(Set.of("rendre", "aller voir"), p.triggers());
    assertEquals("V", p.pos());
    assertEquals("CONSULT", p.type());
    assertEquals(List.of("subj", "poss"), p.actor());
    assertEquals(List.of("obl:à/en"), p.recipient());
    assertTrue(p.has("refl"));
    assertEquals("visit", p.mode());
    assertEquals("accord/feuille de route", p.option("obj"));
    assertEquals("t:3", p.source());
  }

  @Test
  void dashIsAnEmptyColumn() throws Exception {
    List<Pattern> ps = PatternFile.parse("t", new BufferedReader(new StringReader("a b V REJECT subj -\n")));
    assertTrue(ps.get(0).recipient().isEmpty());
  }

  @Test
  void shortLineIsAnErrorWithItsLineNumber() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> PatternFile.parse("f.txt", new BufferedReader(new StringReader("\nid rendre V\n"))));
    assertTrue(e.getMessage().startsWith("f.txt:2:"), e.getMessage());
  }

  @Test
  void shippedFrenchPatternsLoadAndUseKnownTypes() {
    List<Pattern> all = PatternFile.loadAll("/org/veille/fr/coding");
    assertTrue(all.size() > 50, "patterns: " + all.size());
    EventOntology ontology = EventOntology.load();
    for (Pattern p : all) {
      assertTrue(ontology.isType(p.type()), p.source() + ": unknown type " + p.type());
      if (p.option("cameo") != null) {
        assertTrue(ontology.cameo(p.option("cameo")).isPresent(), p.source() + ": unknown CAMEO " + p.option("cameo"));
      }
      if (!p.context().isEmpty()) {
        assertTrue(ontology.contexts().contains(p.context()), p.source() + ": unknown context " + p.context());
      }
    }
  }
}
