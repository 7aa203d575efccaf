package org.veille.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.veille.Parsed;
import org.veille.model.Sentence;
import org.veille.nlp.Syntax;

class PatternMatcherTest {
  private static PatternMatcher matcher(String rules) throws Exception {
    return new PatternMatcher(PatternFile.parse("t", new BufferedReader(new StringReader(rules))));
  }

  private static final Sentence SE_RENDRE = Parsed.sentence(0,
      "Macron PROPN Macron _ 3 nsubj",
      "se PRON se _ 3 expl:comp",
      "rendra VERB rendre Tense=Fut 0 root",
      "à ADP à _ 5 case",
      "Astana PROPN Astana _ 3 obl:arg");

  @Test
  void reflexiveConditionTellsSeRendreFromRendre() throws Exception {
    PatternMatcher m = matcher("v rendre V CONSULT subj obl:à refl\n");
    List<Candidate> found = m.match(new Syntax(SE_RENDRE));
    assertEquals(1, found.size());
    assertEquals("Macron", found.get(0).actorArgs().get(0).word());
    assertEquals("Astana", found.get(0).recipientArgs().get(0).word());
    Sentence plain = Parsed.sentence(0, "Paris PROPN Paris _ 2 nsubj", "rend VERB rendre _ 0 root",
        "hommage NOUN hommage _ 2 obj");
    assertTrue(m.match(new Syntax(plain)).isEmpty());
  }

  @Test
  void objectConditionAndTheCheapPreCheck() throws Exception {
    PatternMatcher m = matcher("s signer V SUPPORT subj - obj=accord/feuille_de_route\n");
    Sentence autograph = Parsed.sentence(0, "Il PRON il _ 2 nsubj", "signe VERB signer _ 0 root",
        "un DET un _ 4 det", "autographe NOUN autographe _ 2 obj");
    assertTrue(m.match(new Syntax(autograph)).isEmpty());
    assertTrue(!m.couldMatch(autograph.tokens()), "no agreement word: not worth parsing");
    Sentence deal = Parsed.sentence(0, "Kiev PROPN Kiev _ 2 nsubj", "signe VERB signer _ 0 root",
        "un DET un _ 4 det", "accord NOUN accord _ 2 obj");
    assertEquals(1, m.match(new Syntax(deal)).size());
    assertTrue(m.couldMatch(deal.tokens()));
  }

  @Test
  void multiWordTriggersMatchWholeAndComeBeforeTheirFirstWord() throws Exception {
    PatternMatcher m = matcher("strike grève N PROTEST nmod:de -\nhunger grève_de_la_faim N PROTEST nmod:de - mode=hunger\n");
    Sentence s = Parsed.sentence(0, "une DET un _ 2 det", "grève NOUN grève _ 0 root", "de ADP de _ 5 case",
        "la DET le _ 5 det", "faim NOUN faim _ 2 nmod");
    assertEquals("hunger", m.match(new Syntax(s)).get(0).pattern().id());
    Sentence plain = Parsed.sentence(0, "une DET un _ 2 det", "grève NOUN grève _ 0 root");
    assertEquals("strike", m.match(new Syntax(plain)).get(0).pattern().id());
  }

  @Test
  void govobjIsThePatientOfTheGoverningVerbNeverTheTriggerItself() throws Exception {
    PatternMatcher m = matcher("r démission N RETREAT govobj - gov=contraindre/réclamer\n");
    Sentence forced = Parsed.sentence(0, "Le DET le _ 2 det", "ministre NOUN ministre _ 5 nsubj:pass",
        "a AUX avoir _ 5 aux", "été AUX être _ 5 aux:pass", "contraint VERB contraindre VerbForm=Part 0 root",
        "à ADP à _ 8 case", "la DET le _ 8 det", "démission NOUN démission _ 5 obl");
    List<Candidate> found = m.match(new Syntax(forced));
    assertEquals(1, found.size());
    assertEquals("ministre", found.get(0).actorArgs().get(0).word());
    // "l'opposition réclame la démission": the object of the verb is the trigger, which is no actor
    Sentence demanded = Parsed.sentence(0, "opposition NOUN opposition _ 2 nsubj", "réclame VERB réclamer _ 0 root",
        "la DET le _ 4 det", "démission NOUN démission _ 2 obj");
    List<Candidate> asked = m.match(new Syntax(demanded));
    assertEquals(1, asked.size());
    assertTrue(asked.get(0).actorArgs().isEmpty(), "no patient other than the trigger");
  }

  @Test
  void unknownArgumentPathIsRejectedWithItsSource() {
    IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> matcher("x rendre V CONSULT sujet -\n"));
    assertTrue(e.getMessage().contains("t:1"), e.getMessage());
  }

  @Test
  void theAgentOfAPassiveVerbIsNotTheAuthorOfItsSubjectNoun() throws Exception {
    PatternMatcher m = matcher("n frappe N ASSAULT gov -\n");
    // "les frappes sont critiquées par des ONG": the ONG criticise, they did not strike
    Sentence passive = Parsed.sentence(0, "les DET le _ 2 det", "frappes NOUN frappe _ 4 nsubj:pass",
        "sont AUX être _ 4 aux:pass", "critiquées VERB critiquer _ 0 root", "par ADP par _ 7 case",
        "des DET un _ 7 det", "ONG NOUN ONG _ 4 obl:agent");
    assertTrue(m.match(new Syntax(passive)).get(0).actorArgs().isEmpty());
    // "l'armée a mené des frappes": the subject of the governing verb is the author
    Sentence active = Parsed.sentence(0, "l' DET le _ 2 det", "armée NOUN armée _ 4 nsubj",
        "a AUX avoir _ 4 aux", "mené VERB mener _ 0 root", "des DET un _ 6 det", "frappes NOUN frappe _ 4 obj");
    assertEquals("armée", m.match(new Syntax(active)).get(0).actorArgs().get(0).word());
  }

  @Test
  void theAgentOfAnAnnouncingPassiveVerbIsTheAuthorOfItsSubjectNoun() throws Exception {
    PatternMatcher m = new PatternMatcher(PatternFile.parse("t", new BufferedReader(new StringReader(
        "n limogeage N SANCTION gov -\n"))), java.util.Set.of("annoncer"));
    // "le limogeage a été annoncé par le président": whoever announces a dismissal made it
    Sentence announced = Parsed.sentence(0, "le DET le _ 2 det", "limogeage NOUN limogeage _ 5 nsubj:pass",
        "a AUX avoir _ 5 aux", "été AUX être _ 5 aux:pass", "annoncé VERB annoncer _ 0 root",
        "par ADP par _ 8 case", "le DET le _ 8 det", "président NOUN président _ 5 obl:agent");
    assertEquals("président", m.match(new Syntax(announced)).get(0).actorArgs().get(0).word());
    // the same shape with a verb that only reacts to the act keeps the agent out
    Sentence criticised = Parsed.sentence(0, "le DET le _ 2 det", "limogeage NOUN limogeage _ 5 nsubj:pass",
        "a AUX avoir _ 5 aux", "été AUX être _ 5 aux:pass", "critiqué VERB critiquer _ 0 root",
        "par ADP par _ 8 case", "le DET le _ 8 det", "syndicat NOUN syndicat _ 5 obl:agent");
    assertTrue(m.match(new Syntax(criticised)).get(0).actorArgs().isEmpty());
  }
}
