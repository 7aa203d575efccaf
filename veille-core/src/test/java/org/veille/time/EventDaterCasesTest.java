package org.veille.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.veille.Parsed;
import org.veille.model.Modality;
import org.veille.model.Sentence;
import org.veille.model.TimeExpression;
import org.veille.nlp.Syntax;

/**
 * Which date the dater gives an event, one invented sentence a row: its parse (CoNLL-like rows, see
 * {@link Parsed}), its time expressions as the tagger values them, the trigger and clause words and the
 * modality; published on Wednesday 14 February 2024.
 */
class EventDaterCasesTest {
  /** "Le journaliste, qui avait été arrêté le 3 février, a été libéré": two events, one date. */
  private static final String[] RELATIVE_CLAUSE = {
      "Le DET le _ 2 det",
      "journaliste NOUN journaliste _ 14 nsubj:pass",
      ", PUNCT , _ 2 punct",
      "qui PRON qui _ 7 nsubj:pass",
      "avait AUX avoir Mood=Ind|Tense=Imp|VerbForm=Fin 7 aux",
      "été AUX être Tense=Past|VerbForm=Part 7 aux:pass",
      "arrêté VERB arrêter Tense=Past|VerbForm=Part 2 acl:relcl",
      "le DET le _ 10 det",
      "3 NUM 3 _ 10 nummod",
      "février NOUN février _ 7 obl",
      ", PUNCT , _ 14 punct",
      "a AUX avoir Mood=Ind|Tense=Pres|VerbForm=Fin 14 aux",
      "été AUX être Tense=Past|VerbForm=Part 14 aux:pass",
      "libéré VERB libérer Tense=Past|VerbForm=Part 0 root"};

  private static final LocalDate PUB = LocalDate.of(2024, 2, 14);

  /** A time expression found by its text in the sentence. */
  record Time(String text, String type, String value) {
  }

  record Case(String name, String[] rows, List<Time> times, int trigger, int clause, Modality modality,
              String expected) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Case> cases() {
    return Stream.of(
        new Case("a participle on the trigger noun dates it: la visite, prévue le 20 février, aura lieu",
            new String[] {
                "La DET le _ 2 det",
                "visite NOUN visite _ 9 nsubj",
                ", PUNCT , _ 4 punct",
                "prévue VERB prévoir Tense=Past|VerbForm=Part 2 acl",
                "le DET le _ 7 det",
                "20 NUM 20 _ 7 nummod",
                "février NOUN février _ 4 obl",
                ", PUNCT , _ 4 punct",
                "aura VERB avoir Mood=Ind|Tense=Fut|VerbForm=Fin 0 root",
                "lieu NOUN lieu _ 9 obj"},
            List.of(new Time("le 20 février", "DATE", "2024-02-20")), 1, 8, Modality.FUTURE, "2024-02-20"),
        new Case("the date of a relative clause is not the main event's: qui avait été arrêté le 3 février, a été libéré",
            RELATIVE_CLAUSE,
            List.of(new Time("le 3 février", "DATE", "2024-02-03")), 13, 13, Modality.ASSERTED, "2024-02-14"),
        new Case("... but it dates the relative clause's own event",
            RELATIVE_CLAUSE,
            List.of(new Time("le 3 février", "DATE", "2024-02-03")), 6, 6, Modality.ASSERTED, "2024-02-03"),
        new Case("trois jours après que: the event is that long before the news of the day",
            new String[] {
                "Cette DET ce _ 2 det",
                "annonce NOUN annonce _ 3 nsubj",
                "intervient VERB intervenir Mood=Ind|Tense=Pres|VerbForm=Fin 0 root",
                "trois NUM trois _ 5 nummod",
                "jours NOUN jour _ 3 obj",
                "après ADP après _ 11 mark",
                "que SCONJ que _ 6 fixed",
                "la DET le _ 9 det",
                "Turquie PROPN Turquie _ 11 nsubj",
                "a AUX avoir Mood=Ind|Tense=Pres|VerbForm=Fin 11 aux",
                "abattu VERB abattre Tense=Past|VerbForm=Part 3 advcl",
                "un DET un _ 13 det",
                "avion NOUN avion _ 11 obj"},
            List.of(new Time("trois jours", "DURATION", "P3D")), 10, 10, Modality.ASSERTED, "2024-02-11"),
        new Case("depuis dix jours: the event began ten days before publication",
            new String[] {
                "La DET le _ 2 det",
                "grève NOUN grève _ 3 nsubj",
                "dure VERB durer Mood=Ind|Tense=Pres|VerbForm=Fin 0 root",
                "depuis ADP depuis _ 6 case",
                "dix NUM dix _ 6 nummod",
                "jours NOUN jour _ 3 obl"},
            List.of(new Time("dix jours", "DURATION", "P10D")), 1, 2, Modality.ASSERTED, "2024-02-04"),
        new Case("depuis trois mois: counted back in months, month precision",
            new String[] {
                "Le DET le _ 2 det",
                "blocus NOUN blocus _ 3 nsubj",
                "dure VERB durer Mood=Ind|Tense=Pres|VerbForm=Fin 0 root",
                "depuis ADP depuis _ 6 case",
                "trois NUM trois _ 6 nummod",
                "mois NOUN mois _ 3 obl"},
            List.of(new Time("trois mois", "DURATION", "P3M")), 1, 2, Modality.ASSERTED, "2023-11"),
        new Case("a span that is not after depuis does not date the event: pendant trois mois (pluperfect)",
            new String[] {
                "Le DET le _ 2 det",
                "blocus NOUN blocus _ 4 nsubj",
                "avait AUX avoir Mood=Ind|Tense=Imp|VerbForm=Fin 4 aux",
                "duré VERB durer Tense=Past|VerbForm=Part 0 root",
                "pendant ADP pendant _ 7 case",
                "trois NUM trois _ 7 nummod",
                "mois NOUN mois _ 4 obl"},
            List.of(new Time("trois mois", "DURATION", "P3M")), 1, 3, Modality.ASSERTED, null),
        new Case("se mettre d'accord: the oblique argument is the clause's own event, news of the day",
            new String[] {
                "Les DET le _ 2 det",
                "partis NOUN parti _ 5 nsubj",
                "se PRON se _ 5 expl",
                "sont AUX être Mood=Ind|Tense=Pres|VerbForm=Fin 5 aux",
                "mis VERB mettre Tense=Past|VerbForm=Part 0 root",
                "d' ADP de _ 7 case",
                "accord NOUN accord _ 5 obl:arg"},
            List.of(), 6, 4, Modality.ASSERTED, "2024-02-14"),
        new Case("vient de démissionner lundi: the date hung on the governing verb dates a done event",
            new String[] {
                "Le DET le _ 2 det",
                "ministre NOUN ministre _ 3 nsubj",
                "vient VERB venir Mood=Ind|Tense=Pres|VerbForm=Fin 0 root",
                "de ADP de _ 5 mark",
                "démissionner VERB démissionner VerbForm=Inf 3 xcomp",
                "lundi NOUN lundi _ 3 obl"},
            List.of(new Time("lundi", "DATE", "2024-02-12")), 4, 4, Modality.ASSERTED, "2024-02-12"),
        new Case("a annoncé lundi se rendre à Rome: the date is the announcement's, not the visit's",
            new String[] {
                "Le DET le _ 2 det",
                "roi NOUN roi _ 4 nsubj",
                "a AUX avoir Mood=Ind|Tense=Pres|VerbForm=Fin 4 aux",
                "annoncé VERB annoncer Tense=Past|VerbForm=Part 0 root",
                "lundi NOUN lundi _ 4 obl",
                "se PRON se _ 7 expl",
                "rendre VERB rendre VerbForm=Inf 4 xcomp",
                "à ADP à _ 9 case",
                "Rome PROPN Rome _ 7 obl"},
            List.of(new Time("lundi", "DATE", "2024-02-12")), 6, 6, Modality.FUTURE, null),
        new Case("a date inside the subject describes it: Le Burundi, en crise depuis 2015, a expulsé",
            new String[] {
                "Le DET le _ 2 det",
                "Burundi PROPN Burundi _ 10 nsubj",
                ", PUNCT , _ 2 punct",
                "en ADP en _ 5 case",
                "crise NOUN crise _ 2 nmod",
                "depuis ADP depuis _ 7 case",
                "2015 NUM 2015 _ 5 nmod",
                ", PUNCT , _ 10 punct",
                "a AUX avoir Mood=Ind|Tense=Pres|VerbForm=Fin 10 aux",
                "expulsé VERB expulser Tense=Past|VerbForm=Part 0 root",
                "un DET un _ 12 det",
                "diplomate NOUN diplomate _ 10 obj"},
            List.of(new Time("2015", "DATE", "2015")), 9, 9, Modality.ASSERTED, "2024-02-14"),
        new Case("a date inside an 'après' landmark dates the landmark: Après l'annexion en 2014, Kiev a rompu",
            new String[] {
                "Après ADP après _ 3 case",
                "l' DET le _ 3 det",
                "annexion NOUN annexion _ 9 obl:mod",
                "en ADP en _ 5 case",
                "2014 NUM 2014 _ 3 nmod",
                ", PUNCT , _ 9 punct",
                "Kiev PROPN Kiev _ 9 nsubj",
                "a AUX avoir Mood=Ind|Tense=Pres|VerbForm=Fin 9 aux",
                "rompu VERB rompre Tense=Past|VerbForm=Part 0 root",
                "ses DET son _ 11 det",
                "relations NOUN relation _ 9 obj"},
            List.of(new Time("2014", "DATE", "2014")), 8, 8, Modality.ASSERTED, "2024-02-14"),
        new Case("... while one hung on the object still dates the verb: qui avait pris le pouvoir en 2012",
            new String[] {
                "qui PRON qui _ 3 nsubj",
                "avait AUX avoir Mood=Ind|Tense=Imp|VerbForm=Fin 3 aux",
                "pris VERB prendre Tense=Past|VerbForm=Part 0 root",
                "le DET le _ 5 det",
                "pouvoir NOUN pouvoir _ 3 obj",
                "en ADP en _ 7 case",
                "2012 NUM 2012 _ 5 nmod"},
            List.of(new Time("2012", "DATE", "2012")), 2, 2, Modality.ASSERTED, "2012"),
        new Case("lors de la visite sets the scene: background, no publication date",
            new String[] {
                "Paris PROPN Paris _ 3 nsubj",
                "a AUX avoir Mood=Ind|Tense=Pres|VerbForm=Fin 3 aux",
                "protesté VERB protester Tense=Past|VerbForm=Part 0 root",
                "lors ADV lors _ 7 case",
                "de ADP de _ 4 fixed",
                "la DET le _ 7 det",
                "visite NOUN visite _ 3 obl:mod"},
            List.of(), 6, 2, Modality.ASSERTED, null),
        new Case("a span of days dates the event by its first day: se réunira les 20 et 21 mars",
            new String[] {
                "Le DET le _ 2 det",
                "conseil NOUN conseil _ 4 nsubj",
                "se PRON se _ 4 expl:comp",
                "réunira VERB réunir Mood=Ind|Tense=Fut|VerbForm=Fin 0 root",
                "les DET le _ 6 det",
                "20 NUM 20 _ 4 obl:mod",
                "et CCONJ et _ 8 cc",
                "21 NUM 21 _ 9 nummod",
                "mars NOUN mars _ 4 obl:mod"},
            List.of(new Time("les 20", "DATE", "2024-03-20"), new Time("21 mars", "DATE", "2024-03-21")),
            3, 3, Modality.FUTURE, "2024-03-20"),
        new Case("... but two dates of their own are not a span: le 3 mars et le 5 avril",
            new String[] {
                "Le DET le _ 2 det",
                "conseil NOUN conseil _ 4 nsubj",
                "se PRON se _ 4 expl:comp",
                "réunira VERB réunir Mood=Ind|Tense=Fut|VerbForm=Fin 0 root",
                "le DET le _ 7 det",
                "3 NUM 3 _ 7 nummod",
                "mars NOUN mars _ 12 nmod",
                "et CCONJ et _ 12 cc",
                "le DET le _ 12 det",
                "5 NUM 5 _ 12 nummod",
                "avril NOUN avril _ 4 obl:mod"},
            List.of(new Time("le 3 mars", "DATE", "2024-03-03"), new Time("le 5 avril", "DATE", "2024-04-05")),
            3, 3, Modality.FUTURE, "2024-04-05"),
        new Case("the date on the antecedent of an object relative dates its verb: l'accord du 2 janvier, que Bamako avait signé",
            new String[] {
                "Le DET le _ 2 det",
                "texte NOUN texte _ 3 nsubj",
                "reprend VERB reprendre Mood=Ind|Tense=Pres|VerbForm=Fin 0 root",
                "l' DET le _ 5 det",
                "accord NOUN accord _ 3 obj",
                "du ADP de _ 8 case",
                "2 NUM 2 _ 8 nummod",
                "janvier NOUN janvier _ 5 nmod",
                ", PUNCT , _ 13 punct",
                "que PRON que _ 13 obj",
                "Bamako PROPN Bamako _ 13 nsubj",
                "avait AUX avoir Mood=Ind|Tense=Imp|VerbForm=Fin 13 aux",
                "signé VERB signer Tense=Past|VerbForm=Part 5 acl:relcl"},
            List.of(new Time("du 2 janvier", "DATE", "2024-01-02")), 12, 12, Modality.ASSERTED, "2024-01-02"),
        new Case("... but not that of a subject relative: le journaliste du 2 janvier, qui avait été arrêté",
            new String[] {
                "Le DET le _ 2 det",
                "journal NOUN journal _ 12 nsubj",
                "du ADP de _ 5 case",
                "2 NUM 2 _ 5 nummod",
                "janvier NOUN janvier _ 2 nmod",
                ", PUNCT , _ 10 punct",
                "qui PRON qui _ 10 nsubj",
                "avait AUX avoir Mood=Ind|Tense=Imp|VerbForm=Fin 10 aux",
                "été AUX être Tense=Past|VerbForm=Part 10 aux:pass",
                "interdit VERB interdire Tense=Past|VerbForm=Part 2 acl:relcl",
                ", PUNCT , _ 10 punct",
                "reparaît VERB reparaître Mood=Ind|Tense=Pres|VerbForm=Fin 0 root"},
            List.of(new Time("du 2 janvier", "DATE", "2024-01-02")), 9, 9, Modality.ASSERTED, null),
        new Case("a noun fixed in the verb's phrase is the clause's own news: a voté en faveur de la résolution",
            new String[] {
                "Rabat PROPN Rabat _ 3 nsubj",
                "a AUX avoir Mood=Ind|Tense=Pres|VerbForm=Fin 3 aux",
                "voté VERB voter Tense=Past|VerbForm=Part 0 root",
                "en ADP en _ 5 case",
                "faveur NOUN faveur _ 3 obl",
                "de ADP de _ 8 case",
                "la DET le _ 8 det",
                "résolution NOUN résolution _ 5 nmod"},
            List.of(), 4, 2, Modality.ASSERTED, "2024-02-14"),
        new Case("... and so is an adjective complement: a décidé de rester solidaire",
            new String[] {
                "Le DET le _ 2 det",
                "patronat NOUN patronat _ 4 nsubj",
                "a AUX avoir Mood=Ind|Tense=Pres|VerbForm=Fin 4 aux",
                "décidé VERB décider Tense=Past|VerbForm=Part 0 root",
                "de ADP de _ 6 mark",
                "rester VERB rester VerbForm=Inf 4 xcomp",
                "solidaire ADJ solidaire _ 6 xcomp"},
            List.of(), 6, 5, Modality.ASSERTED, "2024-02-14"),
        new Case("... but a noun after a preposition of setting is not: a protesté pendant la visite",
            new String[] {
                "Paris PROPN Paris _ 3 nsubj",
                "a AUX avoir Mood=Ind|Tense=Pres|VerbForm=Fin 3 aux",
                "protesté VERB protester Tense=Past|VerbForm=Part 0 root",
                "pendant ADP pendant _ 6 case",
                "la DET le _ 6 det",
                "visite NOUN visite _ 3 obl:mod"},
            List.of(), 5, 2, Modality.ASSERTED, null),
        new Case("a subjunctive is not news of the day: bien que Rabat se dise prêt",
            new String[] {
                "bien ADV bien _ 5 mark",
                "que SCONJ que _ 1 fixed",
                "Rabat PROPN Rabat _ 5 nsubj",
                "se PRON se _ 5 expl:comp",
                "dise VERB dire Mood=Sub|Tense=Pres|VerbForm=Fin 0 root",
                "prêt ADJ prêt _ 5 xcomp"},
            List.of(), 5, 4, Modality.ASSERTED, null),
        new Case("a noun predicate takes its tense from its copula: nous avons été en contact avec Berlin",
            new String[] {
                "nous PRON nous _ 5 nsubj",
                "avons AUX avoir Mood=Ind|Tense=Pres|VerbForm=Fin 5 aux",
                "été AUX être Tense=Past|VerbForm=Part 5 cop",
                "en ADP en _ 5 case",
                "contact NOUN contact _ 0 root",
                "avec ADP avec _ 7 case",
                "Berlin PROPN Berlin _ 5 nmod"},
            List.of(), 4, 4, Modality.ASSERTED, "2024-02-14"),
        new Case("... and not when the copula is in the future: nous serons en contact avec Berlin",
            new String[] {
                "nous PRON nous _ 4 nsubj",
                "serons AUX être Mood=Ind|Tense=Fut|VerbForm=Fin 4 cop",
                "en ADP en _ 4 case",
                "contact NOUN contact _ 0 root",
                "avec ADP avec _ 6 case",
                "Berlin PROPN Berlin _ 4 nmod"},
            List.of(), 3, 3, Modality.ASSERTED, null));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void dates(Case c) {
    Sentence s = Parsed.sentence(0, c.rows());
    List<TimeExpression> times = new ArrayList<>();
    for (Time t : c.times()) {
      int at = s.text().indexOf(t.text());
      if (at < 0) {
        throw new IllegalArgumentException("«" + t.text() + "» is not in «" + s.text() + "»");
      }
      times.add(new TimeExpression(s.start() + at, s.start() + at + t.text().length(), t.text(), t.type(),
          t.value()));
    }
    var trigger = s.tokens().get(c.trigger());
    var clause = s.tokens().get(c.clause());
    assertEquals(c.expected(), EventDater.date(trigger, clause, new Syntax(s), times, PUB, c.modality()));
  }
}
