package org.veille.coding;

import java.util.List;
import java.util.Set;
import org.veille.model.Sentence;
import org.veille.model.Token;
import org.veille.nlp.InvertedSubjects;
import org.veille.nlp.Syntax;

/**
 * Matches that are not events of their own: headings, participles that describe a noun, bare nouns
 * that qualify another, and the content of a promise, demand, refusal, threat or accusation ("accuse X de
 * vouloir annexer" alleges an annexation; "condamne l'attaque" re-tells an attack reported elsewhere, and its
 * author is not the one who condemns it).
 */
final class CandidateFilters {
  private CandidateFilters() {
  }


  /**
   * A title or section heading: short, without final punctuation. It sums up what the body tells, so
   * its events would only duplicate the body's, with the publication date for want of any other.
   */
  static boolean isHeading(Sentence s) {
    return isHeading(s.tokens());
  }

  /** {@link #isHeading(Sentence)} on a sentence's words alone: it needs no parse. */
  static boolean isHeading(List<Token> t) {
    if (t.isEmpty() || t.size() > 16) {
      return false;
    }
    String last = t.get(t.size() - 1).word();
    return !(last.equals(".") || last.equals("!") || last.equals("?") || last.equals("»") || last.equals("\"")
        || last.equals("…") || last.equals(":"));
  }

  /**
   * "s'engagent à développer leur coopération", "exige que Pyongyang cesse ses essais": what is promised,
   * demanded, refused or threatened is the content of that act, not an event of its own.
   */
  static boolean isContentOfAnother(Candidate c, List<Candidate> all, Syntax syn) {
    // a noun inside the object of a demand or a promise: "réclamer la démission de la présidente",
    // "demandé le respect d'un cessez-le-feu", "proposant le déploiement de casques bleus"
    Token up = c.trigger();
    for (int i = 0; i < 3 && !up.pos().equals("VERB"); i++) {
      Token h = syn.head(up);
      // only along the content: objects and their noun complements, not scene-setting adjuncts
      if (h == null || !(up.deprel().startsWith("obj") || up.deprel().startsWith("nmod"))) {
        break;
      }
      for (Candidate other : all) {
        if (other != c && other.trigger().index() == h.index() && governsContent(other.pattern().type())) {
          return true;
        }
      }
      up = h;
    }
    Token cur = c.clause();
    for (int i = 0; i < 3 && cur != null; i++) {
      String rel = cur.deprel();
      // "sont descendus dans la rue pour réclamer sa démission": what a protest is for is its content
      boolean purpose = rel.startsWith("advcl") && VOICED.contains(c.pattern().type());
      if (!(purpose || rel.equals("xcomp") || rel.equals("ccomp") || rel.startsWith("obj") || rel.startsWith("obl"))) {
        return false;
      }
      cur = syn.head(cur);
      if (cur == null) {
        return false;
      }
      for (Candidate other : all) {
        if (other != c && other.trigger().index() == cur.index()
            && (purpose ? other.pattern().type().equals("PROTEST") : governsContent(other.pattern().type()))) {
          return true;
        }
      }
      if (purpose) {
        return false;
      }
    }
    return false;
  }

  /** What protesters voice: demands, accusations, refusals. */
  private static final Set<String> VOICED = Set.of("REQUEST", "ACCUSE", "REJECT");

  /**
   * A participle that modifies a noun ("les ressortissants expulsés", "le premier accord signé avec")
   * describes the noun; the event it names is told elsewhere, as a clause of its own.
   */
  static boolean isModifier(Candidate c, Syntax syn) {
    Token t = c.trigger();
    if (t.pos().equals("VERB") && t.deprel().equals("acl") && t.hasFeature("VerbForm=Part")) {
      // "les assaillants, abattus par les forces de l'ordre": with its agent, the participle tells an act
      return syn.prepositional(t, Set.of("par")).isEmpty() && syn.children(t, "obl:agent").isEmpty();
    }
    // a bare noun qualifying another noun names a kind, not an event: "avions de combat", "visite d'État"
    if (t.pos().equals("NOUN") && t.deprel().startsWith("nmod") && syn.children(t, "det").isEmpty()) {
      Token h = syn.governor(t);
      // unless the head noun is the use of the thing the rule names ("le jet de gaz lacrymogènes", option via=)
      String via = c.pattern().option("via");
      if (h != null && via != null && Set.of(via.split("/")).contains(h.lemma())) {
        return false;
      }
      return h != null && h.pos().equals("NOUN") && syn.preposition(t).equals("de");
    }
    return false;
  }

  /** Speech acts that an incise only uses to frame a quotation ("a-t-il demandé", "a-t-elle prévenu"). */
  private static final Set<String> FRAMING = Set.of("REQUEST", "THREATEN");

  /**
   * An incise after a quotation: "« Pourquoi des sanctions ? », a-t-il demandé", "« ... », a-t-il
   * prévenu". Its verb names the manner of speaking (asking a question, stressing a point), and the
   * demand or warning, if any, is told by the quotation or the sentence reporting it, not by the incise.
   */
  static boolean isIncise(Candidate c, Syntax syn) {
    if (!FRAMING.contains(c.pattern().type())) {
      return false;
    }
    for (Token k : syn.children(c.trigger(), "nsubj")) {
      if (InvertedSubjects.isInvertedSubject(k)) {
        return true;
      }
    }
    return false;
  }

  private static boolean governsContent(String type) {
    return switch (type) {
      case "AGREE", "REQUEST", "REJECT", "THREATEN", "ACCUSE" -> true;
      default -> false;
    };
  }
}
