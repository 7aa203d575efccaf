package org.veille.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FrenchLexiconTest {
  @ParameterizedTest(name = "{0}/{1} → {2} [{3}]")
  @CsvSource({
      "rendra, VERB, rendre, Tense=Fut",
      "mèneront, VERB, mener, Tense=Fut",
      "avait, AUX, avoir, Tense=Imp",
      "étaient, AUX, être, Tense=Imp",    // not "étayer"
      "a, AUX, avoir, Tense=Pres",
      "signé, VERB, signer, VerbForm=Part",
      "pourrait, VERB, pouvoir, Mood=Cnd",
      "cherche, VERB, chercher, Mood=Ind", // indicative before imperative or subjunctive
      "visite, NOUN, visite, ''",
      "émeutes, NOUN, émeute, ''",
  })
  void lemmaAndFeaturesFitThePartOfSpeech(String form, String upos, String lemma, String feature) {
    Morphology m = FrenchLexicon.get().analyze(form, upos);
    assertEquals(lemma, m.lemma());
    if (!feature.isEmpty()) {
      assertTrue(("|" + m.feats() + "|").contains("|" + feature + "|"), m.feats());
    }
  }

  @ParameterizedTest
  @CsvSource({"Kazakhstan, PROPN, Kazakhstan", "xyzzyq, NOUN, xyzzyq"})
  void unknownWordsKeepTheirForm(String form, String upos, String lemma) {
    assertEquals(lemma, FrenchLexicon.get().analyze(form, upos).lemma());
  }
}
