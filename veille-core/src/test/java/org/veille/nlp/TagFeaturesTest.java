package org.veille.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TagFeaturesTest {
  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      "V ind futu 3 s; Mood=Ind|Tense=Fut|VerbForm=Fin",
      "V con pres 3 p; Mood=Cnd|Tense=Pres|VerbForm=Fin",
      "V avoir ind impa 3 s; Mood=Ind|Tense=Imp|VerbForm=Fin",
      "V ppa f s; Tense=Past|VerbForm=Part",
      "V inf; VerbForm=Inf",
      "N f s; ''",
  })
  void dictionaryTagsBecomeUdFeatures(String tag, String feats) {
    assertEquals(feats, TagFeatures.of(tag));
  }
}
