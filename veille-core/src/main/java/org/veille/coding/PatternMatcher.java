package org.veille.coding;

import org.veille.nlp.Syntax;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.veille.model.Token;

/**
 * Applies patterns to a parsed sentence. Patterns are indexed by trigger lemma, so a sentence costs one
 * map look-up per word plus the checks of the few patterns its words trigger.
 */
public final class PatternMatcher {
  private final Map<String, List<Pattern>> byLemma = new HashMap<>();
  private final Set<String> authorVerbs;

  /** Argument paths the matcher understands (see consult.txt for their meaning). */
  static final Set<String> PATHS = Set.of("subj", "obj", "obl", "nmod", "amod", "iobj", "deep", "ccsubj",
      "head", "gov", "govobj", "govobl", "poss", "ctx", "home", "armed", "objall");

  public PatternMatcher(List<Pattern> patterns) {
    this(patterns, Set.of());
  }

  /**
   * @param authorVerbs passive verbs whose 'par' agent is the author of the act their subject noun
   *     names ("le limogeage ... a été annoncé par le président"); for other verbs the agent only acts
   *     on it ("ces bombardements sont critiqués par des ONG")
   */
  public PatternMatcher(List<Pattern> patterns, Set<String> authorVerbs) {
    this.authorVerbs = Set.copyOf(authorVerbs);
    for (Pattern p : patterns) {
      for (String path : concat(p.actor(), p.recipient())) {
        String kind = path.contains(":") ? path.substring(0, path.indexOf(':')) : path;
        if (!PATHS.contains(kind)) {
          throw new IllegalArgumentException(p.source() + ": unknown argument path '" + path + "'");
        }
      }
      for (String t : p.triggers()) {
        byLemma.computeIfAbsent(words(t)[0], k -> new ArrayList<>()).add(p);
      }
    }
    // multi-word triggers first: "grève de la faim" before "grève"
    for (List<Pattern> ps : byLemma.values()) {
      List<Pattern> multi = new ArrayList<>();
      List<Pattern> single = new ArrayList<>();
      for (Pattern p : ps) {
        (p.triggers().stream().anyMatch(t -> words(t).length > 1) ? multi : single).add(p);
      }
      ps.clear();
      ps.addAll(multi);
      ps.addAll(single);
    }
  }

  /** The words of a trigger: "état d'urgence" → état, d', urgence. */
  static String[] words(String trigger) {
    return trigger.toLowerCase().replace("'", "' ").trim().split("\\s+");
  }

  /** Does one of the pattern's triggers start at token {@code t} (all its words, in order)? */
  private static boolean triggerAt(Pattern p, Token t, List<Token> tokens) {
    for (String trig : p.triggers()) {
      String[] w = words(trig);
      if (!(w[0].equals(t.lemma()) || w[0].equals(t.word().toLowerCase()))) {
        continue;
      }
      boolean all = true;
      for (int k = 1; k < w.length && all; k++) {
        int i = t.index() + k;
        if (i >= tokens.size()) {
          all = false;
        } else {
          Token x = tokens.get(i);
          String word = x.word().toLowerCase().replace('\u2019', '\'');
          all = w[k].equals(word) || w[k].equals(x.lemma().toLowerCase());
        }
      }
      if (all) {
        return true;
      }
    }
    return false;
  }

  /** Is this lemma a trigger of any pattern? Used to decide which sentences are worth parsing. */
  public boolean isTrigger(String lemma) {
    return byLemma.containsKey(lemma);
  }

  public Set<String> triggerLemmas() {
    return byLemma.keySet();
  }

  /**
   * Could any pattern fire in these (unparsed) words? A trigger must be there, and the words a pattern
   * requires ("signer" needs an "accord", "traité"...; "mettre" needs "fin") somewhere in the sentence.
   * Cheap, and it spares the parser most sentences that merely contain a common verb.
   */
  public boolean couldMatch(List<Token> tokens) {
    return anyCouldFire(tokens, p -> true);
  }

  /**
   * Could a pattern whose actor may be inferred without any name ("home", "ctx") fire here?
   * Such sentences ("À Portland, une manifestation a dégénéré") deserve a parse without a known actor.
   */
  public boolean couldMatchUnnamed(List<Token> tokens) {
    return anyCouldFire(tokens, p -> p.actor().contains("home") || p.actor().contains("ctx")
        || p.actor().contains("armed"));
  }

  private boolean anyCouldFire(List<Token> tokens, java.util.function.Predicate<Pattern> which) {
    Set<String> lemmas = new java.util.HashSet<>();
    for (Token t : tokens) {
      lemmas.add(t.lemma());
      lemmas.add(t.word().toLowerCase());
    }
    for (Token t : tokens) {
      List<Pattern> ps = byLemma.get(t.lemma());
      if (ps == null) {
        ps = byLemma.get(t.word().toLowerCase());
      }
      for (Pattern p : ps == null ? List.<Pattern>of() : ps) {
        if (which.test(p) && triggerAt(p, t, tokens) && posFits(p.pos(), t) && lexicallyPossible(p, lemmas)) {
          return true;
        }
      }
    }
    return false;
  }

  private static final Set<String> CLITICS = Set.of("se", "s'", "me", "m'", "te", "t'", "nous", "vous");

  private static boolean lexicallyPossible(Pattern p, Set<String> lemmas) {
    if (p.has("refl") && CLITICS.stream().noneMatch(lemmas::contains)) {
      return false; // "se rendre" needs a "se" somewhere
    }
    String prep = p.option("prep");
    if (prep != null && java.util.Arrays.stream(prep.split("/")).map(w -> w.split(" ")[0])
        .noneMatch(lemmas::contains)) {
      return false;
    }
    for (String key : List.of("obj", "gov")) {
      String need = p.option(key);
      if (need != null && java.util.Arrays.stream(need.split("/")).map(w -> w.split(" ")[0])
          .noneMatch(lemmas::contains)) {
        return false;
      }
    }
    return true;
  }

  public List<Candidate> match(Syntax syn) {
    List<Candidate> out = new ArrayList<>();
    for (Token t : syn.sentence().tokens()) {
      List<Pattern> ps = byLemma.get(t.lemma());
      if (ps == null) {
        ps = byLemma.get(t.word().toLowerCase());
      }
      if (ps == null) {
        continue;
      }
      for (Pattern p : ps) {
        if (!triggerAt(p, t, syn.sentence().tokens()) || !posFits(p.pos(), t) || !conditionsHold(p, t, syn)) {
          continue;
        }
        Token clause = p.pos().equals("V") ? t : syn.clauseHead(t);
        out.add(new Candidate(p, t, clause, options(p.actor(), t, syn), options(p.recipient(), t, syn)));
        break; // the first pattern that fits a trigger wins: files list specific rules first
      }
    }
    return out;
  }

  private static boolean posFits(String pos, Token t) {
    return switch (pos) {
      case "V" -> t.pos().equals("VERB") || (t.pos().equals("ADJ") && t.hasFeature("VerbForm=Part"));
      case "N" -> t.pos().equals("NOUN");
      case "A" -> t.pos().equals("ADJ");
      default -> true;
    };
  }

  private static boolean conditionsHold(Pattern p, Token t, Syntax syn) {
    if (p.has("refl") && !syn.isReflexive(t)) {
      return false;
    }
    if (p.has("norefl") && syn.isReflexive(t)) {
      return false;
    }
    if (p.has("passive") && !syn.isPassive(t)) {
      return false;
    }
    String obj = p.option("obj");
    if (obj != null && !hasPatient(t, Set.of(obj.split("/")), syn)) {
      return false;
    }
    String notObj = p.option("notobj");
    if (notObj != null) {
      Token o = syn.object(t);
      if (o != null && Set.of(notObj.split("/")).contains(o.lemma())) {
        return false;
      }
    }
    String gov = p.option("gov");
    if (gov != null) {
      Token h = syn.governor(t);
      if (h == null || !Set.of(gov.split("/")).contains(h.lemma())) {
        return false;
      }
    }
    String nogov = p.option("nogov");
    if (nogov != null) {
      Token h = syn.governor(t);
      if (h != null && Set.of(nogov.split("/")).contains(h.lemma())) {
        return false;
      }
    }
    if (p.has("active") && syn.isPassive(t)) {
      return false;
    }
    if (p.has("transitive") && syn.object(t) == null) {
      return false;
    }
    String noprep = p.option("noprep");
    if (noprep != null) {
      for (String path : noprep.split("/")) {
        if (!syn.prepositional(t, Set.of(path)).isEmpty()) {
          return false;
        }
      }
    }
    String prep = p.option("prep");
    if (prep != null) {
      boolean found = false;
      // a noun the verb governs shares its phrases: in "ont été en contact avec X" the parser hangs
      // "avec X" on the verb as often as on the noun
      Token h = t.pos().equals("NOUN") && (t.deprel().startsWith("obl") || t.deprel().equals("obj"))
          ? syn.governor(t) : null;
      for (String path : prep.split("/")) {
        found |= !syn.prepositional(t, Set.of(path)).isEmpty() || h != null && !syn.prepositional(h, Set.of(path)).isEmpty();
      }
      if (!found) {
        return false;
      }
    }
    return true;
  }

  /**
   * Does the verb have a patient with one of these lemmas? Its object (or passive subject) first; the
   * parser sometimes attaches a fronted passive subject as an oblique ("un accord ... a été conclu"), so
   * any nominal dependent before the verb counts too.
   */
  private static boolean hasPatient(Token t, Set<String> wanted, Syntax syn) {
    // "feuille de route": the patient is its head word, "feuille"
    Set<String> lemmas = new java.util.HashSet<>();
    wanted.forEach(w -> lemmas.add(w.split(" ")[0]));
    Token o = syn.object(t);
    if (o != null && lemmas.contains(o.lemma())) {
      return true;
    }
    for (Token c : syn.children(t)) {
      if (c.index() < t.index() && (Syntax.relIs(c, "obl") || Syntax.relIs(c, "nsubj"))
          && lemmas.contains(c.lemma())) {
        return true;
      }
    }
    return false;
  }

  /** Evaluates every argument path, in the pattern's order. */
  List<List<Token>> options(List<String> paths, Token t, Syntax syn) {
    List<List<Token>> out = new ArrayList<>();
    for (String path : paths) {
      out.add(argument(path, t, syn));
    }
    return out;
  }

  private List<Token> argument(String path, Token t, Syntax syn) {
    int colon = path.indexOf(':');
    String kind = colon < 0 ? path : path.substring(0, colon);
    Set<String> preps = colon < 0 ? Set.of() : Set.of(path.substring(colon + 1).replace('_', ' ').split("/"));
    List<Token> out = new ArrayList<>();
    switch (kind) {
      case "subj" -> add(out, syn.subject(t));
      case "obj" -> add(out, syn.object(t));
      case "obl", "nmod" -> out.addAll(syn.prepositional(t, preps));
      case "amod" -> out.addAll(syn.children(t, "amod"));
      case "iobj" -> out.addAll(syn.children(t, "iobj"));
      case "objall" -> {
        Token o = syn.object(t);
        if (o != null) {
          descendants(o, syn, out, 0);
        }
      }
      case "ctx", "home", "armed" -> {
        // fallbacks the coder applies when nothing else names the actor
      }
      case "deep" -> deep(t, preps, syn, out, 0);
      case "ccsubj" -> {
        for (Token c : syn.children(t, "ccomp")) {
          add(out, syn.subject(c));
        }
      }
      case "head" -> add(out, syn.head(t));
      case "gov" -> {
        Token clause = syn.clauseHead(t);
        Token subject = clause != t && (authorVerbs.contains(clause.lemma()) || !inPassiveSubject(t, clause, syn)) ? syn.subject(clause) : null;
        if (subject != null && subject.index() != t.index()) {
          add(out, subject); // "cette offre intervient": the offer is not its own author
        }
      }
      case "govobj" -> {
        // "X a été contraint à la démission": the one pushed to act is the verb's patient, not its agent
        Token clause = syn.clauseHead(t);
        Token patient = clause != t ? syn.object(clause) : null;
        if (patient != null && patient.index() != t.index()) {
          add(out, patient);
        }
      }
      case "govobl" -> {
        Token clause = syn.clauseHead(t);
        if (clause != t) {
          out.addAll(syn.prepositional(clause, preps));
        }
      }
      case "poss" -> {
        for (Token c : syn.children(t, "det")) {
          if (Set.of("son", "sa", "ses", "leur", "leurs", "his", "her", "their", "its").contains(c.word().toLowerCase())) {
            Token clause = syn.clauseHead(t);
            add(out, clause != t ? syn.subject(clause) : null);
            if (out.isEmpty()) {
              out.add(c); // resolved later by coreference
            }
          }
        }
      }
      default -> throw new IllegalArgumentException("unknown argument path: " + path);
    }
    return out;
  }

  /** Prepositional phrases anywhere below the trigger: "prête à participer à la construction au Kazakhstan". */
  private static void deep(Token t, Set<String> preps, Syntax syn, List<Token> out, int depth) {
    if (depth > 4) {
      return;
    }
    for (Token c : syn.children(t)) {
      String rel = c.deprel();
      if ((Syntax.relIs(c, "obl") || Syntax.relIs(c, "nmod")) && preps.contains(syn.preposition(c))) {
        out.add(c);
      }
      if (!rel.startsWith("nsubj") && !rel.equals("punct") && !rel.startsWith("parataxis")) {
        deep(c, preps, syn, out, depth + 1);
      }
    }
  }

  /** Every noun or adjective in a phrase, clauses included: the parties inside "un accord sur X avec Y". */
  private static void descendants(Token t, Syntax syn, List<Token> out, int depth) {
    if (t.pos().equals("NOUN") || t.pos().equals("PROPN") || t.pos().equals("ADJ")) {
      out.add(t);
    }
    if (depth < 5) {
      for (Token c : syn.children(t)) {
        descendants(c, syn, out, depth + 1);
      }
    }
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> out = new ArrayList<>(a);
    out.addAll(b);
    return out;
  }

  private static void add(List<Token> out, Token t) {
    if (t != null) {
      out.add(t);
    }
  }

  /**
   * "ces bombardements sont critiqués par des ONG": the agent of the passive verb acts on the noun,
   * it is not the author of what the noun names.
   */
  private static boolean inPassiveSubject(Token t, Token clause, Syntax syn) {
    for (Token x = t; x != null && x.index() != clause.index(); x = syn.head(x)) {
      if (x.deprel().equals("nsubj:pass")) {
        return true;
      }
    }
    return false;
  }
}
