package org.veille.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.veille.Parsed;
import org.veille.model.Actor;
import org.veille.model.ActorMention;
import org.veille.model.Sentence;
import org.veille.nlp.Syntax;

class ArgumentActorsTest {
  // "Diallo est parti pour la Guinée après avoir refusé sa défaite ; le Mali proteste"
  private static final Sentence S = Parsed.sentence(0,
      "Diallo PROPN Diallo _ 3 nsubj", "est AUX être _ 3 aux", "parti VERB partir _ 0 root",
      "pour ADP pour _ 6 case", "la DET le _ 6 det", "Guinée PROPN Guinée _ 3 obl",
      "après ADP après _ 9 mark", "avoir AUX avoir _ 9 aux", "refusé VERB refuser _ 3 advcl",
      "sa DET son _ 11 det", "défaite NOUN défaite _ 9 obj");
  private static final List<ActorMention> MENTIONS = List.of(
      new ActorMention(0, 6, "Diallo", "MLI", "GOV", "PERSON", ""),
      new ActorMention(25, 31, "Guinée", "GIN", "", "COUNTRY", ""));

  @Test
  void aPlaceSomeoneGoesToIsNotTheUnnamedOtherParty() {
    ArgumentActors resolver = new ArgumentActors(MENTIONS, Set.of(), Set.of(), List.of("MLI"), Set.of("pour", "en"), Set.of());
    Syntax syn = new Syntax(S);
    List<Actor> found = resolver.nearest(syn, syn.token(8), -1, Set.of("MLI"), true);
    assertEquals(List.of(), found);
  }

  @Test
  void withoutLocativesTheNearestCountryIsTaken() {
    ArgumentActors resolver = new ArgumentActors(MENTIONS, Set.of(), Set.of(), List.of("MLI"), Set.of(), Set.of());
    Syntax syn = new Syntax(S);
    List<Actor> found = resolver.nearest(syn, syn.token(8), -1, Set.of("MLI"), true);
    assertEquals("GIN", found.get(0).code());
  }

  @Test
  void aPossessivePatientStandsForTheLastPartyNamed() {
    // "Son chauffeur a été libéré" after the Malian minister was named
    Sentence s = Parsed.sentence(100,
        "Son DET son _ 2 det", "chauffeur NOUN chauffeur _ 5 nsubj:pass", "a AUX avoir _ 5 aux",
        "été AUX être _ 5 aux:pass", "libéré VERB libérer _ 0 root");
    ArgumentActors resolver = new ArgumentActors(List.of(new ActorMention(10, 25, "ministre malien", "MLI", "GOV",
        "ROLE", "")), Set.of(), Set.of(), List.of("FRA"), Set.of(), Set.of());
    Syntax syn = new Syntax(s);
    List<Actor> found = resolver.resolvePatient(List.of(syn.token(1)), syn, false, Set.of());
    assertEquals("MLI", found.get(0).code());
    // as an agent ("leur volonté de"), a possessive names nobody
    assertEquals(List.of(), resolver.resolve(List.of(syn.token(1)), syn, false));
  }

  @Test
  void theImpersonalIlStandsForNobody() {
    // "il s'agit des premières frappes", after the Malian minister was named
    Sentence s = Parsed.sentence(100,
        "il PRON il _ 3 nsubj", "s' PRON se _ 3 expl", "agit VERB agir _ 0 root", "de ADP de _ 5 case",
        "frappes NOUN frappe _ 3 obl");
    List<ActorMention> named = List.of(new ActorMention(10, 25, "ministre malien", "MLI", "GOV", "ROLE", ""));
    Syntax syn = new Syntax(s);
    assertEquals(List.of(), new ArgumentActors(named, Set.of("il"), Set.of(), List.of("FRA"), Set.of(), Set.of("agir"))
        .resolve(List.of(syn.token(0)), syn, false));
    assertEquals("MLI", new ArgumentActors(named, Set.of("il"), Set.of(), List.of("FRA"), Set.of(), Set.of())
        .resolve(List.of(syn.token(0)), syn, false).get(0).code());
  }

  @Test
  void aPossessiveAgentInAParPhraseStandsForTheLastPartyNamed() {
    // "le référendum a été qualifié de coup par ses détracteurs"
    Sentence s = Parsed.sentence(100,
        "qualifié VERB qualifier _ 0 root", "par ADP par _ 4 case", "ses DET son _ 4 det",
        "détracteurs NOUN détracteur _ 1 obl:agent");
    ArgumentActors resolver = new ArgumentActors(List.of(new ActorMention(10, 25, "président congolais", "COG",
        "GOV", "ROLE", "")), Set.of(), Set.of(), List.of("FRA"), Set.of(), Set.of());
    Syntax syn = new Syntax(s);
    assertEquals("COG", resolver.resolve(List.of(syn.token(3)), syn, false).get(0).code());
  }
}
