package org.veille.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.veille.Parsed;
import org.veille.model.Modality;
import org.veille.model.Sentence;
import org.veille.model.TimeExpression;
import org.veille.nlp.Syntax;

class EventDaterTest {
  private static final LocalDate PUB = LocalDate.of(2024, 11, 5);

  @Test
  void attachedExpressionDatesTheEvent() {
    // "qui avait effectué en novembre une visite"
    Sentence s = Parsed.sentence(0,
        "qui PRON qui _ 3 nsubj",
        "avait AUX avoir Mood=Ind|Tense=Imp|VerbForm=Fin 3 aux",
        "effectué VERB effectuer Tense=Past|VerbForm=Part 0 root",
        "en ADP en _ 5 case",
        "novembre NOUN novembre _ 3 obl:mod",
        "une DET un _ 7 det",
        "visite NOUN visite _ 3 obj");
    var times = List.of(new TimeExpression(29, 37, "novembre", "DATE", "2023-11"));
    Syntax syn = new Syntax(s);
    assertEquals("2023-11", EventDater.date(s.tokens().get(6), s.tokens().get(2), syn, times, PUB, Modality.ASSERTED));
  }

  @Test
  void pluperfectWithoutDateIsBackgroundNotNewsOfTheDay() {
    Sentence s = Parsed.sentence(0,
        "Paris PROPN Paris _ 3 nsubj",
        "avait AUX avoir Mood=Ind|Tense=Imp|VerbForm=Fin 3 aux",
        "signé VERB signer Tense=Past|VerbForm=Part 0 root");
    assertNull(EventDater.date(s.tokens().get(2), s.tokens().get(2), new Syntax(s), List.of(), PUB, Modality.ASSERTED));
  }

  @Test
  void passeComposeWithoutDateIsNewsOfTheDay() {
    Sentence s = Parsed.sentence(0,
        "Paris PROPN Paris _ 3 nsubj",
        "a AUX avoir Mood=Ind|Tense=Pres|VerbForm=Fin 3 aux",
        "signé VERB signer Tense=Past|VerbForm=Part 0 root");
    assertEquals("2024-11-05", EventDater.date(s.tokens().get(2), s.tokens().get(2), new Syntax(s), List.of(), PUB,
        Modality.ASSERTED));
  }

  @Test
  void aYearAfterHisVisitDatesTheVisitAYearBeforeAtMonthPrecision() {
    // "Un an après sa visite , Macron a reçu"
    Sentence s = Parsed.sentence(0,
        "Un DET un _ 2 det",
        "an NOUN an _ 9 obl:mod",
        "après ADP après _ 5 case",
        "sa DET son _ 5 det",
        "visite NOUN visite _ 9 obl:mod",
        ", PUNCT , _ 5 punct",
        "Macron PROPN Macron _ 9 nsubj",
        "a AUX avoir Mood=Ind|Tense=Pres|VerbForm=Fin 9 aux",
        "reçu VERB recevoir Tense=Past|VerbForm=Part 0 root");
    var times = List.of(new TimeExpression(0, 5, "Un an", "DURATION", "P1Y"));
    assertEquals("2023-11", EventDater.date(s.tokens().get(4), s.tokens().get(8), new Syntax(s), times, PUB,
        Modality.ASSERTED));
  }

  @Test
  void undatedNewsFollowsTheDayTheStoryIsAt() {
    Sentence s = Parsed.sentence(100,
        "Paris PROPN Paris _ 3 nsubj",
        "a AUX avoir Mood=Ind|Tense=Pres|VerbForm=Fin 3 aux",
        "signé VERB signer Tense=Past|VerbForm=Part 0 root");
    var trigger = s.tokens().get(2);
    var sunday = new TimeExpression(10, 25, "dimanche 3 novembre", "DATE", "2024-11-03");
    var old = new TimeExpression(30, 40, "le 1er mars", "DATE", "2024-03-01");
    assertEquals("2024-11-03", EventDater.narrativeDay(trigger, List.of(sunday), PUB));
    assertEquals("2024-11-05", EventDater.narrativeDay(trigger, List.of(old), PUB), "too old to be the story's day");
    assertEquals("2024-11-03", EventDater.date(trigger, trigger, new Syntax(s), List.of(sunday), PUB, Modality.ASSERTED));
  }

  @Test
  void anEndBoundIsNotTheEventsDate() {
    // "a signé jusqu'en 2035": signed today, valid until 2035
    Sentence s = Parsed.sentence(0,
        "Paris PROPN Paris _ 3 nsubj",
        "a AUX avoir Mood=Ind|Tense=Pres|VerbForm=Fin 3 aux",
        "signé VERB signer Tense=Past|VerbForm=Part 0 root",
        "jusqu' ADP jusque _ 6 case",
        "en ADP en _ 6 case",
        "2035 NUM 2035 _ 3 obl");
    var until = new TimeExpression(24, 28, "2035", "DATE", "2035");
    var trigger = s.tokens().get(2);
    assertEquals("2024-11-05", EventDater.date(trigger, trigger, new Syntax(s), List.of(until), PUB,
        Modality.ASSERTED, java.util.Set.of("jusqu'en", "jusqu'")));
    assertEquals("2035", EventDater.date(trigger, trigger, new Syntax(s), List.of(until), PUB, Modality.ASSERTED));
  }

  @Test
  void aDeadlineDatesAPlannedEventAtItsMonthButNotADoneOne() {
    // "Ottawa cessera ses frappes d'ici le 22 novembre" / "Ottawa a cessé ses frappes d'ici le 22 novembre"
    Sentence s = Parsed.sentence(0,
        "Ottawa PROPN Ottawa _ 2 nsubj",
        "cessera VERB cesser Mood=Ind|Tense=Fut|VerbForm=Fin 0 root",
        "d' ADP de _ 4 case",
        "ici ADV ici _ 2 advmod",
        "le DET le _ 7 det",
        "22 NUM 22 _ 7 nummod",
        "novembre NOUN novembre _ 2 obl");
    int at = s.text().indexOf("le 22");
    var deadline = new TimeExpression(at, at + 14, "le 22 novembre", "DATE", "2024-11-22");
    var trigger = s.tokens().get(1);
    var bounds = java.util.Set.of("d'ici");
    assertEquals("2024-11", EventDater.date(trigger, trigger, new Syntax(s), List.of(deadline), PUB,
        Modality.FUTURE, bounds, bounds));
    assertNull(EventDater.date(trigger, trigger, new Syntax(s), List.of(deadline), PUB,
        Modality.HYPOTHETICAL, bounds, bounds));
  }

  @Test
  void valuesAreTrimmedToDatePrecision() {
    assertEquals("2023-11-01", EventDater.precise("2023-11-01T21:45", PUB));
    assertEquals("2023-10", EventDater.precise("2023-W41", PUB));
    // 30 January - 5 February 2017: mostly February
    assertEquals("2017-02", EventDater.precise("2017-W05", PUB));
    assertEquals("2023", EventDater.precise("2023-SU", PUB));
  }
}
