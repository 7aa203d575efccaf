package org.veille.coding;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.veille.Parsed;
import org.veille.model.ActorMention;
import org.veille.model.Article;
import org.veille.model.Document;
import org.veille.model.Sentence;

class SentenceFilterTest {
  private static SentenceFilter filter() throws Exception {
    PatternMatcher m = new PatternMatcher(PatternFile.parse("t",
        new BufferedReader(new StringReader("attack attaque N ASSAULT nmod:de nmod:contre\n"))));
    return new SentenceFilter(m, Set.of("il"), Set.of("pays"));
  }

  /** A document whose text holds the sentence, with an actor named over its first word. */
  private static Document docWithActor(Sentence s) {
    Article a = new Article("a1", "fr", LocalDate.of(2026, 1, 1), "", s.text(), "");
    ActorMention russia = new ActorMention(0, 6, "Russie", "RUS", "", "country", "");
    return Document.of(a).withActors(List.of(russia));
  }

  @Test
  void aSentenceWithATriggerAndANamedActorIsParsed() throws Exception {
    Sentence body = Parsed.sentence(0, "Russie PROPN Russie _ 0 root", "condamne VERB condamner _ 1 dep",
        "l' DET le _ 4 det", "attaque NOUN attaque _ 2 obj", ". PUNCT . _ 2 punct");
    assertTrue(filter().canHoldEvent(docWithActor(body), body.tokens()));
  }

  @Test
  void aHeadingIsNotParsedSinceTheCoderSkipsIt() throws Exception {
    // same words, no final punctuation: a title, which only sums up the body
    Sentence title = Parsed.sentence(0, "Russie PROPN Russie _ 0 root", "condamne VERB condamner _ 1 dep",
        "l' DET le _ 4 det", "attaque NOUN attaque _ 2 obj");
    assertTrue(CandidateFilters.isHeading(title));
    assertFalse(filter().canHoldEvent(docWithActor(title), title.tokens()));
  }

  @Test
  void noTriggerNoParse() throws Exception {
    Sentence s = Parsed.sentence(0, "Russie PROPN Russie _ 0 root", "vote VERB voter _ 1 dep",
        ". PUNCT . _ 2 punct");
    assertFalse(filter().canHoldEvent(docWithActor(s), s.tokens()));
  }

  /** A document whose text holds the sentence and names nobody. */
  private static Document docWithoutActor(Sentence s) {
    return Document.of(new Article("a2", "fr", LocalDate.of(2026, 1, 1), "", s.text(), ""));
  }

  @Test
  void aPairNounIsAReferenceOnlyUnderDeuxOrADemonstrative() throws Exception {
    Sentence bare = Parsed.sentence(0, "Le DET le _ 2 det", "pays NOUN pays _ 3 nsubj",
        "dénonce VERB dénoncer _ 0 root", "une DET un _ 5 det", "attaque NOUN attaque _ 3 obj", ". PUNCT . _ 3 punct");
    assertFalse(filter().canHoldEvent(docWithoutActor(bare), bare.tokens()), "'le pays' stands for nobody");
    Sentence pair = Parsed.sentence(0, "Les DET le _ 3 det", "deux NUM deux _ 3 nummod", "pays NOUN pays _ 4 nsubj",
        "dénoncent VERB dénoncer _ 0 root", "une DET un _ 6 det", "attaque NOUN attaque _ 4 obj", ". PUNCT . _ 4 punct");
    assertTrue(filter().canHoldEvent(docWithoutActor(pair), pair.tokens()));
    Sentence demonstrative = Parsed.sentence(0, "Ce DET ce _ 2 det", "pays NOUN pays _ 3 nsubj",
        "dénonce VERB dénoncer _ 0 root", "une DET un _ 5 det", "attaque NOUN attaque _ 3 obj", ". PUNCT . _ 3 punct");
    assertTrue(filter().canHoldEvent(docWithoutActor(demonstrative), demonstrative.tokens()));
    Sentence pronoun = Parsed.sentence(0, "Il PRON il _ 2 nsubj", "dénonce VERB dénoncer _ 0 root",
        "une DET un _ 4 det", "attaque NOUN attaque _ 2 obj", ". PUNCT . _ 2 punct");
    assertTrue(filter().canHoldEvent(docWithoutActor(pronoun), pronoun.tokens()));
  }
}
