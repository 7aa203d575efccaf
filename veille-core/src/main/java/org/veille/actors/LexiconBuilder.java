package org.veille.actors;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Fills a {@link PhraseTrie} and the place index of one language from the data files under
 * {@code org/veille/<lang>/actors/} and the person names of {@link OfficeTable}.
 */
final class LexiconBuilder {
  final PhraseTrie trie = new PhraseTrie();
  /** Folded place name (tokens joined by a space) → country code, for countryOfPlace. */
  final Map<String, String> places = new HashMap<>();
  private static final Set<String> SUPRANATIONAL = Set.of("EUR", "UNO", "IGO", "NGO", "MNC", "IMG");
  private final String lang;
  private final Set<String> taken = new HashSet<>();

  LexiconBuilder(String lang) {
    this.lang = lang;
  }

  LexiconBuilder build() {
    String dir = "org/veille/" + lang + "/actors/";
    // Order matters only for identical spellings: the first entry added wins.
    for (String[] c : DataFile.rows(dir + "organisations.tsv", 5)) {
      LexEntry e = new LexEntry(nullIfEmpty(c[1]), c[2], c[3], c[0]);
      for (String name : DataFile.alternatives(c[4])) add(name, e);
    }
    List<String[]> seats = DataFile.rows(dir + "seats.tsv", 3);
    for (String[] c : seats) {
      LexEntry e = new LexEntry(c[1], c[2], "CAPITAL", "");
      for (String name : DataFile.alternatives(c[0])) add(name, e);
    }
    for (String[] c : DataFile.rows(dir + "countries.tsv", 5)) {
      String code = c[0];
      LexEntry country = new LexEntry(code, "", "COUNTRY", "");
      for (String name : DataFile.alternatives(c[2])) {
        add(name, country);
        places.putIfAbsent(key(name), code);
      }
      LexEntry capital = new LexEntry(code, "GOV", "CAPITAL", "");
      for (String name : DataFile.alternatives(c[3])) {
        add(name, capital);
        places.putIfAbsent(key(name), code);
      }
      LexEntry demonym = new LexEntry(code, "", "DEMONYM", "");
      for (String base : DataFile.alternatives(c[4])) {
        for (String form : Demonyms.forms(base, lang)) add(form, demonym);
      }
    }
    // Seats are places too ("à l'Élysée"), but a city that is also a metonym for an
    // organisation (Bruxelles → EUR) keeps its country, which the capitals gave it above.
    for (String[] c : seats) {
      if (SUPRANATIONAL.contains(c[1])) continue;
      for (String name : DataFile.alternatives(c[0])) places.putIfAbsent(key(name), c[1]);
    }
    for (String[] c : DataFile.rows(dir + "places.tsv", 2)) {
      for (String name : DataFile.alternatives(c[0])) places.putIfAbsent(key(name), c[1]);
    }
    for (String[] c : DataFile.rows(dir + "roles.tsv", 4)) {
      LexEntry e = new LexEntry(nullIfEmpty(c[2]), c[1], c[0], "");
      for (String name : DataFile.alternatives(c[3])) add(name, e);
    }
    addPersons();
    return this;
  }

  /**
   * Full names always; a single-word name (a bare surname) only when no other person in the
   * table uses it and no other dictionary entry claims it.
   */
  private void addPersons() {
    OfficeTable table = OfficeTable.load();
    Map<String, Set<String>> single = new HashMap<>();
    for (String key : table.persons()) {
      for (String name : table.namesOf(key)) {
        if (Tokenizer.tokenize(name).size() == 1) {
          single.computeIfAbsent(key(name), k -> new HashSet<>()).add(key);
        }
      }
    }
    for (String key : table.persons()) {
      LexEntry e = new LexEntry(null, "", "PERSON", key);
      for (String name : table.namesOf(key)) {
        String k = key(name);
        boolean bare = Tokenizer.tokenize(name).size() == 1;
        if (bare && (single.get(k).size() > 1 || taken.contains(k))) continue;
        trie.add(name, e);
      }
    }
  }

  private void add(String phrase, LexEntry e) {
    trie.add(phrase, e);
    taken.add(key(phrase));
  }

  static String key(String phrase) {
    List<Tokenizer.Tok> toks = Tokenizer.tokenize(phrase);
    StringBuilder b = new StringBuilder();
    for (Tokenizer.Tok t : toks) {
      if (b.length() > 0) b.append(' ');
      b.append(t.folded());
    }
    return b.toString();
  }

  private static String nullIfEmpty(String s) {
    return s == null || s.isEmpty() ? null : s;
  }
}
