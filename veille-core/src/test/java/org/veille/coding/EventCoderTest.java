package org.veille.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.veille.Parsed;
import org.veille.model.ActorMention;
import org.veille.model.Article;
import org.veille.model.Document;
import org.veille.model.Event;
import org.veille.model.Modality;
import org.veille.model.Sentence;
import org.veille.model.TimeExpression;

/** The coder on hand-parsed sentences: patterns, arguments, modality, dating, provenance. */
class EventCoderTest {
  private static final EventCoder CODER = new EventCoder("fr", false);
  private static final LocalDate PUBLISHED = LocalDate.of(2023, 10, 19);

  static final Sentence VISIT = Parsed.sentence(0,
      "Emmanuel PROPN Emmanuel _ 4 nsubj",
      "Macron PROPN Macron _ 1 flat:name",
      "se PRON se _ 4 expl:comp",
      "rendra VERB rendre Mood=Ind|Tense=Fut|VerbForm=Fin 0 root",
      "à ADP à _ 7 case",
      "le DET le _ 7 det",
      "Kazakhstan PROPN Kazakhstan _ 4 obl:arg",
      "le DET le _ 10 det",
      "1er NUM 1er _ 10 nummod",
      "novembre NOUN novembre _ 4 obl:mod",
      ". PUNCT . _ 4 punct");

  private static Document doc(List<Sentence> sentences, List<ActorMention> actors, List<TimeExpression> times) {
    StringBuilder text = new StringBuilder();
    List<Sentence> indexed = new ArrayList<>();
    for (Sentence s : sentences) {
      while (text.length() < s.start()) {
        text.append(' ');
      }
      text.append(s.text());
      indexed.add(new Sentence(indexed.size(), s.start(), s.end(), s.text(), s.tokens(), true));
    }
    Article a = new Article("t1", "fr", PUBLISHED, "", text.toString(), null);
    return Document.of(a).withSentences(indexed).withActors(actors).withTimes(times);
  }

  @Test
  void announcedVisitIsFutureDatedToItsOwnDateAndPlacedAtTheHost() {
    Document d = doc(List.of(VISIT), List.of(
        new ActorMention(0, 15, "Emmanuel Macron", "FRA", "GOV", "PERSON", "macron_emmanuel"),
        new ActorMention(31, 41, "Kazakhstan", "KAZ", "", "COUNTRY", "")),
        List.of(new TimeExpression(42, 57, "le 1er novembre", "DATE", "2023-11-01")));
    List<Event> events = CODER.code(d);
    assertEquals(1, events.size());
    Event e = events.get(0);
    assertEquals("CONSULT", e.type());
    assertEquals("visit", e.mode());
    assertEquals("FRA", e.actor().get(0).code());
    assertEquals("KAZ", e.recipient().get(0).code());
    assertEquals(Modality.FUTURE, e.modality());
    assertEquals("2023-11-01", e.date());
    assertEquals("KAZ", e.location().country());
    assertEquals("042", e.cameo().substring(0, 3).equals("043") ? "043" : e.cameo());
    var m = e.mainMention();
    assertEquals(d.text().substring(m.start(), m.end()), m.quote());
    assertTrue(m.quote().contains("rendra"), m.quote());
  }

  @Test
  void negatedSigningIsNegatedAndUndated() {
    Sentence s = Parsed.sentence(0,
        "La DET le _ 2 det",
        "Russie PROPN Russie _ 6 nsubj",
        "n' ADV ne _ 6 advmod",
        "a AUX avoir Mood=Ind|Tense=Pres|VerbForm=Fin 6 aux",
        "pas ADV pas _ 6 advmod",
        "signé VERB signer Tense=Past|VerbForm=Part 0 root",
        "l' DET le _ 8 det",
        "accord NOUN accord _ 6 obj",
        ". PUNCT . _ 6 punct");
    Document d = doc(List.of(s), List.of(new ActorMention(3, 9, "Russie", "RUS", "", "COUNTRY", "")), List.of());
    List<Event> events = CODER.code(d);
    assertEquals(1, events.size());
    assertEquals("SUPPORT", events.get(0).type());
    assertEquals(Modality.NEGATED, events.get(0).modality());
    assertEquals(null, events.get(0).date());
  }

  @Test
  void theTwoMenAreTheTwoPartiesLastNamedAndTheirTalksTakeTheAnnouncedDate() {
    Sentence talks = Parsed.sentence(VISIT.end() + 1,
        "Les DET le _ 3 det",
        "deux NUM deux _ 3 nummod",
        "hommes NOUN homme _ 4 nsubj",
        "mèneront VERB mener Mood=Ind|Tense=Fut|VerbForm=Fin 0 root",
        "des DET un _ 6 det",
        "négociations NOUN négociation _ 4 obj",
        ". PUNCT . _ 4 punct");
    Document d = doc(List.of(VISIT, talks), List.of(
        new ActorMention(0, 15, "Emmanuel Macron", "FRA", "GOV", "PERSON", "macron_emmanuel"),
        new ActorMention(31, 41, "Kazakhstan", "KAZ", "", "COUNTRY", "")),
        List.of(new TimeExpression(42, 57, "le 1er novembre", "DATE", "2023-11-01")));
    List<Event> events = CODER.code(d);
    assertEquals(2, events.size(), events.toString());
    Event t = events.get(1);
    assertEquals("CONSULT", t.type());
    assertTrue(t.symmetric());
    assertEquals(List.of("KAZ", "FRA"), t.actor().stream().map(a -> a.code()).toList());
    assertEquals(Modality.FUTURE, t.modality());
    assertEquals("2023-11-01", t.date());
  }

  @Test
  void peopleAreCodedAsOfTheEventNotTheArticle() {
    Sentence s = Parsed.sentence(0,
        "Hollande PROPN Hollande _ 3 nsubj",
        "a AUX avoir Mood=Ind|Tense=Pres|VerbForm=Fin 3 aux",
        "rencontré VERB rencontrer Tense=Past|VerbForm=Part 0 root",
        "Angela PROPN Angela _ 3 obj",
        "Merkel PROPN Merkel _ 4 flat:name",
        "en ADP en _ 7 case",
        "2016 NUM 2016 _ 3 obl:mod",
        ". PUNCT . _ 3 punct");
    // mentions as the gazetteer resolves them for an article of 2020: Hollande is out of office
    Document d = doc(List.of(s), List.of(
        new ActorMention(0, 8, "Hollande", "FRA", "ELI", "PERSON", "hollande_francois"),
        new ActorMention(21, 34, "Angela Merkel", "DEU", "ELI", "PERSON", "")),
        List.of(new TimeExpression(38, 42, "2016", "DATE", "2016")));
    Event e = CODER.code(d).get(0);
    assertEquals("2016", e.date());
    assertEquals("FRA", e.actor().get(0).code());
    assertEquals("GOV", e.actor().get(0).sector(), "president in 2016");
    assertEquals("hollande_francois", e.actor().get(0).entity());
  }

  @Test
  void noActorNoEvent() {
    Document d = doc(List.of(VISIT), List.of(), List.of());
    assertTrue(CODER.code(d).isEmpty());
  }

  @Test
  void headingsAreNotCoded() {
    Sentence heading = Parsed.sentence(0,
        "Macron PROPN Macron _ 3 nsubj",
        "se PRON se _ 3 expl:comp",
        "rendra VERB rendre Mood=Ind|Tense=Fut|VerbForm=Fin 0 root",
        "à ADP à _ 5 case",
        "Astana PROPN Astana _ 3 obl:arg");
    assertTrue(CandidateFilters.isHeading(heading));
    assertFalse(CandidateFilters.isHeading(VISIT));
  }
}
