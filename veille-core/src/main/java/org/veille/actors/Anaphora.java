package org.veille.actors;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.veille.coding.Resources;
import org.veille.model.ActorMention;
import org.veille.model.Document;
import org.veille.model.Sentence;
import org.veille.model.Token;

/**
 * Gives words that stand for a party named elsewhere a mention of that party, so that the coder reads
 * them like names (the words are in {@code descriptions.txt}):
 * <ul>
 *   <li>a definite description ("l'organisation", "le mouvement") is the last organisation or group named,
 *       unless it is a setting ("dans l'organisation": the place of the act, not a party);</li>
 *   <li>"ce dernier", "celle-ci" is the last person or body named before;</li>
 *   <li>"nous", "notre", "on" inside a quotation is whoever the quotation is attributed to
 *       (« Nous ... », a déclaré le ministre ; selon X ; X a affirmé : « ... »);</li>
 *   <li>"ils", "leurs" is the pair just named ("X et Y") or the last group named in the plural;</li>
 *   <li>a capital after "l'accord de" names a text, not a party: its mention is dropped;</li>
 *   <li>an envoy to a country ("l'ambassadeur au Mali") is not of that country.</li>
 * </ul>
 */
public final class Anaphora {
  private final Map<String, Set<String>> describe = new HashMap<>();
  private final Set<String> latter = new HashSet<>();
  private final Set<String> speaker = new HashSet<>();
  private final Set<String> speech = new HashSet<>();
  private final Set<String> treaty = new HashSet<>();
  private final Set<String> locative = new HashSet<>();
  private final Set<String> envoy = new HashSet<>();
  private final Set<String> plural = new HashSet<>();
  /** Marks an envoy whose sending country is not said ("l'ambassadeur au Mali"): no country, not the host's. */
  public static final String ENVOY = "envoy";
  /**
   * Marks the mention of a word that stands for a party named elsewhere: the party is counted once, where
   * it is named, when weighing what the article is about.
   */
  public static final String REFERENCE = "reference";
  private static final Set<String> DEFINITE = Set.of("le", "la", "l'", "l’", "les");
  /** "ce dernier" stands for a person or a body; a place named in between is a setting ("à Madagascar"). */
  private static final Set<String> PLACES = Set.of("COUNTRY", "CAPITAL", "PLACE", "DEMONYM");
  private static final Set<String> DEMONSTRATIVE = Set.of("ce", "cet", "cette", "ces");

  public Anaphora(List<String> lines) {
    for (String line : lines) {
      String[] c = line.split("\\s+");
      switch (c[0]) {
        case "describe" -> describe.put(c[1], Set.of(c[2].split(",")));
        case "latter" -> latter.add(c[1]);
        case "speaker" -> speaker.add(c[1]);
        case "speech" -> speech.add(c[1]);
        case "treaty" -> treaty.add(c[1]);
        case "locative" -> locative.add(c[1]);
        case "envoy" -> envoy.add(c[1]);
        case "plural" -> plural.add(c[1]);
        default -> throw new IllegalArgumentException("unknown line in descriptions: " + line);
      }
    }
  }

  public static Anaphora forLanguage(String lang) {
    return new Anaphora(Resources.lines("/org/veille/" + lang + "/coding/descriptions.txt"));
  }

  public List<ActorMention> resolve(Document doc, List<ActorMention> input) {
    List<ActorMention> mentions = new ArrayList<>(input);
    String text = doc.text();
    mentions.removeIf(m -> namesATreaty(m, doc));
    sentToAHost(mentions, text);
    List<ActorMention> added = new ArrayList<>();
    for (Sentence s : doc.sentences()) {
      List<Token> tokens = s.tokens();
      for (int i = 0; i < tokens.size(); i++) {
        Token t = tokens.get(i);
        if (covers(mentions, t)) {
          continue;
        }
        String w = t.word().toLowerCase();
        ActorMention antecedent = null;
        if (describe.containsKey(t.lemma()) && t.pos().equals("NOUN") && i > 0
            && (DEFINITE.contains(tokens.get(i - 1).word().toLowerCase())
                || DEMONSTRATIVE.contains(tokens.get(i - 1).word().toLowerCase()))
            && !namedRightAfter(mentions, tokens, i)
            && (i < 2 || !locative.contains(tokens.get(i - 2).lemma()))) {
          antecedent = lastOfKind(mentions, t.start(), describe.get(t.lemma()));
        } else if (latter.contains(w) && (w.contains("-") || i > 0
            && DEMONSTRATIVE.contains(tokens.get(i - 1).word().toLowerCase())
            && (i + 1 == tokens.size() || !tokens.get(i + 1).pos().equals("NOUN")))) {
          // "ces derniers temps", "cette dernière semaine": an adjective, not a reference
          antecedent = latterOf(mentions, t, tokens);
        } else if (speaker.contains(w)) {
          antecedent = speakerOf(mentions, s, t, text);
        } else if (plural.contains(w) && (t.pos().equals("PRON") || t.pos().equals("DET"))) {
          for (ActorMention m : pluralOf(mentions, t, text)) {
            added.add(new ActorMention(t.start(), t.end(), t.word(), m.code(), m.sector(), m.kind(), REFERENCE));
          }
        }
        if (antecedent != null) {
          added.add(new ActorMention(t.start(), t.end(), t.word(), antecedent.code(), antecedent.sector(),
              antecedent.kind(), REFERENCE));
        }
      }
    }
    mentions.addAll(added);
    mentions.sort(Comparator.comparingInt(ActorMention::start));
    return mentions;
  }

  /** "l'accord de Paris", "le traité de Rome": the city names the text, it is not a party. */
  private boolean namesATreaty(ActorMention m, Document doc) {
    if (!m.kind().equals("CAPITAL")) {
      return false;
    }
    for (Sentence s : doc.sentences()) {
      List<Token> tokens = s.tokens();
      for (int i = 2; i < tokens.size(); i++) {
        if (tokens.get(i).start() == m.start()) {
          return tokens.get(i - 1).lemma().equals("de") && treaty.contains(tokens.get(i - 2).lemma());
        }
      }
    }
    return false;
  }

  /**
   * "les ambassadeurs au Burundi": an envoy to a country is not of that country. The role loses the
   * country guessed from the article and the host, a destination, is no party.
   */
  private void sentToAHost(List<ActorMention> mentions, String text) {
    for (int i = 0; i + 1 < mentions.size(); i++) {
      ActorMention role = mentions.get(i);
      ActorMention host = mentions.get(i + 1);
      if (role.kind().equals("ROLE") && ReferenceResolver.INFERRED.equals(role.entity())
          && envoy.contains(role.text().toLowerCase().split(" ")[0])
          && (host.kind().equals("COUNTRY") || host.kind().equals("CAPITAL"))
          && text.substring(role.end(), host.start()).matches("\\s+(à|au|aux|en)\\s+(l'|la\\s+)?")) {
        mentions.set(i, new ActorMention(role.start(), role.end(), role.text(), null, role.sector(), "ROLE", ENVOY));
        mentions.remove(i + 1);
      }
    }
  }

  /**
   * "l'organisation État islamique", "le mouvement du 23-Mars": the name that follows says who; a role
   * word ("l'organisation terroriste") only describes.
   */
  private static boolean namedRightAfter(List<ActorMention> mentions, List<Token> tokens, int i) {
    for (int k = i + 1; k < tokens.size() && k <= i + 3; k++) {
      Token x = tokens.get(k);
      for (ActorMention m : mentions) {
        if (m.start() < x.end() && x.start() < m.end() && NAMES.contains(m.kind())) {
          return true;
        }
      }
    }
    return false;
  }

  private static final Set<String> NAMES = Set.of("ORG", "GROUP", "PERSON", "COUNTRY", "CAPITAL");

  private static ActorMention lastOfKind(List<ActorMention> mentions, int before, Set<String> kinds) {
    ActorMention best = null;
    for (ActorMention m : mentions) {
      if (m.end() <= before && m.code() != null && kinds.contains(m.kind())) {
        best = m;
      }
    }
    return best;
  }

  /**
   * The last person or body named before; when that is the subject of the verb "ce dernier" depends on,
   * it is the party named before it ("l'armée a renversé ce dernier": not the army).
   */
  private static ActorMention latterOf(List<ActorMention> mentions, Token t, List<Token> tokens) {
    ActorMention best = null;
    for (ActorMention m : mentions) {
      if (m.end() <= t.start() && m.code() != null && !PLACES.contains(m.kind())
          && (best == null || m.start() >= best.end())) {
        best = m;
      }
    }
    if (best != null && isSubjectOfHead(best, t, tokens)) {
      ActorMention earlier = null;
      for (ActorMention m : mentions) {
        if (m.end() <= best.start() && m.code() != null && !PLACES.contains(m.kind())
            && !(m.code().equals(best.code()) && m.sector().equals(best.sector()))) {
          // the army and the civil government of one country are two parties
          earlier = m;
        }
      }
      return earlier;
    }
    return best;
  }

  /** The mention covers the subject of the verb that governs {@code t} (or of the verb it is coordinated to). */
  private static boolean isSubjectOfHead(ActorMention m, Token t, List<Token> tokens) {
    int head = t.head();
    while (head >= 0) {
      for (Token x : tokens) {
        if (x.head() == head && x.deprel().startsWith("nsubj") && x.start() < m.end() && m.start() < x.end()) {
          return true;
        }
      }
      Token h = tokens.get(head);
      head = h.deprel().equals("conj") ? h.head() : -1; // "elle dicte ... et a renversé ce dernier"
    }
    return false;
  }

  /**
   * "ils", "leurs": the last two parties when joined by "et" ("Paris et Berlin ... ils"), else the last
   * group named in the plural ("les rebelles", "les Kurdes"); nothing when neither is found nearby.
   */
  private static List<ActorMention> pluralOf(List<ActorMention> mentions, Token t, String text) {
    ActorMention last = null;
    ActorMention previous = null;
    ActorMention group = null;
    for (ActorMention m : mentions) {
      if (m.end() > t.start() || m.code() == null || t.start() - m.end() > 400) {
        continue;
      }
      if (last == null || m.start() >= last.end()) {
        previous = last;
        last = m;
      }
      String[] words = m.text().toLowerCase().split("\\s+");
      String head = words[words.length - 1];
      if (GROUPS.contains(m.kind()) && (head.endsWith("s") || head.endsWith("x"))) {
        group = m;
      }
    }
    if (last != null && previous != null && !last.code().equals(previous.code())
        && text.substring(previous.end(), last.start()).matches("\\s+et\\s+(les?\\s+|la\\s+|l'|l’)?")) {
      return List.of(previous, last);
    }
    if (group != null && text.substring(Math.max(0, group.start() - 6), group.start()).matches("(?s).*\\bdeux\\s+")) {
      return List.of(); // "les deux dirigeants ... leur": two parties under one guessed code, left to the coder
    }
    return group == null ? List.of() : List.of(group);
  }

  /** Mentions that can name a group of people in the plural; a country ("les États-Unis") cannot. */
  private static final Set<String> GROUPS = Set.of("ROLE", "GROUP", "DEMONYM", "ORG");

  /** The party a quotation holding {@code t} is attributed to, or null when the word is not quoted. */
  private ActorMention speakerOf(List<ActorMention> mentions, Sentence s, Token t, String text) {
    int open = text.lastIndexOf('«', t.start());
    if (open < 0 || text.lastIndexOf('»', t.start()) > open) {
      return null;
    }
    int close = text.indexOf('»', t.end());
    if (close < 0) {
      return null;
    }
    // « ... », a déclaré le ministre X. / « ... », selon X.
    int limit = Math.min(text.length(), close + 120);
    int stop = text.indexOf('«', close);
    if (stop >= 0 && stop < limit) {
      limit = stop;
    }
    ActorMention after = null;
    for (ActorMention m : mentions) {
      if (m.start() > close && m.end() <= limit && m.code() != null) {
        after = m;
        break;
      }
    }
    if (after != null && attributes(text.substring(close + 1, after.start()))) {
      return after;
    }
    // X a affirmé : « ... »
    ActorMention before = null;
    for (ActorMention m : mentions) {
      if (m.end() <= open && m.start() >= Math.max(0, open - 120) && m.code() != null) {
        before = m;
      }
    }
    if (before != null && attributes(text.substring(before.end(), open))) {
      return before;
    }
    return null;
  }

  /** A stretch of text with a speech verb ("a déclaré", "selon") and no sentence end in it. */
  private boolean attributes(String between) {
    if (between.strip().matches("[—–][^.!?«»]*")) {
      return true; // « ... » — Jeanne Dupont, porte-parole du ministère
    }
    if (between.matches("(?s).*[.!?].*")) {
      return false;
    }
    for (String w : between.toLowerCase().split("[\\s,:’'()-]+")) {
      for (String verb : speech) {
        if (!w.isEmpty() && formOf(w, verb)) {
          return true;
        }
      }
    }
    return false;
  }

  /** A word is a form of a speech lemma when it shares its stem ("déclaré", "affirme", "selon"). */
  private static boolean formOf(String word, String lemma) {
    String stem = lemma.endsWith("er") || lemma.endsWith("ir") || lemma.endsWith("re")
        ? lemma.substring(0, lemma.length() - 2) : lemma;
    return word.equals(lemma) || stem.length() >= 3 && word.startsWith(stem) && word.length() <= lemma.length() + 3;
  }

  private static boolean covers(List<ActorMention> mentions, Token t) {
    for (ActorMention m : mentions) {
      if (m.start() < t.end() && t.start() < m.end()) {
        return true;
      }
    }
    return false;
  }
}
