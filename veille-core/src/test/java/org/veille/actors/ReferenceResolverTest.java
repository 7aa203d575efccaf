package org.veille.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.veille.Parsed;
import org.veille.model.ActorMention;
import org.veille.model.Article;
import org.veille.model.Document;
import org.veille.model.Sentence;

class ReferenceResolverTest {
  private static final ReferenceResolver RESOLVER = new ReferenceResolver(Set.of("homologue"));

  private static Document doc(Sentence s, List<ActorMention> mentions) {
    Article a = new Article("t", "fr", LocalDate.of(2024, 5, 2), "", s.text(), null);
    return Document.of(a).withSentences(List.of(s)).withActors(mentions);
  }

  @Test
  void anUnknownNameAfterARoleIsThatPersonAndItsSurnameLaterToo() {
    // "le ministre malien Ibrahim Touré a vu Touré"
    Sentence s = Parsed.sentence(0,
        "le DET le _ 2 det", "ministre NOUN ministre _ 6 nsubj", "malien ADJ malien _ 2 amod",
        "Ibrahim PROPN Ibrahim _ 2 appos", "Touré PROPN Touré _ 4 flat:name", "a AUX avoir _ 6 aux",
        "vu VERB voir _ 0 root", "Touré PROPN Touré _ 6 obj");
    List<ActorMention> found = RESOLVER.resolve(doc(s, List.of(
        new ActorMention(3, 11, "ministre", null, "GOV", "ROLE", ""),
        new ActorMention(12, 18, "malien", "MLI", "", "DEMONYM", ""))));
    ActorMention person = found.stream().filter(m -> m.text().equals("Ibrahim Touré")).findFirst().orElseThrow();
    assertEquals("MLI", person.code());
    assertEquals("GOV", person.sector());
    ActorMention again = found.get(found.size() - 1);
    assertEquals("Touré", again.text());
    assertEquals("MLI", again.code());
  }

  @Test
  void aRoleWithoutNationalityBelongsToTheArticlesCountryAndACounterpartStaysOpen() {
    // "le chef de l'État a reçu son homologue à Bamako" with Bamako (MLI) named
    Sentence s = Parsed.sentence(0,
        "le DET le _ 2 det", "chef NOUN chef _ 4 nsubj", "a AUX avoir _ 4 aux", "reçu VERB recevoir _ 0 root",
        "son DET son _ 6 det", "homologue NOUN homologue _ 4 obj", "à ADP à _ 8 case", "Bamako PROPN Bamako _ 4 obl");
    List<ActorMention> found = RESOLVER.resolve(doc(s, List.of(
        new ActorMention(3, 7, "chef", null, "GOV", "ROLE", ""),
        new ActorMention(30, 36, "Bamako", "MLI", "GOV", "CAPITAL", ""))));
    assertEquals("MLI", found.get(0).code());
    ActorMention counterpart = found.stream().filter(m -> m.text().equals("homologue")).findFirst().orElseThrow();
    assertNull(counterpart.code());
    assertEquals(ReferenceResolver.COUNTERPART, counterpart.entity());
  }

  @Test
  void homeCountryIsTheMostNamed() {
    assertEquals("KAZ", ReferenceResolver.homeCountry(List.of(
        new ActorMention(0, 1, "a", "FRA", "", "COUNTRY", ""),
        new ActorMention(2, 3, "b", "KAZ", "", "COUNTRY", ""),
        new ActorMention(4, 5, "c", "KAZ", "", "PERSON", ""))));
  }

  @Test
  void homeCountryCountsCitiesAndQualifiedRolesAndBreaksTiesByFirstNamed() {
    // "À Alep, les rebelles ... le président syrien ... Moscou ... la Russie ... l'ambassadeur russe"
    assertEquals("SYR", ReferenceResolver.homeCountry(List.of(
        new ActorMention(0, 1, "Alep", "SYR", "", "PLACE", ""),
        new ActorMention(2, 3, "président syrien", "SYR", "GOV", "ROLE", ""),
        new ActorMention(4, 5, "Russie", "RUS", "", "COUNTRY", ""),
        new ActorMention(6, 7, "ambassadeur russe", "RUS", "GOV", "ROLE", ""))));
  }

  @Test
  void homeCountryIgnoresInferredRolesAndStatelessBodies() {
    assertEquals("MLI", ReferenceResolver.homeCountry(List.of(
        new ActorMention(0, 1, "ONU", "UNO", "", "ORG", ""),
        new ActorMention(2, 3, "Nations unies", "UNO", "", "COUNTRY", ""),
        new ActorMention(4, 5, "gouvernement", "FRA", "GOV", "ROLE", ReferenceResolver.INFERRED),
        new ActorMention(6, 7, "armée", "FRA", "MIL", "ROLE", ReferenceResolver.INFERRED),
        new ActorMention(8, 9, "Bamako", "MLI", "GOV", "CAPITAL", ""))));
  }

  @Test
  void theFullNameAgainWithoutItsRoleIsTheSamePerson() {
    // "le ministre malien Ibrahim Touré a vu Ibrahim Touré"
    Sentence s = Parsed.sentence(0,
        "le DET le _ 2 det", "ministre NOUN ministre _ 6 nsubj", "malien ADJ malien _ 2 amod",
        "Ibrahim PROPN Ibrahim _ 2 appos", "Touré PROPN Touré _ 4 flat:name", "a AUX avoir _ 6 aux",
        "vu VERB voir _ 0 root", "Ibrahim PROPN Ibrahim _ 6 obj", "Touré PROPN Touré _ 8 flat:name");
    List<ActorMention> found = RESOLVER.resolve(doc(s, List.of(
        new ActorMention(3, 11, "ministre", null, "GOV", "ROLE", ""),
        new ActorMention(12, 18, "malien", "MLI", "", "DEMONYM", ""))));
    ActorMention again = found.get(found.size() - 1);
    assertEquals("Ibrahim Touré", again.text());
    assertEquals("MLI", again.code());
  }

  @Test
  void aPersonNamedByARoleWithoutNationalityIsOfTheArticlesCountry() {
    // "le journaliste Paul Ndayi a été arrêté à Bamako"
    Sentence s = Parsed.sentence(0,
        "le DET le _ 2 det", "journaliste NOUN journaliste _ 7 nsubj:pass", "Paul PROPN Paul _ 2 appos",
        "Ndayi PROPN Ndayi _ 3 flat:name", "a AUX avoir _ 7 aux", "été AUX être _ 7 aux:pass",
        "arrêté VERB arrêter _ 0 root", "à ADP à _ 9 case", "Bamako PROPN Bamako _ 7 obl");
    List<ActorMention> found = RESOLVER.resolve(doc(s, List.of(
        new ActorMention(3, 14, "journaliste", null, "MED", "ROLE", ""),
        new ActorMention(43, 49, "Bamako", "MLI", "GOV", "CAPITAL", ""))));
    ActorMention person = found.stream().filter(m -> m.text().equals("Paul Ndayi")).findFirst().orElseThrow();
    assertEquals("MLI", person.code());
    assertEquals("MED", person.sector());
  }

  @Test
  void aRoleAndTheNameAfterItCountOnceForTheHomeCountry() {
    // "Au Burundi, ... la journaliste américaine Julia Steers ..."
    assertEquals("BDI", ReferenceResolver.homeCountry(List.of(
        new ActorMention(3, 10, "Burundi", "BDI", "", "COUNTRY", ""),
        new ActorMention(20, 42, "journaliste américaine", "USA", "MED", "ROLE", ""),
        new ActorMention(43, 55, "Julia Steers", "USA", "MED", "PERSON", ""))));
  }

  @Test
  void aSharedDemonymIsOfTheCountryOfTheGroupTheArticleNamesMost() {
    // "À Kinshasa, ... en RDC, ... le gouvernement congolais ..."
    Sentence s = Parsed.sentence(0, "x X x _ 0 root");
    List<ActorMention> mentions = List.of(
        new ActorMention(0, 1, "Kinshasa", "COD", "GOV", "CAPITAL", ""),
        new ActorMention(2, 3, "RDC", "COD", "", "COUNTRY", ""),
        new ActorMention(4, 5, "gouvernement congolais", "COG", "GOV", "ROLE", ""),
        new ActorMention(6, 7, "congolais", "COG", "", "DEMONYM", ""));
    ReferenceResolver resolver = new ReferenceResolver(Set.of(), Map.of("congolais", List.of("COG", "COD")));
    List<ActorMention> found = resolver.resolve(doc(s, mentions));
    assertEquals("COD", found.get(2).code());
    assertEquals("COD", found.get(3).code());
    // where the Republic of the Congo is named, "congolais" keeps its first code
    List<ActorMention> brazza = List.of(new ActorMention(0, 1, "Brazzaville", "COG", "GOV", "CAPITAL", ""),
        new ActorMention(6, 7, "congolais", "COG", "", "DEMONYM", ""));
    assertEquals("COG", resolver.resolve(doc(s, brazza)).get(1).code());
    // a demonym that only contains the shared one is not shared
    List<ActorMention> rd = List.of(new ActorMention(0, 1, "Brazzaville", "COG", "GOV", "CAPITAL", ""),
        new ActorMention(2, 3, "RDC", "COD", "", "COUNTRY", ""), new ActorMention(4, 5, "Kinshasa", "COD", "", "CAPITAL", ""),
        new ActorMention(6, 7, "président nord-congolais", "COG", "GOV", "ROLE", ""));
    assertEquals("COG", resolver.resolve(doc(s, rd)).get(3).code());
  }

  @Test
  void theSharedDemonymsOfFrenchAreLoaded() {
    assertEquals(List.of("COG", "COD"), ReferenceResolver.sharedDemonyms("fr").get("congolais"));
  }
}
