package org.veille.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.veille.Parsed;
import org.veille.model.ActorMention;
import org.veille.model.Article;
import org.veille.model.Document;
import org.veille.model.Sentence;
import org.veille.model.Token;

class AnaphoraTest {
  private static final Anaphora ANAPHORA = Anaphora.forLanguage("fr");

  private static Document doc(Sentence s) {
    Article a = new Article("t", "fr", LocalDate.of(2024, 5, 2), "", s.text(), null);
    return Document.of(a).withSentences(List.of(s));
  }

  /** A mention over words {@code from..to} (inclusive) of the sentence. */
  private static ActorMention over(Sentence s, int from, int to, String code, String sector, String kind) {
    Token a = s.tokens().get(from);
    Token b = s.tokens().get(to);
    return new ActorMention(a.start(), b.end(), s.text().substring(a.start(), b.end()), code, sector, kind, "");
  }

  /** The mention resolved over word {@code i}, or null. */
  private static ActorMention at(List<ActorMention> found, Sentence s, int i) {
    Token t = s.tokens().get(i);
    return found.stream().filter(m -> m.start() == t.start() && m.end() == t.end()).findFirst().orElse(null);
  }

  /** Rows for words whose parse the rules do not read. */
  private static String[] rows(String words) {
    String[] w = words.split(" ");
    String[] out = new String[w.length];
    for (int i = 0; i < w.length; i++) {
      String[] p = w[i].split("/");
      out[i] = p[0] + " " + p[1] + " " + (p.length > 2 ? p[2] : p[0].toLowerCase()) + " _ 0 root";
    }
    return out;
  }

  @Test
  void aDefiniteDescriptionIsTheLastOrganisationNamed() {
    // "La Ligue arabe a siégé au Caire . L' organisation condamne l' attaque"
    Sentence s = Parsed.sentence(0, rows("La/DET Ligue/PROPN arabe/ADJ a/AUX siégé/VERB au/ADP Caire/PROPN ./PUNCT "
        + "L'/DET/le organisation/NOUN condamne/VERB/condamner l'/DET/le attaque/NOUN"));
    List<ActorMention> found = ANAPHORA.resolve(doc(s), List.of(
        over(s, 1, 2, "IGO", "", "ORG"), over(s, 6, 6, "EGY", "GOV", "CAPITAL")));
    ActorMention org = at(found, s, 9);
    assertEquals("IGO", org.code());
    assertEquals("ORG", org.kind());
    // counted once, where it is named, when weighing what the article is about
    assertEquals(Anaphora.REFERENCE, org.entity());
    assertEquals("", org.toActor().entity());
  }

  @Test
  void aDemonstrativeDescriptionFollowedByARoleWordIsStillADescription() {
    // Le Hezbollah a tiré . Ce mouvement chiite refuse ; l' organisation terroriste menace
    Sentence s = Parsed.sentence(0, rows("Le/DET Hezbollah/PROPN a/AUX/avoir tiré/VERB/tirer ./PUNCT "
        + "Ce/DET/ce mouvement/NOUN chiite/ADJ refuse/VERB/refuser ;/PUNCT l'/DET/le organisation/NOUN "
        + "terroriste/ADJ menace/VERB/menacer"));
    List<ActorMention> found = ANAPHORA.resolve(doc(s), List.of(over(s, 1, 1, "LBN", "REB", "GROUP"),
        over(s, 12, 12, null, "REB", "ROLE")));
    assertEquals("LBN", at(found, s, 6).code());
    assertEquals("LBN", at(found, s, 11).code());
  }

  @Test
  void anIndefiniteDescriptionOrASettingNamesNobody() {
    // "L' OTAN se réunit . Une organisation humanitaire arrive dans l' organisation"
    Sentence s = Parsed.sentence(0, rows("L'/DET/le OTAN/PROPN se/PRON réunit/VERB/réunir ./PUNCT "
        + "Une/DET/un organisation/NOUN humanitaire/ADJ arrive/VERB/arriver dans/ADP l'/DET/le organisation/NOUN"));
    List<ActorMention> found = ANAPHORA.resolve(doc(s), List.of(over(s, 1, 1, "IGO", "MIL", "ORG")));
    assertNull(at(found, s, 6));
    assertNull(at(found, s, 11));
  }

  @Test
  void theLatterIsTheLastPersonNamedNotAPlaceNorTheSubjectOfItsOwnVerb() {
    // "Le président Sall a reçu le général Diallo à Dakar ; ce dernier a promis"
    Sentence s = Parsed.sentence(0, rows("Le/DET président/NOUN Sall/PROPN a/AUX reçu/VERB/recevoir le/DET "
        + "général/NOUN Diallo/PROPN à/ADP Dakar/PROPN ;/PUNCT ce/DET dernier/NOUN a/AUX promis/VERB/promettre"));
    List<ActorMention> found = ANAPHORA.resolve(doc(s), List.of(
        over(s, 1, 2, "SEN", "GOV", "PERSON"), over(s, 6, 7, "MLI", "MIL", "PERSON"),
        over(s, 9, 9, "SEN", "GOV", "CAPITAL")));
    assertEquals("MLI", at(found, s, 12).code());

    // "Le gouvernement civil a tenu . L' armée domine et a renversé ce dernier"
    Sentence t = Parsed.sentence(0, "Le DET le _ 2 det", "gouvernement NOUN gouvernement _ 5 nsubj",
        "civil ADJ civil _ 2 amod", "a AUX avoir _ 5 aux", "tenu VERB tenir _ 0 root", ". PUNCT . _ 5 punct",
        "L' DET le _ 8 det", "armée NOUN armée _ 9 nsubj", "domine VERB dominer _ 5 parataxis",
        "et CCONJ et _ 12 cc", "a AUX avoir _ 12 aux", "renversé VERB renverser _ 9 conj",
        "ce DET ce _ 14 det", "dernier NOUN dernier _ 12 obj");
    List<ActorMention> coup = ANAPHORA.resolve(doc(t), List.of(
        over(t, 1, 2, "PAK", "GOV", "ROLE"), over(t, 7, 7, "PAK", "MIL", "ROLE")));
    assertEquals("GOV", at(coup, t, 13).sector());

    // "L' armée a parlé au gouvernement civil et a renversé ce dernier": the last party, not the subject
    Sentence u = Parsed.sentence(0, "L' DET le _ 2 det", "armée NOUN armée _ 4 nsubj", "a AUX avoir _ 4 aux",
        "parlé VERB parler _ 0 root", "au ADP à _ 6 case", "gouvernement NOUN gouvernement _ 4 obl",
        "civil ADJ civil _ 6 amod", "et CCONJ et _ 10 cc", "a AUX avoir _ 10 aux", "renversé VERB renverser _ 4 conj",
        "ce DET ce _ 12 det", "dernier NOUN dernier _ 10 obj");
    List<ActorMention> last = ANAPHORA.resolve(doc(u), List.of(
        over(u, 1, 1, "PAK", "MIL", "ROLE"), over(u, 5, 6, "PAK", "GOV", "ROLE")));
    assertEquals("GOV", at(last, u, 11).sector());
  }

  @Test
  void aQuotedWeIsTheSpeakerNamedAfterOrBeforeTheQuotation() {
    // « Nous sommes prêts à négocier » , a déclaré le ministre Kaboré .
    Sentence s = Parsed.sentence(0, rows("«/PUNCT Nous/PRON/nous sommes/AUX/être prêts/ADJ »/PUNCT ,/PUNCT "
        + "a/AUX déclaré/VERB/déclarer le/DET ministre/NOUN Kaboré/PROPN ./PUNCT"));
    List<ActorMention> found = ANAPHORA.resolve(doc(s), List.of(over(s, 9, 10, "BFA", "GOV", "PERSON")));
    assertEquals("BFA", at(found, s, 1).code());

    // Le chef de la diplomatie Lavrov a affirmé : « notre patience a des limites »
    Sentence t = Parsed.sentence(0, rows("Le/DET chef/NOUN de/ADP la/DET diplomatie/NOUN Lavrov/PROPN a/AUX "
        + "affirmé/VERB/affirmer :/PUNCT «/PUNCT notre/DET/son patience/NOUN a/VERB/avoir des/DET limites/NOUN »/PUNCT"));
    List<ActorMention> before = ANAPHORA.resolve(doc(t), List.of(over(t, 1, 5, "RUS", "GOV", "PERSON")));
    assertEquals("RUS", at(before, t, 10).code());

    // « On ne cédera pas » , selon l' Élysée .
    Sentence u = Parsed.sentence(0, rows("«/PUNCT On/PRON/on ne/ADV cédera/VERB/céder pas/ADV »/PUNCT ,/PUNCT "
        + "selon/ADP l'/DET/le Élysée/PROPN"));
    List<ActorMention> selon = ANAPHORA.resolve(doc(u), List.of(over(u, 9, 9, "FRA", "GOV", "CAPITAL")));
    assertEquals("FRA", at(selon, u, 1).code());
  }

  @Test
  void weOutsideAQuotationOrWithNoSpeakerStaysOpen() {
    // Nous avons appris que le Premier ministre Ndiaye partira .
    Sentence s = Parsed.sentence(0, rows("Nous/PRON/nous avons/AUX/avoir appris/VERB/apprendre que/SCONJ le/DET "
        + "ministre/NOUN Ndiaye/PROPN partira/VERB/partir ./PUNCT"));
    assertNull(at(ANAPHORA.resolve(doc(s), List.of(over(s, 5, 6, "SEN", "GOV", "PERSON"))), s, 0));

    // « Nous resterons » . Le ministre Ndiaye partira .  (the quotation is attributed to nobody)
    Sentence t = Parsed.sentence(0, rows("«/PUNCT Nous/PRON/nous resterons/VERB/rester »/PUNCT ./PUNCT "
        + "Le/DET ministre/NOUN Ndiaye/PROPN partira/VERB/partir"));
    assertNull(at(ANAPHORA.resolve(doc(t), List.of(over(t, 6, 7, "SEN", "GOV", "PERSON"))), t, 1));
  }

  @Test
  void aCityAfterAccordDeNamesTheTextNotAParty() {
    // La Chine a ratifié l' accord de Paris à Pékin
    Sentence s = Parsed.sentence(0, rows("La/DET Chine/PROPN a/AUX ratifié/VERB/ratifier l'/DET/le accord/NOUN "
        + "de/ADP Paris/PROPN à/ADP Pékin/PROPN"));
    List<ActorMention> found = ANAPHORA.resolve(doc(s), List.of(over(s, 1, 1, "CHN", "", "COUNTRY"),
        over(s, 7, 7, "FRA", "GOV", "CAPITAL"), over(s, 9, 9, "CHN", "GOV", "CAPITAL")));
    assertFalse(found.stream().anyMatch(m -> m.code().equals("FRA")));
    assertTrue(found.stream().anyMatch(m -> m.text().equals("Pékin")));
  }

  @Test
  void aQuotationSignedWithADashHasASpeaker() {
    // « Nous restons vigilants » — Paul Martin , porte-parole
    Sentence s = Parsed.sentence(0, rows("«/PUNCT Nous/PRON/nous restons/VERB/rester vigilants/ADJ »/PUNCT "
        + "—/PUNCT Paul/PROPN Martin/PROPN ,/PUNCT porte-parole/NOUN"));
    List<ActorMention> found = ANAPHORA.resolve(doc(s), List.of(over(s, 6, 7, "CAN", "GOV", "PERSON")));
    assertEquals("CAN", at(found, s, 1).code());

    // « Nous restons vigilants » — Paul Martin , porte-parole de l' Élysée   (only the body is known)
    Sentence t = Parsed.sentence(0, rows("«/PUNCT Nous/PRON/nous restons/VERB/rester vigilants/ADJ »/PUNCT "
        + "—/PUNCT Paul/PROPN Martin/PROPN ,/PUNCT porte-parole/NOUN de/ADP l'/DET/le Élysée/PROPN"));
    List<ActorMention> body = ANAPHORA.resolve(doc(t), List.of(over(t, 11, 11, "FRA", "GOV", "CAPITAL")));
    assertEquals("FRA", at(body, t, 1).code());
  }

  @Test
  void anEnvoyToACountryIsNotOfThatCountry() {
    // Les ambassadeurs au Niger ont remis leurs lettres , l' ambassadeur de France au Mali aussi
    Sentence s = Parsed.sentence(0, rows("Les/DET ambassadeurs/NOUN/ambassadeur au/ADP/à Niger/PROPN ont/AUX/avoir "
        + "remis/VERB/remettre leurs/DET/leur lettres/NOUN ,/PUNCT l'/DET/le ambassadeur/NOUN de/ADP France/PROPN "
        + "au/ADP/à Mali/PROPN aussi/ADV"));
    List<ActorMention> found = ANAPHORA.resolve(doc(s), List.of(
        new ActorMention(4, 16, "ambassadeurs", "NER", "GOV", "ROLE", ReferenceResolver.INFERRED),
        over(s, 3, 3, "NER", "", "COUNTRY"), over(s, 10, 12, "FRA", "GOV", "ROLE"), over(s, 14, 14, "MLI", "", "COUNTRY")));
    ActorMention envoy = found.get(0);
    assertNull(envoy.code());
    assertEquals(Anaphora.ENVOY, envoy.entity());
    assertFalse(found.stream().anyMatch(m -> "NER".equals(m.code())));
    assertTrue(found.stream().anyMatch(m -> "FRA".equals(m.code())));
  }

  @Test
  void theyIsThePairJustNamedOrTheLastGroupInThePlural() {
    // Le Japon et la Chine ont signé ; ils coopéreront
    Sentence s = Parsed.sentence(0, rows("Le/DET Japon/PROPN et/CCONJ la/DET Chine/PROPN ont/AUX/avoir "
        + "signé/VERB/signer ;/PUNCT ils/PRON/il coopéreront/VERB/coopérer"));
    List<ActorMention> found = ANAPHORA.resolve(doc(s), List.of(
        over(s, 1, 1, "JPN", "", "COUNTRY"), over(s, 4, 4, "CHN", "", "COUNTRY")));
    Token ils = s.tokens().get(8);
    assertEquals(List.of("JPN", "CHN"), found.stream().filter(m -> m.start() == ils.start())
        .map(ActorMention::code).toList());

    // les rebelles touaregs ont vu le ministre Ba , qui a écouté leurs demandes
    Sentence t = Parsed.sentence(0, rows("les/DET rebelles/NOUN/rebelle touaregs/ADJ ont/AUX/avoir vu/VERB/voir "
        + "le/DET ministre/NOUN Ba/PROPN ,/PUNCT qui/PRON a/AUX/avoir écouté/VERB/écouter leurs/DET/leur demandes/NOUN"));
    List<ActorMention> group = ANAPHORA.resolve(doc(t), List.of(
        over(t, 1, 2, "MLI", "REB", "ROLE"), over(t, 6, 7, "MLI", "GOV", "PERSON")));
    assertEquals("REB", at(group, t, 12).sector());

    // le ministre Ba a parlé ; ils ont applaudi  (no pair, no plural group: left to the coder)
    Sentence u = Parsed.sentence(0, rows("le/DET ministre/NOUN Ba/PROPN a/AUX/avoir parlé/VERB/parler ;/PUNCT "
        + "ils/PRON/il ont/AUX/avoir applaudi/VERB/applaudir"));
    assertNull(at(ANAPHORA.resolve(doc(u), List.of(over(u, 1, 2, "MLI", "GOV", "PERSON"))), u, 6));
  }

  @Test
  void lastBeforeANounIsAnAdjectiveNotAReference() {
    // Le Hamas a reculé ces derniers temps
    Sentence s = Parsed.sentence(0, rows("Le/DET Hamas/PROPN a/AUX/avoir reculé/VERB/reculer ces/DET/ce "
        + "derniers/ADJ/dernier temps/NOUN"));
    assertNull(at(ANAPHORA.resolve(doc(s), List.of(over(s, 1, 1, "PSE", "REB", "GROUP"))), s, 5));
  }

  @Test
  void theyAfterLesDeuxIsLeftToTheCoder() {
    // Macron a reçu Tokaïev à l' Élysée . Les deux dirigeants veulent renforcer leur partenariat
    Sentence s = Parsed.sentence(0, rows("Macron/PROPN a/AUX/avoir reçu/VERB/recevoir Tokaïev/PROPN à/ADP l'/DET/le "
        + "Élysée/PROPN ./PUNCT Les/DET deux/NUM dirigeants/NOUN/dirigeant veulent/VERB/vouloir renforcer/VERB "
        + "leur/DET/son partenariat/NOUN"));
    List<ActorMention> found = ANAPHORA.resolve(doc(s), List.of(over(s, 0, 0, "FRA", "GOV", "PERSON"),
        over(s, 3, 3, "KAZ", "GOV", "PERSON"), over(s, 6, 6, "FRA", "GOV", "CAPITAL"),
        new ActorMention(s.tokens().get(10).start(), s.tokens().get(10).end(), "dirigeants", "FRA", "GOV", "ROLE",
            ReferenceResolver.INFERRED)));
    assertNull(at(found, s, 13));
  }
}
