package org.veille.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.veille.model.Sentence;
import org.veille.model.Token;

/**
 * Questions about a parsed sentence that the coder asks again and again: a word's children by relation,
 * its grammatical subject and object (through passives, coordination, control and relative clauses),
 * the preposition that introduces it, the extent of the phrase it heads.
 */
public final class Syntax {
  /** Relations that stay inside a noun phrase: its actors are found among these descendants. */
  private static final Set<String> PHRASE = Set.of("det", "amod", "nmod", "appos", "flat:name", "flat",
      "compound", "conj", "cc", "case", "nummod", "fixed", "flat:foreign", "dep", "punct");
  private static final Set<String> RELATIVE_PRONOUNS = Set.of("qui", "que", "lequel", "laquelle",
      "lesquels", "lesquelles", "dont", "who", "which", "that");

  private static final Set<String> REFLEXIVE_PERSONAL = Set.of("me", "m'", "te", "t'", "nous", "vous");

  private final Sentence sentence;
  private final List<Token> tokens;

  private final List<org.veille.model.TimeExpression> times;

  public Syntax(Sentence sentence) {
    this(sentence, List.of());
  }

  /** With the document's time expressions, so that a date never counts as a word's governor. */
  public Syntax(Sentence sentence, List<org.veille.model.TimeExpression> times) {
    this.sentence = sentence;
    this.tokens = sentence.tokens();
    this.times = times;
  }

  /**
   * The word a word really depends on: its head, skipping words of a time expression that the parser
   * took for a head ("imposé mardi de nouvelles sanctions" hangs the sanctions on "mardi").
   */
  public Token governor(Token t) {
    Token h = head(t);
    for (int i = 0; i < 5 && h != null && inTime(h); i++) {
      h = head(h);
    }
    return h;
  }

  private boolean inTime(Token t) {
    for (org.veille.model.TimeExpression te : times) {
      if (t.start() >= te.start() && t.end() <= te.end()) {
        return true;
      }
    }
    return false;
  }

  public Sentence sentence() {
    return sentence;
  }

  public Token token(int i) {
    return i >= 0 && i < tokens.size() ? tokens.get(i) : null;
  }

  public Token head(Token t) {
    return token(t.head());
  }

  public List<Token> children(Token t) {
    List<Token> out = new ArrayList<>();
    for (Token c : tokens) {
      if (c.head() == t.index()) {
        out.add(c);
      }
    }
    return out;
  }

  public List<Token> children(Token t, String relPrefix) {
    List<Token> out = new ArrayList<>();
    for (Token c : tokens) {
      if (c.head() == t.index() && relIs(c, relPrefix)) {
        out.add(c);
      }
    }
    return out;
  }

  /** True when the relation is {@code rel} or a subtype of it ("obl" matches "obl:arg"). */
  public static boolean relIs(Token t, String rel) {
    String d = t.deprel();
    return d.equals(rel) || d.startsWith(rel + ":");
  }

  public boolean isPassive(Token verb) {
    for (Token c : children(verb)) {
      if (c.deprel().equals("aux:pass") || c.deprel().equals("nsubj:pass")) {
        return true;
      }
    }
    return false;
  }

  /** Is a reflexive clitic "se" attached to the verb? Distinguishes "se rendre" from "rendre". */
  public boolean isReflexive(Token verb) {
    for (Token c : children(verb)) {
      String w = c.word().toLowerCase();
      if ((w.equals("se") || w.equals("s'") || w.equals("s")) && c.pos().equals("PRON")) {
        return true;
      }
      // "nous nous sommes arrêtés": a clitic of the first or second person before the verb
      if (REFLEXIVE_PERSONAL.contains(w) && c.pos().equals("PRON") && c.index() < verb.index()
          && (c.deprel().startsWith("expl") || c.deprel().equals("obj"))) {
        return true;
      }
    }
    return false;
  }

  /** The preposition (case marker) of a nominal dependent, lower-cased; "" when none. */
  public String preposition(Token noun) {
    StringBuilder sb = new StringBuilder();
    for (Token c : children(noun)) {
      if (c.deprel().equals("case")) {
        if (sb.length() > 0) {
          sb.append(' ');
        }
        sb.append(c.lemma().toLowerCase());
      }
    }
    return sb.toString();
  }

  /**
   * The agent of a verb: its active subject, the "par" phrase of a passive, the subject shared by a
   * coordinated or controlling verb, the antecedent of a relative pronoun, the noun an active
   * participle modifies.
   */
  public Token subject(Token verb) {
    return subject(verb, 0);
  }

  private Token subject(Token verb, int depth) {
    if (depth > 4) {
      return null;
    }
    boolean passive = isPassive(verb);
    for (Token c : children(verb)) {
      if (!passive && (c.deprel().equals("nsubj") || c.deprel().equals("csubj"))) {
        return antecedent(c, verb);
      }
      if (passive && relIs(c, "obl") && preposition(c).equals("par")) {
        return c;
      }
      if (c.deprel().equals("obl:agent")) {
        return c;
      }
    }
    if (passive) {
      return null;
    }
    Token h = head(verb);
    if (h == null) {
      return null;
    }
    String rel = verb.deprel();
    if (rel.equals("xcomp") || rel.equals("conj") || rel.startsWith("advcl")) {
      return subject(h, depth + 1);
    }
    if (rel.equals("acl") && !verb.hasFeature("VerbForm=Part") && !verb.hasFeature("Tense=Past")) {
      return h;
    }
    if (rel.equals("acl") && verb.hasFeature("Tense=Pres")) {
      return h;
    }
    return null;
  }

  /** The patient of a verb: its object, or the subject of a passive, or the noun a past participle modifies. */
  public Token object(Token verb) {
    boolean passive = isPassive(verb);
    for (Token c : children(verb)) {
      if (!passive && c.deprel().equals("obj")) {
        return antecedent(c, verb);
      }
      if (passive && (relIs(c, "nsubj"))) {
        return antecedent(c, verb);
      }
    }
    if (verb.deprel().equals("acl") && verb.hasFeature("Tense=Past")) {
      return head(verb);
    }
    if (verb.deprel().equals("conj")) {
      Token h = head(verb);
      if (h != null && isPassive(h) && passive) {
        return object(h);
      }
    }
    return null;
  }

  /** A relative pronoun stands for the noun its clause modifies. */
  private Token antecedent(Token arg, Token verb) {
    if (arg.pos().equals("PRON") && RELATIVE_PRONOUNS.contains(arg.word().toLowerCase())) {
      Token clause = verb;
      for (int i = 0; i < 4 && clause != null; i++) {
        if (clause.deprel().startsWith("acl")) {
          return head(clause);
        }
        clause = clause.deprel().equals("conj") ? head(clause) : null;
      }
    }
    return arg;
  }

  /** Nominal dependents (obl, nmod, obj...) introduced by one of the given prepositions. */
  public List<Token> prepositional(Token head, Set<String> preps) {
    List<Token> out = new ArrayList<>();
    for (Token c : children(head)) {
      if ((relIs(c, "obl") || relIs(c, "nmod") || relIs(c, "iobj")) && preps.contains(preposition(c))) {
        out.add(c);
      }
    }
    return out;
  }

  /** The words of the noun phrase headed by {@code t}, stopping at clauses. */
  public List<Token> phrase(Token t) {
    List<Token> out = new ArrayList<>();
    collect(t, out, 0);
    return out;
  }

  private void collect(Token t, List<Token> out, int depth) {
    out.add(t);
    if (depth > 6) {
      return;
    }
    for (Token c : children(t)) {
      String rel = c.deprel();
      String base = rel.contains(":") ? rel.substring(0, rel.indexOf(':')) : rel;
      if (PHRASE.contains(rel) || PHRASE.contains(base)) {
        collect(c, out, depth + 1);
      }
    }
  }

  /** Coordinated siblings of a word ("la France et l'Allemagne" → Allemagne for France). */
  public List<Token> conjuncts(Token t) {
    List<Token> out = new ArrayList<>();
    out.add(t);
    for (Token c : children(t, "conj")) {
      out.add(c);
    }
    return out;
  }

  /** Number of edges from {@code t} up to {@code ancestor}, or -1 when it is not below it. */
  public int depthBelow(Token t, Token ancestor) {
    int d = 0;
    Token cur = t;
    while (cur != null && d < 50) {
      if (cur.index() == ancestor.index()) {
        return d;
      }
      cur = head(cur);
      d++;
    }
    return -1;
  }

  /** The nearest verb at or above a word: the clause it belongs to. */
  public Token clauseHead(Token t) {
    Token cur = t;
    for (int i = 0; i < 20 && cur != null; i++) {
      if (cur.pos().equals("VERB") || cur.deprel().equals("root")) {
        return cur;
      }
      cur = head(cur);
    }
    return t;
  }
}
