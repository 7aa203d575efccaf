package org.veille.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.veille.Parsed;
import org.veille.model.Modality;
import org.veille.model.Sentence;
import org.veille.nlp.Syntax;

class ModalityDetectorTest {
  private static final ModalityDetector DETECTOR = new ModalityDetector(ModalityRules.load("fr"));
  private static final Pattern SIGN = new Pattern("t", Set.of("signer"), "V", "SUPPORT", List.of("subj"),
      List.of(), Map.of(), "test");

  private static Modality of(Sentence s, int trigger) {
    var t = s.tokens().get(trigger);
    return DETECTOR.detect(new Candidate(SIGN, t, t, List.of(), List.of()), new Syntax(s));
  }

  @Test
  void passeComposeIsAsserted() {
    assertEquals(Modality.ASSERTED, of(Parsed.sentence(0,
        "Paris PROPN Paris _ 3 nsubj",
        "a AUX avoir Mood=Ind|Tense=Pres|VerbForm=Fin 3 aux",
        "signé VERB signer Tense=Past|VerbForm=Part 0 root"), 2));
  }

  @Test
  void futurSimpleAndAllerPlusInfinitiveAreFuture() {
    assertEquals(Modality.FUTURE, of(Parsed.sentence(0,
        "Paris PROPN Paris _ 2 nsubj",
        "signera VERB signer Mood=Ind|Tense=Fut|VerbForm=Fin 0 root"), 1));
    assertEquals(Modality.FUTURE, of(Parsed.sentence(0,
        "Paris PROPN Paris _ 2 nsubj",
        "va VERB aller Mood=Ind|Tense=Pres|VerbForm=Fin 0 root",
        "signer VERB signer VerbForm=Inf 2 xcomp"), 2));
  }

  @Test
  void conditionalAndPossibilityAreHypothetical() {
    assertEquals(Modality.HYPOTHETICAL, of(Parsed.sentence(0,
        "Paris PROPN Paris _ 2 nsubj",
        "pourrait VERB pouvoir Mood=Cnd|Tense=Pres|VerbForm=Fin 0 root",
        "signer VERB signer VerbForm=Inf 2 xcomp"), 2));
  }

  @Test
  void announcingToGoIsFutureButAnnouncingHavingDoneIsNot() {
    assertEquals(Modality.FUTURE, of(Parsed.sentence(0,
        "Rohani PROPN Rohani _ 3 nsubj",
        "a AUX avoir Mood=Ind|Tense=Pres|VerbForm=Fin 3 aux",
        "annoncé VERB annoncer Tense=Past|VerbForm=Part 0 root",
        "signer VERB signer VerbForm=Inf 3 xcomp"), 3));
    assertEquals(Modality.ASSERTED, of(Parsed.sentence(0,
        "Pyongyang PROPN Pyongyang _ 3 nsubj",
        "a AUX avoir Mood=Ind|Tense=Pres|VerbForm=Fin 3 aux",
        "annoncé VERB annoncer Tense=Past|VerbForm=Part 0 root",
        "avoir AUX avoir VerbForm=Inf 5 aux",
        "signé VERB signer Tense=Past|VerbForm=Part 3 xcomp"), 4));
  }

  @Test
  void siWithAPasseComposeIsAFactButWithAnImperfectAHypothesis() {
    assertEquals(Modality.ASSERTED, of(Parsed.sentence(0,
        "Si SCONJ si _ 4 mark",
        "Rabat PROPN Rabat _ 4 nsubj",
        "a AUX avoir Mood=Ind|Tense=Pres|VerbForm=Fin 4 aux",
        "signé VERB signer Tense=Past|VerbForm=Part 0 root"), 3));
    assertEquals(Modality.HYPOTHETICAL, of(Parsed.sentence(0,
        "Si SCONJ si _ 3 mark",
        "Rabat PROPN Rabat _ 3 nsubj",
        "signait VERB signer Mood=Ind|Tense=Imp|VerbForm=Fin 0 root"), 2));
    assertEquals(Modality.HYPOTHETICAL, of(Parsed.sentence(0,
        "Si SCONJ si _ 4 mark",
        "Rabat PROPN Rabat _ 4 nsubj",
        "avait AUX avoir Mood=Ind|Tense=Imp|VerbForm=Fin 4 aux",
        "signé VERB signer Tense=Past|VerbForm=Part 0 root"), 3));
  }

  @Test
  void aVerbCoordinatedWithADenialIsNotDenied() {
    assertEquals(Modality.ASSERTED, of(Parsed.sentence(0,
        "Rabat PROPN Rabat _ 3 nsubj",
        "a AUX avoir Mood=Ind|Tense=Pres|VerbForm=Fin 3 aux",
        "démenti VERB démentir Tense=Past|VerbForm=Part 0 root",
        "et CCONJ et _ 5 cc",
        "signe VERB signer Mood=Ind|Tense=Pres|VerbForm=Fin 3 conj"), 4));
    assertEquals(Modality.NEGATED, of(Parsed.sentence(0,
        "Rabat PROPN Rabat _ 2 nsubj",
        "refuse VERB refuser Mood=Ind|Tense=Pres|VerbForm=Fin 0 root",
        "de ADP de _ 4 mark",
        "signer VERB signer VerbForm=Inf 2 xcomp",
        "et CCONJ et _ 6 cc",
        "ratifier VERB signer VerbForm=Inf 4 conj"), 5));
  }

  @Test
  void plusWithoutNeIsNotANegation() {
    assertEquals(Modality.ASSERTED, of(Parsed.sentence(0,
        "Il PRON il _ 2 nsubj",
        "signe VERB signer Mood=Ind|Tense=Pres|VerbForm=Fin 0 root",
        "plus ADV plus _ 2 advmod"), 1));
  }

  @Test
  void negationOutranksFuture() {
    assertEquals(Modality.NEGATED, of(Parsed.sentence(0,
        "Paris PROPN Paris _ 4 nsubj",
        "ne ADV ne _ 4 advmod",
        "signera VERB signer Mood=Ind|Tense=Fut|VerbForm=Fin 0 root",
        "pas ADV pas _ 3 advmod"), 2));
    assertEquals(Modality.NEGATED, of(Parsed.sentence(0,
        "Paris PROPN Paris _ 2 nsubj",
        "refuse VERB refuser Mood=Ind|Tense=Pres|VerbForm=Fin 0 root",
        "de ADP de _ 4 mark",
        "signer VERB signer VerbForm=Inf 2 xcomp"), 3));
  }
  @Test
  void aCoordinatedClauseWithItsOwnSubjectKeepsItsOwnModality() {
    // "Moscou pourrait céder et les Alliés ont signé": the signing is not hypothetical
    assertEquals(Modality.ASSERTED, of(Parsed.sentence(0,
        "Moscou PROPN Moscou _ 2 nsubj",
        "pourrait VERB pouvoir Mood=Cnd|Tense=Pres|VerbForm=Fin 0 root",
        "céder VERB céder VerbForm=Inf 2 xcomp",
        "et CCONJ et _ 8 cc",
        "les DET le _ 6 det",
        "Alliés NOUN allié _ 8 nsubj",
        "ont AUX avoir Mood=Ind|Tense=Pres|VerbForm=Fin 8 aux",
        "signé VERB signer Tense=Past|VerbForm=Part 3 conj"), 7));
    // without a subject of its own it shares the governor: "pourrait céder et signer"
    assertEquals(Modality.HYPOTHETICAL, of(Parsed.sentence(0,
        "Moscou PROPN Moscou _ 2 nsubj",
        "pourrait VERB pouvoir Mood=Cnd|Tense=Pres|VerbForm=Fin 0 root",
        "céder VERB céder VerbForm=Inf 2 xcomp",
        "et CCONJ et _ 5 cc",
        "signer VERB signer VerbForm=Inf 3 conj"), 4));
  }

  @Test
  void aVerbWithAFiniteAuxiliaryIsNotAnInfinitiveComplement() {
    // misparse of "X pourrait être visé et les députés avaient demandé": "demandé" as xcomp of "pourrait"
    assertEquals(Modality.ASSERTED, of(Parsed.sentence(0,
        "Il PRON il _ 2 nsubj",
        "pourrait VERB pouvoir Mood=Cnd|Tense=Pres|VerbForm=Fin 0 root",
        "avaient AUX avoir Mood=Ind|Tense=Imp|VerbForm=Fin 4 aux",
        "signé VERB signer Tense=Past|VerbForm=Part 2 xcomp"), 3));
  }

  @Test
  void allerParsedAsAuxiliaryIsFutureAlsoInTheImperfect() {
    // "les entreprises allaient signer" (future in the past)
    assertEquals(Modality.FUTURE, of(Parsed.sentence(0,
        "entreprises NOUN entreprise _ 3 nsubj",
        "allaient AUX aller Mood=Ind|Tense=Imp|VerbForm=Fin 3 aux",
        "signer VERB signer VerbForm=Inf 0 root"), 2));
  }

  @Test
  void aNounSubjectOfPlannedIsFutureWhetherParsedAsPassiveOrCopula() {
    // "de nouvelles manifestations ont été prévues mardi", "prévues" parsed as adjective with "été" as cop
    Sentence s = Parsed.sentence(0,
        "manifestations NOUN manifestation _ 4 nsubj",
        "ont AUX avoir Mood=Ind|Tense=Pres|VerbForm=Fin 4 aux",
        "été AUX être Tense=Past|VerbForm=Part 4 cop",
        "prévues ADJ prévoir Tense=Past|VerbForm=Part 0 root");
    Pattern protest = new Pattern("p", Set.of("manifestation"), "N", "PROTEST", List.of(), List.of(), Map.of(),
        "test");
    var c = new Candidate(protest, s.tokens().get(0), s.tokens().get(3), List.of(), List.of());
    assertEquals(Modality.FUTURE, DETECTOR.detect(c, new Syntax(s)));
  }
  @Test
  void aSettingNounWithItsOwnCueKeepsIt() {
    // "le contrat devrait être signé lors de la visite prévue": the visit is planned, not hypothetical
    Sentence s = Parsed.sentence(0,
        "contrat NOUN contrat _ 2 nsubj",
        "devrait VERB devoir Mood=Cnd|Tense=Pres|VerbForm=Fin 0 root",
        "être AUX être VerbForm=Inf 4 aux:pass",
        "signé VERB signer Tense=Past|VerbForm=Part 2 xcomp",
        "lors ADV lors _ 8 case",
        "de ADP de _ 5 fixed",
        "la DET le _ 8 det",
        "visite NOUN visite _ 4 obl:mod",
        "prévue VERB prévoir Tense=Past|VerbForm=Part 8 acl");
    Pattern visit = new Pattern("v", Set.of("visite"), "N", "CONSULT", List.of(), List.of(), Map.of(), "test");
    var c = new Candidate(visit, s.tokens().get(7), s.tokens().get(3), List.of(), List.of());
    assertEquals(Modality.FUTURE, DETECTOR.detect(c, new Syntax(s)));
    // without a cue of its own, it still shares the clause's
    Sentence bare = Parsed.sentence(0,
        "contrat NOUN contrat _ 2 nsubj",
        "devrait VERB devoir Mood=Cnd|Tense=Pres|VerbForm=Fin 0 root",
        "être AUX être VerbForm=Inf 4 aux:pass",
        "signé VERB signer Tense=Past|VerbForm=Part 2 xcomp",
        "lors ADV lors _ 8 case",
        "de ADP de _ 5 fixed",
        "la DET le _ 8 det",
        "visite NOUN visite _ 4 obl:mod");
    var c2 = new Candidate(visit, bare.tokens().get(7), bare.tokens().get(3), List.of(), List.of());
    assertEquals(Modality.HYPOTHETICAL, DETECTOR.detect(c2, new Syntax(bare)));
  }
}
