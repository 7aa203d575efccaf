package org.veille.actors;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.veille.model.ActorMention;
import org.veille.model.Document;
import org.veille.model.Sentence;
import org.veille.model.Token;

/**
 * Completes the gazetteer's mentions from the article itself:
 * <ul>
 *   <li>a name the gazetteer does not know, right after a role ("le journaliste Gildas Yihundimpundu",
 *       "le président kazakh X") is a person with that role's country and sector, and the bare surname
 *       later in the article is the same person;</li>
 *   <li>a role with no nationality ("le chef de l'État", "le gouvernement") belongs to the country the
 *       article is about;</li>
 *   <li>"son homologue" is a counterpart: left open here, it is the other party of the event it takes
 *       part in (resolved by the coder).</li>
 * </ul>
 */
public final class ReferenceResolver {
  /** Marks a counterpart mention ("homologue") in {@link ActorMention#entity()}. */
  public static final String COUNTERPART = "counterpart";
  /** Marks a role whose country was inferred from the article, not read next to it. */
  public static final String INFERRED = "inferred";
  /** Mentions that say which country the article is about: its cities count as much as its name. */
  private static final Set<String> COUNTRY_KINDS = Set.of("COUNTRY", "CAPITAL", "PLACE", "PERSON", "DEMONYM", "ROLE");
  /** Codes of bodies that belong to no state: never the country of an unqualified role. */
  /** Mentions that name a country as a place: its name, its capital, its cities. */
  private static final Set<String> PLACE_KINDS = Set.of("COUNTRY", "CAPITAL", "PLACE");
  private static final Set<String> STATELESS = Set.of("EUR", "UNO", "IGO", "NGO", "MNC", "IMG");

  private final Set<String> counterpartWords;
  private final Map<String, List<String>> sharedDemonyms;

  public ReferenceResolver(Set<String> counterpartWords) {
    this(counterpartWords, Map.of());
  }

  /**
   * @param sharedDemonyms a demonym said of several countries → a pattern matching its forms ("congolais",
   *                       not "rd-congolais") and the countries, the gazetteer's first
   */
  public ReferenceResolver(Set<String> counterpartWords, Map<String, List<String>> sharedDemonyms) {
    this.counterpartWords = counterpartWords;
    this.sharedDemonyms = new HashMap<>();
    sharedDemonyms.forEach((word, codes) -> this.sharedDemonyms.put(
        "(?<![\\p{L}-])" + java.util.regex.Pattern.quote(word) + "(e|s|es)?(?![\\p{L}-])", codes));
  }

  /** The shared demonyms of a language ({@code <lang>/actors/ambiguous.tsv}): word → countries. */
  public static Map<String, List<String>> sharedDemonyms(String lang) {
    Map<String, List<String>> out = new HashMap<>();
    for (String[] c : DataFile.rows("org/veille/" + lang + "/actors/ambiguous.tsv", 2)) {
      out.put(c[0], List.of(c[1].split("\\|")));
    }
    return out;
  }

  public List<ActorMention> resolve(Document doc) {
    List<ActorMention> mentions = disambiguated(doc.actors());
    String home = homeCountry(mentions);
    Map<String, ActorMention> surnames = new HashMap<>();
    for (Sentence s : doc.sentences()) {
      List<Token> tokens = s.tokens();
      for (int i = 0; i < tokens.size(); i++) {
        Token t = tokens.get(i);
        if (covered(mentions, t)) {
          continue;
        }
        if (counterpartWords.contains(t.lemma().toLowerCase()) && t.pos().equals("NOUN")) {
          mentions.add(new ActorMention(t.start(), t.end(), t.word(), null, "GOV", "ROLE", COUNTERPART));
          continue;
        }
        if (!isName(t)) {
          continue;
        }
        int j = i;
        while (j + 1 < tokens.size() && isName(tokens.get(j + 1)) && !covered(mentions, tokens.get(j + 1))) {
          j++;
        }
        Token last = tokens.get(j);
        ActorMention known = surnames.get(last.word());
        ActorMention role = roleBefore(mentions, t, doc.text());
        if (j > i && role != null) {
          String text = doc.text().substring(t.start(), last.end());
          ActorMention person = new ActorMention(t.start(), last.end(), text, role.code(), role.sector(),
              "PERSON", "");
          mentions.add(person);
          surnames.put(last.word(), person);
        } else if (known != null && (j == i || known.text().equals(doc.text().substring(t.start(), last.end())))) {
          // the bare surname, or the full name again, of a person introduced earlier with a role
          mentions.add(new ActorMention(t.start(), last.end(), doc.text().substring(t.start(), last.end()),
              known.code(), known.sector(), "PERSON", ""));
        }
        i = j;
      }
    }
    List<ActorMention> out = new ArrayList<>();
    for (ActorMention m : mentions) {
      // a role with no nationality, and a person named only by such a role ("le journaliste X"), is of the home country
      if (m.code() == null && (m.kind().equals("ROLE") || m.kind().equals("PERSON") && !m.sector().isEmpty())
          && !COUNTERPART.equals(m.entity()) && home != null) {
        out.add(new ActorMention(m.start(), m.end(), m.text(), home, m.sector(), m.kind(), INFERRED));
      } else {
        out.add(m);
      }
    }
    out.sort(Comparator.comparingInt(ActorMention::start));
    return out;
  }

  /**
   * "congolais" is said of both Congos: in an article that names the other country of the group more
   * (by its name, capital or cities), the demonym is of that country.
   */
  private List<ActorMention> disambiguated(List<ActorMention> mentions) {
    Map<String, Integer> named = new HashMap<>();
    for (ActorMention m : mentions) {
      if (m.code() != null && PLACE_KINDS.contains(m.kind())) {
        named.merge(m.code(), 1, Integer::sum);
      }
    }
    List<ActorMention> out = new ArrayList<>();
    for (ActorMention m : mentions) {
      String best = m.code();
      if (best != null && (m.kind().equals("DEMONYM") || m.kind().equals("ROLE"))) {
        for (Map.Entry<String, List<String>> shared : sharedDemonyms.entrySet()) {
          if (shared.getValue().contains(best)
              && java.util.regex.Pattern.compile(shared.getKey()).matcher(m.text().toLowerCase()).find()) {
            for (String o : shared.getValue()) {
              if (named.getOrDefault(o, 0) > named.getOrDefault(best, 0)) {
                best = o;
              }
            }
          }
        }
      }
      out.add(best == null || best.equals(m.code()) ? m
          : new ActorMention(m.start(), m.end(), m.text(), best, m.sector(), m.kind(), m.entity()));
    }
    return out;
  }

  private static boolean isName(Token t) {
    return t.pos().equals("PROPN") && !t.word().isEmpty() && Character.isUpperCase(t.word().charAt(0));
  }

  private static boolean covered(List<ActorMention> mentions, Token t) {
    for (ActorMention m : mentions) {
      if (m.start() < t.end() && t.start() < m.end()) {
        return true;
      }
    }
    return false;
  }

  /** A role (or a role and a nationality) ending just before the name, only spaces or commas between. */
  private static ActorMention roleBefore(List<ActorMention> mentions, Token name, String text) {
    ActorMention best = null;
    for (ActorMention m : mentions) {
      if (m.end() <= name.start() && name.start() - m.end() <= 3
          && text.substring(m.end(), name.start()).matches("[\\s,]*")
          && (m.kind().equals("ROLE") || m.kind().equals("DEMONYM"))) {
        best = m;
      }
    }
    if (best != null && best.kind().equals("DEMONYM")) {
      // "le président kazakh X": the role sits just before the nationality
      for (ActorMention m : mentions) {
        if (m.kind().equals("ROLE") && m.end() <= best.start() && best.start() - m.end() <= 2) {
          return new ActorMention(m.start(), best.end(), m.text(), best.code(), m.sector(), "ROLE", "");
        }
      }
    }
    return best;
  }

  /**
   * The country the article is most about: the most frequently named, people, places and qualified
   * roles ("le président syrien") alike; on a tie, the one named first (news names its subject early).
   * A role and the name right after it ("la journaliste américaine Julia Steers") are one mention.
   */
  public static String homeCountry(List<ActorMention> mentions) {
    Map<String, Integer> counts = new java.util.LinkedHashMap<>();
    ActorMention previous = null;
    for (ActorMention m : mentions) {
      if (m.code() != null && m.code().length() == 3 && COUNTRY_KINDS.contains(m.kind())
          && !INFERRED.equals(m.entity()) && !STATELESS.contains(m.code())) {
        boolean sameParty = previous != null && previous.code().equals(m.code()) && m.kind().equals("PERSON")
            && (previous.kind().equals("ROLE") || previous.kind().equals("DEMONYM"))
            && m.start() - previous.end() <= 3;
        if (!sameParty) {
          counts.merge(m.code(), 1, Integer::sum);
        }
        previous = m;
      }
    }
    String best = null;
    int most = 0;
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      if (e.getValue() > most) {
        best = e.getKey();
        most = e.getValue();
      }
    }
    return best;
  }
}
