package org.veille.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.veille.Parsed;
import org.veille.model.Sentence;

class SyntaxTest {
  // "L' accord a été signé par la France"
  private final Sentence passive = Parsed.sentence(0,
      "L' DET le _ 2 det",
      "accord NOUN accord _ 5 nsubj:pass",
      "a AUX avoir Tense=Pres 5 aux",
      "été AUX être VerbForm=Part 5 aux:pass",
      "signé VERB signer Tense=Past|VerbForm=Part 0 root",
      "par ADP par _ 8 case",
      "la DET le _ 8 det",
      "France PROPN France _ 5 obl:agent");

  @Test
  void passiveAgentIsTheSubjectAndPassiveSubjectTheObject() {
    Syntax syn = new Syntax(passive);
    assertTrue(syn.isPassive(passive.tokens().get(4)));
    assertEquals("France", syn.subject(passive.tokens().get(4)).word());
    assertEquals("accord", syn.object(passive.tokens().get(4)).word());
  }

  @Test
  void coordinatedVerbsShareTheirSubject() {
    // "Le Mali accueille et soutient les réfugiés"
    Sentence s = Parsed.sentence(0,
        "Le DET le _ 2 det",
        "Mali PROPN Mali _ 3 nsubj",
        "accueille VERB accueillir Tense=Pres 0 root",
        "et CCONJ et _ 5 cc",
        "soutient VERB soutenir Tense=Pres 3 conj",
        "les DET le _ 7 det",
        "réfugiés NOUN réfugié _ 5 obj");
    Syntax syn = new Syntax(s);
    assertEquals("Mali", syn.subject(s.tokens().get(4)).word());
  }

  @Test
  void relativePronounStandsForItsAntecedent() {
    // "le dirigeant qui avait effectué une visite"
    Sentence s = Parsed.sentence(0,
        "le DET le _ 2 det",
        "dirigeant NOUN dirigeant _ 0 root",
        "qui PRON qui _ 5 nsubj",
        "avait AUX avoir Tense=Imp 5 aux",
        "effectué VERB effectuer VerbForm=Part 2 acl:relcl",
        "une DET un _ 7 det",
        "visite NOUN visite _ 5 obj");
    Syntax syn = new Syntax(s);
    assertEquals("dirigeant", syn.subject(s.tokens().get(4)).word());
    assertEquals("effectué", syn.clauseHead(s.tokens().get(6)).word());
  }

  @Test
  void prepositionsAndPhrases() {
    Syntax syn = new Syntax(passive);
    assertEquals("par", syn.preposition(passive.tokens().get(7)));
    assertEquals(1, syn.prepositional(passive.tokens().get(4), Set.of("par")).size());
    assertEquals(3, syn.phrase(passive.tokens().get(7)).size());
    assertNull(syn.head(passive.tokens().get(4)));
  }
}
