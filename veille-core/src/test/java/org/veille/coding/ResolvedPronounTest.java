package org.veille.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.veille.Parsed;
import org.veille.model.Actor;
import org.veille.model.ActorMention;
import org.veille.model.Sentence;
import org.veille.nlp.Syntax;

/** A pronoun that reference resolution gave a mention stands for that party, not the last one named. */
class ResolvedPronounTest {
  @Test
  void aQuotedWeResolvedToTheSpeakerIsTheSpeaker() {
    // Poutine est venu . « Nous soutenons l' accord » , a dit Johnson
    Sentence s = Parsed.sentence(0,
        "Poutine PROPN Poutine _ 3 nsubj", "est AUX être _ 3 aux", "venu VERB venir _ 0 root", ". PUNCT . _ 3 punct",
        "« PUNCT « _ 7 punct", "Nous PRON nous _ 7 nsubj", "soutenons VERB soutenir _ 3 parataxis",
        "l' DET le _ 9 det", "accord NOUN accord _ 7 obj", "» PUNCT » _ 7 punct", ", PUNCT , _ 7 punct",
        "a AUX avoir _ 13 aux", "dit VERB dire _ 7 parataxis", "Johnson PROPN Johnson _ 13 nsubj");
    var nous = s.tokens().get(5);
    var johnson = s.tokens().get(13);
    List<ActorMention> mentions = List.of(
        new ActorMention(0, 7, "Poutine", "RUS", "GOV", "PERSON", "putin"),
        new ActorMention(nous.start(), nous.end(), "Nous", "GBR", "GOV", "PERSON", "johnson"),
        new ActorMention(johnson.start(), johnson.end(), "Johnson", "GBR", "GOV", "PERSON", "johnson"));
    ArgumentActors resolver = new ArgumentActors(mentions, Set.of("il", "nous"), Set.of(), List.of("RUS"), Set.of(), Set.of());
    List<Actor> actors = resolver.resolve(List.of(nous), new Syntax(s), false);
    assertEquals(1, actors.size());
    assertEquals("GBR", actors.get(0).code());
  }

  @Test
  void anEnvoyWithNoSendingCountryIsNobodyNotTheArticlesCountry() {
    // l' ambassadeur a protesté
    Sentence s = Parsed.sentence(0, "l' DET le _ 2 det", "ambassadeur NOUN ambassadeur _ 4 nsubj",
        "a AUX avoir _ 4 aux", "protesté VERB protester _ 0 root");
    List<ActorMention> mentions = List.of(new ActorMention(3, 14, "ambassadeur", null, "GOV", "ROLE",
        org.veille.actors.Anaphora.ENVOY));
    ArgumentActors resolver = new ArgumentActors(mentions, Set.of(), Set.of(), List.of("MLI"), Set.of(), Set.of());
    assertEquals(List.of(), resolver.resolve(List.of(s.tokens().get(1)), new Syntax(s), false));
  }

  @Test
  void aPronounResolvedToAPairIsBothParties() {
    // Rome et Madrid ... ils ont signé
    Sentence s = Parsed.sentence(0, "ils PRON il _ 3 nsubj", "ont AUX avoir _ 3 aux", "signé VERB signer _ 0 root");
    List<ActorMention> mentions = List.of(new ActorMention(0, 3, "ils", "ITA", "", "COUNTRY", ""),
        new ActorMention(0, 3, "ils", "ESP", "", "COUNTRY", ""));
    ArgumentActors resolver = new ArgumentActors(mentions, Set.of("ils"), Set.of(), List.of("ITA"), Set.of(), Set.of());
    List<Actor> actors = resolver.resolve(List.of(s.tokens().get(0)), new Syntax(s), false);
    assertEquals(List.of("ITA", "ESP"), actors.stream().map(Actor::code).toList());
  }
}
