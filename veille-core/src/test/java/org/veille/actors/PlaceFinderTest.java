package org.veille.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.veille.model.ActorMention;

class PlaceFinderTest {
  private final PlaceFinder finder = new PlaceFinder(ActorLexicon.forLanguage("fr"));

  @Test
  void knownTownsAndRegionsBecomePlacesWithTheirCountry() {
    String text = "Des combats ont repris à Alep et dans la région de Deir ez-Zor, loin de Lyon.";
    List<ActorMention> found = finder.find(text, List.of());
    assertEquals(List.of("Alep/SYR", "Deir ez-Zor/SYR", "Lyon/FRA"),
        found.stream().map(m -> m.text() + "/" + m.code()).toList());
    assertEquals("PLACE", found.get(0).kind());
  }

  @Test
  void spansAlreadyTakenAndUnknownWordsAreLeftAlone() {
    String text = "Le Conseil de Lyon a reçu Jean Dupont.";
    List<ActorMention> taken = List.of(new ActorMention(3, 20, "Conseil de Lyon", "FRA", "GOV", "ORG", ""));
    assertEquals(List.of(), finder.find(text, taken));
  }
}
