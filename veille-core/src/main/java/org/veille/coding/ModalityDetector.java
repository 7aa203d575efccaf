package org.veille.coding;

import org.veille.nlp.Syntax;

import java.util.ArrayList;
import java.util.List;
import org.veille.model.Modality;
import org.veille.model.Token;

/**
 * Decides whether a matched event is asserted, future, hypothetical or negated from the clause verb, its
 * auxiliaries, the verbs that govern it and the adverbs around it. Negation outranks the others: "ne
 * signera pas" is negated, not future.
 */
public final class ModalityDetector {
  private final ModalityRules rules;

  public ModalityDetector(ModalityRules rules) {
    this.rules = rules;
  }

  public Modality detect(Candidate c, Syntax syn) {
    String forced = c.pattern().option("modality");
    if (forced != null) {
      return Modality.valueOf(forced.toUpperCase());
    }
    Modality found = null;
    // a nominal trigger can carry its own cue: "la prochaine visite", "une éventuelle rencontre"
    if (!c.trigger().equals(c.clause())) {
      for (Token m : syn.children(c.trigger())) {
        String kind = m.deprel().startsWith("amod") || m.deprel().startsWith("acl") ? "amod" : m.deprel();
        found = stronger(found, rules.cue(kind, m.lemma()));
      }
      // a noun that sets the scene with a cue of its own keeps it: in "le contrat devrait être signé lors
      // de la visite prévue le 27", the visit is planned whatever becomes of the contract
      if (found != null && c.trigger().deprel().startsWith("obl")) {
        return found;
      }
      // as a subject, the noun names an event the clause comments on: "cette proposition pourrait
      // permettre" does not make the proposal hypothetical
      if (isSubject(c.trigger(), syn)) {
        // ... unless the clause says it is planned: "une manifestation a été prévue" (parsed as a
        // passive, or as a copula with the participle as adjective)
        if (syn.isPassive(c.clause()) || !syn.children(c.clause(), "cop").isEmpty()) {
          found = stronger(found, rules.cue("amod", c.clause().lemma()));
        }
        return found == null ? Modality.ASSERTED : found;
      }
    }
    List<Token> chain = governors(c.clause(), syn);
    for (int i = 0; i < chain.size(); i++) {
      Token v = chain.get(i);
      boolean hasNe = false;
      for (Token ch : syn.children(v)) {
        String w = ch.word().toLowerCase();
        hasNe |= w.equals("ne") || w.equals("n'");
      }
      // a verb governs only its infinitive complement: in "ont nié ces accusations et prétendent que",
      // the second verb is coordinated with "nier", not denied by it
      if (i > 0 && chain.get(i - 1).deprel().equals("xcomp")) {
        Modality past = compoundPast(v, syn) ? rules.cue("governor-past", v.lemma()) : null;
        Modality cue = rules.cue("governor", v.lemma());
        // "a annoncé avoir tiré": a perfect infinitive under the governor is done, not to come
        if (cue == Modality.FUTURE && !syn.children(chain.get(i - 1), "aux").isEmpty()) {
          cue = null;
        }
        found = past != null ? past : stronger(found, cue);
      }
      for (Token ch : syn.children(v)) {
        String rel = ch.deprel();
        if (rel.startsWith("advmod") || rel.equals("det")) {
          found = stronger(found, rules.cue("advmod", ch.lemma().toLowerCase()));
          if (hasNe) {
            found = stronger(found, rules.cue("ne-advmod", ch.lemma().toLowerCase()));
          }
        } else if (rel.equals("mark")) {
          // "si" with a passé composé states a fact ("Si X a été libérée, Y reste détenu"); the
          // hypothetical "si" takes a present, imperfect or pluperfect
          Modality perfect = perfect(v, syn) ? rules.cue("mark-perfect", ch.lemma().toLowerCase()) : null;
          found = perfect != null ? stronger(found, perfect)
              : stronger(found, rules.cue("mark", ch.lemma().toLowerCase()));
        } else if (rel.startsWith("aux")) {
          found = stronger(found, verbForm(ch));
          found = stronger(found, rules.cue("aux", ch.lemma()));
        } else if (rel.equals("obj") || rel.startsWith("nsubj")) {
          for (Token d : syn.children(ch, "det")) {
            found = stronger(found, rules.cue("advmod", d.lemma().toLowerCase()));
          }
        }
      }
      if (!hasAux(v, syn)) {
        found = stronger(found, verbForm(v));
      }
      if (i == 0 && found == Modality.NEGATED) {
        break;
      }
    }
    return found == null ? Modality.ASSERTED : found;
  }

  /** A subject, or a noun coordinated with one: "de nouvelles actions, ainsi qu'une manifestation". */
  private static boolean isSubject(Token t, Syntax syn) {
    Token first = t.deprel().equals("conj") ? syn.head(t) : t;
    return first != null && first.deprel().startsWith("nsubj");
  }

  /**
   * A verb with a finite auxiliary ("avaient demandé") heads a clause of its own, whatever the parse
   * says: only an infinitive ("va signer", "a annoncé avoir tiré") takes its governor's modality.
   */
  private static boolean hasFiniteAux(Token v, Syntax syn) {
    for (Token aux : syn.children(v, "aux")) {
      if (aux.hasFeature("VerbForm=Fin")) {
        return true;
      }
    }
    return false;
  }

  /** A passé composé: a participle whose first auxiliary is in the present ("a signé", "a été libéré"). */
  private static boolean perfect(Token v, Syntax syn) {
    if (!v.hasFeature("VerbForm=Part")) {
      return false;
    }
    for (Token aux : syn.children(v)) {
      if (aux.deprel().startsWith("aux") && aux.hasFeature("VerbForm=Fin")) {
        return aux.hasFeature("Tense=Pres") && !aux.hasFeature("Mood=Sub");
      }
    }
    return false;
  }

  private static boolean compoundPast(Token v, Syntax syn) {
    return v.hasFeature("VerbForm=Part") && !syn.children(v, "aux").isEmpty();
  }

  private boolean hasAux(Token v, Syntax syn) {
    return !syn.children(v, "aux").isEmpty();
  }

  private Modality verbForm(Token v) {
    if (v.hasFeature("Mood=Cnd")) {
      return rules.cue("mood", "Cnd");
    }
    if (v.hasFeature("Tense=Fut")) {
      return rules.cue("tense", "Fut");
    }
    return null;
  }

  /**
   * The clause verb and the verbs above it that can change its modality: "va signer" (xcomp of aller),
   * "refuse de signer", "pourrait se rendre". Stops at reporting verbs' complement clauses, whose own
   * tense speaks for them.
   */
  private static List<Token> governors(Token verb, Syntax syn) {
    List<Token> out = new ArrayList<>();
    Token cur = verb;
    out.add(cur);
    for (int i = 0; i < 3; i++) {
      String rel = cur.deprel();
      if (!(rel.equals("xcomp") || rel.equals("conj"))) {
        break;
      }
      // a coordinated clause with its own subject has its own modality: "X pourrait céder et les
      // démocrates ont demandé ..." does not make the request hypothetical
      if (rel.equals("conj") && !syn.children(cur, "nsubj").isEmpty() || hasFiniteAux(cur, syn)) {
        break;
      }
      Token h = syn.head(cur);
      if (h == null) {
        break;
      }
      out.add(h);
      cur = h;
    }
    return out;
  }

  private static Modality stronger(Modality a, Modality b) {
    if (a == null) {
      return b;
    }
    if (b == null) {
      return a;
    }
    return rank(b) > rank(a) ? b : a;
  }

  private static int rank(Modality m) {
    return switch (m) {
      case ASSERTED -> 0;
      case FUTURE -> 1;
      case HYPOTHETICAL -> 2;
      case NEGATED -> 3;
    };
  }
}
