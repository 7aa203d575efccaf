package org.veille.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.veille.Parsed;
import org.veille.model.Sentence;

class TenseHintTest {
  @Test
  void bareParticipleOnANounSaysNothingOfWhen() {
    // "la visite , prévue le 20 février" must not read the date as past (it would become last year's)
    Sentence s = Parsed.sentence(0,
        "la DET le _ 2 det",
        "visite NOUN visite _ 0 root",
        ", PUNCT , _ 4 punct",
        "prévue VERB prévoir Tense=Past|VerbForm=Part 2 acl",
        "le DET le _ 7 det",
        "20 NUM 20 _ 7 nummod",
        "février NOUN février _ 4 obl");
    assertEquals(TemporalDirection.NEUTRAL, TenseHint.direction(s, s.text().indexOf("le 20")));
  }

  @Test
  void compoundPastLooksBack() {
    // "qui avait été arrêté le 3 février"
    Sentence s = Parsed.sentence(0,
        "qui PRON qui _ 4 nsubj:pass",
        "avait AUX avoir Mood=Ind|Tense=Imp|VerbForm=Fin 4 aux",
        "été AUX être Tense=Past|VerbForm=Part 4 aux:pass",
        "arrêté VERB arrêter Tense=Past|VerbForm=Part 0 root",
        "le DET le _ 7 det",
        "3 NUM 3 _ 7 nummod",
        "février NOUN février _ 4 obl");
    assertEquals(TemporalDirection.PAST, TenseHint.direction(s, s.text().indexOf("le 3")));
  }
}
