package org.veille.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.veille.model.Sentence;
import org.veille.model.Token;

class InvertedSubjectsTest {
  private static Token tok(int i, String word, String pos, String lemma, int head, String rel) {
    return new Token(i, word, i * 4, i * 4 + word.length(), pos, lemma, "", head, rel, "O");
  }

  @Test
  void anInvertedPronounParsedAsObjectBecomesTheSubject() {
    // ", a-t-il averti."
    List<Token> tokens = List.of(tok(0, ",", "PUNCT", ",", 3, "punct"), tok(1, "a", "AUX", "avoir", 3, "aux"),
        tok(2, "-t-il", "PRON", "il", 3, "obj"), tok(3, "averti", "VERB", "avertir", -1, "root"),
        tok(4, ".", "PUNCT", ".", 3, "punct"));
    Sentence s = InvertedSubjects.repair(new Sentence(0, 0, 20, ", a-t-il averti.", tokens, true));
    assertEquals("nsubj", s.tokens().get(2).deprel());
    assertEquals(3, s.tokens().get(2).head());
    assertEquals("aux", s.tokens().get(1).deprel());
  }

  @Test
  void onlyHyphenatedSubjectCliticsCount() {
    assertTrue(InvertedSubjects.isInvertedSubject(tok(0, "-t-elle", "PRON", "elle", 1, "obj")));
    assertTrue(InvertedSubjects.isInvertedSubject(tok(0, "-ils", "PRON", "il", 1, "obj")));
    assertFalse(InvertedSubjects.isInvertedSubject(tok(0, "le", "PRON", "le", 1, "obj")));
    assertFalse(InvertedSubjects.isInvertedSubject(tok(0, "-lui", "PRON", "lui", 1, "iobj")));
  }
}
