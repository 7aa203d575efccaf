package org.veille.coding;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.veille.model.Document;
import org.veille.model.Sentence;
import org.veille.model.Token;
import org.veille.nlp.Syntax;

/**
 * Matches whose surroundings show they name no act: a trigger word inside a proper name, advice,
 * a counterfactual, a participle describing a standing tie. The words are data
 * ({@code coding/not-events.txt}).
 */
final class NotEvents {
  private final Set<String> naming = new HashSet<>();
  private final Map<String, String> advice = new HashMap<>();
  private final Set<String> counterfactual = new HashSet<>();
  private final Set<String> relations = new HashSet<>();
  private final Map<String, String> members = new HashMap<>();
  private final Set<String> emergencies = new HashSet<>();
  private final Set<String> disasters = new HashSet<>();

  NotEvents(String lang) {
    for (String line : Resources.lines("/org/veille/" + lang + "/coding/not-events.txt")) {
      String[] c = line.split("\\s+");
      switch (c[0]) {
        case "name" -> naming.add(c[1]);
        case "advice" -> advice.put(c[1], c[2]);
        case "counterfactual" -> counterfactual.add(c[1]);
        case "relation" -> relations.add(c[1]);
        case "member" -> members.put(c[2], c[1]);
        case "emergency" -> emergencies.add(c[1]);
        case "disaster" -> disasters.add(c[1]);
        default -> throw new IllegalStateException("not-events.txt: unknown kind " + c[0]);
      }
    }
  }

  /** The article tells of a natural disaster somewhere, its heading included. */
  boolean isDisasterArticle(Document doc) {
    for (Sentence s : doc.sentences()) {
      for (Token t : s.tokens()) {
        if (disasters.contains(t.lemma())) {
          return true;
        }
      }
    }
    return false;
  }

  boolean covers(Candidate c, Syntax syn, boolean disasterArticle) {
    return insideName(c.trigger(), syn) || isAdviceOrCounterfactual(c.clause(), syn) || isRelation(c.trigger(), syn)
        || isMember(c.trigger(), syn) || disasterArticle && c.pattern().type().equals("COERCE")
        && emergencies.contains(c.trigger().lemma());
  }

  /** "faisait partie des promesses": the trigger noun names the set, not an act. */
  private boolean isMember(Token t, Syntax syn) {
    if (!t.pos().equals("NOUN") || !t.deprel().startsWith("nmod")) {
      return false;
    }
    Token set = syn.head(t);
    Token verb = set == null ? null : syn.head(set);
    return verb != null && verb.lemma().equals(members.get(set.lemma()));
  }

  /**
   * The trigger lies in the name a naming verb introduces: the verb is followed at once by a capitalised
   * word, and nothing between the name's start and the trigger ends the phrase (punctuation, a finite
   * verb, a relative pronoun). Read along the words, not the parse, which often hangs the name's tail
   * on the noun being named ("une force baptisée Mission pour le soutien de la paix").
   */
  private boolean insideName(Token t, Syntax syn) {
    for (int i = t.index() - 1; i >= 0 && i >= t.index() - 12; i--) {
      Token w = syn.token(i);
      if (endsPhrase(w)) {
        return false;
      }
      if (naming.contains(w.lemma()) && w.pos().equals("VERB")) {
        Token next = syn.token(i + 1);
        if (next != null && next.word().equals("«")) {
          next = syn.token(i + 2);
        }
        return next != null && !next.word().isEmpty() && Character.isUpperCase(next.word().charAt(0));
      }
    }
    return false;
  }

  private static boolean endsPhrase(Token w) {
    return (w.pos().equals("PUNCT") && !w.word().equals("«") && !w.word().equals("-")) || w.pos().equals("AUX")
        || (w.pos().equals("VERB") && w.hasFeature("VerbForm=Fin")) || w.deprel().startsWith("nsubj")
        && w.pos().equals("PRON");
  }

  /** "feraient mieux d'arrêter", "aurait dû condamner": the clause is the complement of advice or regret. */
  private boolean isAdviceOrCounterfactual(Token clause, Syntax syn) {
    // "feraient mieux d'enquêter et d'arrêter": each conjunct is advice
    for (int i = 0; i < 3 && clause != null && clause.deprel().equals("conj"); i++) {
      clause = syn.head(clause);
    }
    if (clause == null || !clause.deprel().equals("xcomp")) {
      return false;
    }
    Token h = syn.head(clause);
    if (h == null) {
      return false;
    }
    String adverb = advice.get(h.lemma());
    if (adverb != null) {
      for (Token k : syn.children(h, "advmod")) {
        if (k.lemma().equals(adverb)) {
          return true;
        }
      }
    }
    if (counterfactual.contains(h.lemma()) && h.hasFeature("VerbForm=Part")) {
      for (Token k : syn.children(h, "aux")) {
        if (k.hasFeature("Mood=Cnd")) {
          return true;
        }
      }
    }
    return false;
  }

  /** "les milices soutenues par Téhéran": a participle of a standing tie that modifies a noun. */
  private boolean isRelation(Token t, Syntax syn) {
    // set off by a comma, the participle tells an act of the story: "les troupes, appuyées par l'aviation, ont repris"
    Token before = syn.token(t.index() - 1);
    return t.pos().equals("VERB") && t.deprel().equals("acl") && t.hasFeature("VerbForm=Part")
        && relations.contains(t.lemma()) && !(before != null && before.word().equals(","));
  }
}
