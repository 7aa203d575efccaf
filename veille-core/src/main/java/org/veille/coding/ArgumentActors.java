package org.veille.coding;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.veille.model.Actor;
import org.veille.model.ActorMention;
import org.veille.model.Token;
import org.veille.nlp.Syntax;

/**
 * Turns the head word of an argument into actors: the actor mentions inside its noun phrase (one per
 * coordinated member), a pronoun's antecedent, or "les deux hommes" as the two parties last named.
 */
public final class ArgumentActors {
  private final List<ActorMention> mentions;
  private final Set<String> pronouns;
  private final Set<String> pairNouns;
  private final String fallbackCountry;
  private final List<String> mainCountries;
  private final Set<String> locatives;
  private final Set<String> impersonal;

  /**
   * @param mentions        the document's actor mentions, sorted by start
   * @param pronouns        words that refer back to the last named actor
   * @param pairNouns       heads of "les deux X" that refer to the last two parties
   * @param mainCountries   the article's most named countries, first the one it is most about
   * @param locatives       prepositions before a place that say where, not whom ("en", "pour")
   * @param impersonal      verbs whose subject "il" stands for nobody ("il s'agit", "il faut")
   */
  public ArgumentActors(List<ActorMention> mentions, Set<String> pronouns, Set<String> pairNouns,
                        List<String> mainCountries, Set<String> locatives, Set<String> impersonal) {
    this.mentions = mentions;
    this.locatives = locatives;
    this.impersonal = impersonal;
    this.pronouns = pronouns;
    this.pairNouns = pairNouns;
    this.mainCountries = mainCountries;
    this.fallbackCountry = mainCountries.isEmpty() ? null : mainCountries.get(0);
  }

  /** The actors the argument words stand for; with {@code placesOnly}, only countries and capitals. */
  public List<Actor> resolve(List<Token> args, Syntax syn, boolean placesOnly) {
    return resolve(args, syn, placesOnly, Set.of());
  }

  /** As above; {@code others} are the codes a back-reference cannot stand for (the event's actor). */
  public List<Actor> resolve(List<Token> args, Syntax syn, boolean placesOnly, Set<String> others) {
    return resolve(args, syn, placesOnly, others, false);
  }

  /**
   * The parties an act is done to: as above, and a phrase that names nobody but has a possessive ("son
   * chauffeur a été libéré") stands for the possessor's side. Not for agents: "leur volonté de" is no one.
   */
  public List<Actor> resolvePatient(List<Token> args, Syntax syn, boolean placesOnly, Set<String> others) {
    return resolve(args, syn, placesOnly, others, true);
  }

  private List<Actor> resolve(List<Token> args, Syntax syn, boolean placesOnly, Set<String> others,
                              boolean possessive) {
    Map<String, Actor> byCode = new LinkedHashMap<>();
    for (Token arg : args) {
      for (Token member : syn.conjuncts(arg)) {
        for (Actor a : resolveOne(member, arg, syn, placesOnly, others, possessive)) {
          byCode.putIfAbsent(a.code(), a);
        }
      }
    }
    return new ArrayList<>(byCode.values());
  }

  /**
   * When the parse gives no argument (the parser errs on long news sentences), the closest actor named
   * before the trigger (direction -1) or after it (+1) in the same clause-free stretch of the sentence.
   */
  public List<Actor> nearest(Syntax syn, Token trigger, int direction) {
    return nearest(syn, trigger, direction, Set.of(), true);
  }

  /**
   * The closest actor named on one side of the trigger in its sentence, other than {@code exclude} and
   * places named as where something is or goes; with {@code sameClause}, not past a relative pronoun
   * or subordinating conjunction.
   */
  public List<Actor> nearest(Syntax syn, Token trigger, int direction, Set<String> exclude, boolean sameClause) {
    var s = syn.sentence();
    ActorMention best = null;
    for (ActorMention m : mentions) {
      if (m.code() == null || exclude.contains(m.code()) || m.start() < s.start() || m.end() > s.end()) {
        continue;
      }
      boolean side = direction < 0 ? m.end() <= trigger.start() : m.start() >= trigger.end();
      if (!side || (sameClause && crossesClause(syn, trigger, m, direction))
          || isLocative(syn, m)) {
        continue;
      }
      if (best == null || (direction < 0 ? m.start() > best.start() : m.start() < best.start())) {
        best = m;
      }
    }
    return best == null ? List.of() : List.of(best.toActor());
  }

  /** A relative pronoun or a subordinating conjunction between the two starts another clause. */
  private static boolean crossesClause(Syntax syn, Token trigger, ActorMention m, int direction) {
    int from = direction < 0 ? m.end() : trigger.end();
    int to = direction < 0 ? trigger.start() : m.start();
    for (Token t : syn.sentence().tokens()) {
      if (t.start() >= from && t.end() <= to) {
        String w = t.word().toLowerCase();
        if ((t.pos().equals("PRON") && RELATIVE.contains(w)) || t.pos().equals("SCONJ") || w.equals(";")
            || w.equals(":")) {
          return true;
        }
      }
    }
    return false;
  }

  /** A place in a locative phrase ("parti pour la Guinée", "en Syrie") says where, not whom. */
  private boolean isLocative(Syntax syn, ActorMention m) {
    if (!ArticleParties.isPlace(m)) {
      return false;
    }
    for (Token t : syn.sentence().tokens()) {
      if (t.start() >= m.start() && t.end() <= m.end()) {
        String prep = syn.preposition(t);
        if (!prep.isEmpty()) {
          // "à Bamako" is a place; "à la France" may be the party addressed
          return locatives.contains(prep.split(" ")[0]) || prep.startsWith("à") && !m.kind().equals("COUNTRY");
        }
      }
    }
    return false;
  }

  private static final Set<String> RELATIVE = Set.of("qui", "que", "qu'", "dont", "lequel", "laquelle", "où");

  private List<Actor> resolveOne(Token t, Token argHead, Syntax syn, boolean placesOnly, Set<String> others,
                                 boolean possessive) {
    String w = t.word().toLowerCase();
    if (t.pos().equals("PRON") || t.pos().equals("DET") && Set.of("son", "sa", "ses", "leur", "leurs").contains(w)) {
      List<Actor> resolved = resolvedReference(t);
      if (!resolved.isEmpty()) {
        return resolved; // "nous" in a quotation, "ils" after "X et Y": Anaphora found who
      }
      Token verb = syn.head(t);
      if (w.equals("il") && verb != null && impersonal.contains(verb.lemma())) {
        return List.of();
      }
      if (pronouns.contains(w) || t.pos().equals("DET")) {
        ActorMention m = lastBefore(t.start(), true);
        return m == null ? List.of() : List.of(actor(m));
      }
      return List.of();
    }
    if (isPair(t, syn)) {
      return lastTwo(t.start());
    }
    if (isDemonstrative(t, syn) && !isMention(t) && syn.children(t, "nmod").isEmpty()) {
      // "ce pays a menacé": the last country named before
      for (int i = mentions.size() - 1; i >= 0; i--) {
        ActorMention m = mentions.get(i);
        if (m.end() <= t.start() && m.code() != null && !others.contains(m.code())
            && (m.kind().equals("COUNTRY") || m.kind().equals("CAPITAL"))) {
          return List.of(new Actor(m.code(), m.sector(), t.word()));
        }
      }
    }
    if (isDemonstrative(t, syn) && !isMention(t)) {
      // "cet allié de Moscou": a description of a party the article is about, not Moscow
      for (String code : mainCountries) {
        if (!others.contains(code)) {
          return List.of(new Actor(code, "", t.word()));
        }
      }
      return List.of();
    }
    List<Token> phrase = syn.phrase(t);
    if (t != argHead) {
      phrase.removeIf(x -> x.index() != t.index() && syn.depthBelow(x, t) < 0);
    } else {
      // the coordinated members are resolved on their own
      for (Token c : syn.children(t, "conj")) {
        phrase.removeAll(syn.phrase(c));
      }
    }
    ActorMention best = null;
    int bestScore = Integer.MAX_VALUE;
    for (ActorMention m : mentions) {
      if (placesOnly && !ArticleParties.isPlace(m)) {
        continue;
      }
      for (Token x : phrase) {
        if (x.start() < m.end() && m.start() < x.end()) {
          int d = syn.depthBelow(x, t);
          int score = d * 10 + weakness(m);
          if (d >= 0 && score < bestScore) {
            best = m;
            bestScore = score;
          }
        }
      }
    }
    if (best == null) {
      // an agent in a "par" phrase ("par ses détracteurs") is people too, unlike "leur volonté"
      boolean people = possessive || syn.preposition(argHead).equals("par");
      return people ? possessor(phrase, t, syn) : List.of();
    }
    if (best.code() == null && org.veille.actors.ReferenceResolver.COUNTERPART.equals(best.entity())) {
      // "son homologue": the main party of the article other than the one acting
      for (String code : mainCountries) {
        if (!others.contains(code)) {
          return List.of(new Actor(code, best.sector(), best.text()));
        }
      }
      return List.of();
    }
    Actor a = actor(best);
    return a == null ? List.of() : List.of(a);
  }

  /**
   * "son chauffeur", "21 de ses membres": a phrase that names nobody but has a possessive stands for
   * someone of the possessor's side, the last party named before it.
   */
  private List<Actor> possessor(List<Token> phrase, Token head, Syntax syn) {
    for (Token x : phrase) {
      int d = syn.depthBelow(x, head);
      if (x.pos().equals("DET") && POSSESSIVE.contains(x.word().toLowerCase()) && d >= 0 && d <= 2) {
        ActorMention m = lastBefore(x.start(), false);
        return m == null ? List.of() : List.of(new Actor(m.code(), "", x.word()));
      }
    }
    return List.of();
  }

  private static final Set<String> POSSESSIVE = Set.of("son", "sa", "ses", "leur", "leurs");

  /**
   * Among mentions at the same depth, a named person or body says more than a nationality adjective:
   * in "la capitale kazakhe, Emmanuel Macron" the actor is Macron, not Kazakhstan.
   */
  private static int weakness(ActorMention m) {
    if (org.veille.actors.ReferenceResolver.COUNTERPART.equals(m.entity())) {
      return 25; // "son homologue Kassym-Jomart Tokaïev": the name says who
    }
    if (org.veille.actors.ReferenceResolver.INFERRED.equals(m.entity())) {
      return 15; // "le président Emmanuel Macron": the name, not the article's country
    }
    int unresolved = m.code() == null ? 5 : 0;
    return unresolved + switch (m.kind()) {
      case "PERSON", "ORG", "GROUP" -> 0;
      case "ROLE", "COUNTRY" -> 1;
      case "CAPITAL" -> 2;
      default -> 3;
    };
  }

  private Actor actor(ActorMention m) {
    if (m.code() != null) {
      return m.toActor();
    }
    if (org.veille.actors.Anaphora.ENVOY.equals(m.entity())) {
      return null; // "l'ambassadeur au Mali": sent by a country the text does not name, not the article's
    }
    return fallbackCountry == null ? null : new Actor(fallbackCountry, m.sector(), m.text());
  }

  private static boolean isDemonstrative(Token t, Syntax syn) {
    if (!t.pos().equals("NOUN")) {
      return false;
    }
    for (Token d : syn.children(t, "det")) {
      if (isDemonstrativeWord(d)) {
        return true;
      }
    }
    return false;
  }

  /** "ce", "cette", "ces", "this", "that": the determiner of a description that refers back. */
  static boolean isDemonstrativeWord(Token d) {
    return d.lemma().equals("ce") || d.word().equalsIgnoreCase("this") || d.word().equalsIgnoreCase("that");
  }

  /** "deux", "two", "both": the word that makes "les deux pays" the last two parties. */
  static boolean isPairWord(Token c) {
    return c.lemma().equals("deux") || c.word().equalsIgnoreCase("two") || c.word().equalsIgnoreCase("both");
  }

  /** A mention over a pronoun can only come from reference resolution (the gazetteer names no pronoun). */
  private List<Actor> resolvedReference(Token t) {
    List<Actor> out = new ArrayList<>();
    for (ActorMention m : mentions) {
      if (m.start() == t.start() && m.end() == t.end() && m.code() != null) {
        out.add(m.toActor());
      }
    }
    return out;
  }

  private boolean isMention(Token t) {
    for (ActorMention m : mentions) {
      if (m.start() < t.end() && t.start() < m.end()) {
        return true;
      }
    }
    return false;
  }

  private boolean isPair(Token t, Syntax syn) {
    if (!pairNouns.contains(t.lemma())) {
      return false;
    }
    for (Token c : syn.children(t)) {
      if (isPairWord(c)) {
        return true;
      }
    }
    return false;
  }

  private ActorMention lastBefore(int offset, boolean preferPeople) {
    ActorMention fallback = null;
    for (int i = mentions.size() - 1; i >= 0; i--) {
      ActorMention m = mentions.get(i);
      if (m.start() >= offset || m.code() == null) {
        continue;
      }
      if (!preferPeople || m.kind().equals("PERSON") || m.kind().equals("ROLE")) {
        return m;
      }
      if (fallback == null) {
        fallback = m;
      }
    }
    return fallback;
  }

  private List<Actor> lastTwo(int offset) {
    Map<String, Actor> found = new LinkedHashMap<>();
    for (int i = mentions.size() - 1; i >= 0 && found.size() < 2; i--) {
      ActorMention m = mentions.get(i);
      if (m.start() < offset && m.code() != null && !m.kind().equals("ORG")) {
        found.putIfAbsent(m.code(), m.toActor());
      }
    }
    return found.size() == 2 ? new ArrayList<>(found.values()) : List.of();
  }
}
