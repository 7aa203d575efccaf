package org.veille.actors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.veille.model.ActorMention;

/**
 * Finds actor mentions (countries, capitals, demonyms, persons, organisations, role nouns) in
 * a text. One immutable instance per language, built on first use and shared between threads.
 */
public final class ActorLexicon {
  private static final Map<String, ActorLexicon> CACHE = new ConcurrentHashMap<>();

  private final String lang;
  private final PhraseTrie trie;
  private final Map<String, String> places;
  private final OfficeTable offices;

  private ActorLexicon(String lang) {
    LexiconBuilder b = new LexiconBuilder(lang).build();
    this.lang = lang;
    this.trie = b.trie;
    this.places = Map.copyOf(b.places);
    this.offices = OfficeTable.load();
  }

  /** "fr" or "en". */
  public static ActorLexicon forLanguage(String lang) {
    String l = lang == null ? "fr" : lang.toLowerCase(java.util.Locale.ROOT);
    if (!l.equals("fr") && !l.equals("en")) {
      throw new IllegalArgumentException("no actor lexicon for language " + lang);
    }
    return CACHE.computeIfAbsent(l, ActorLexicon::new);
  }

  /**
   * Non-overlapping mentions sorted by start; at each position the longest name wins, then role
   * nouns absorb an adjacent nationality ("président kazakh", "président du Kazakhstan").
   * Persons are resolved as of {@code asOf} (null = today).
   */
  public List<ActorMention> find(String text, LocalDate asOf) {
    if (text == null || text.isEmpty()) return List.of();
    List<Tokenizer.Tok> toks = Tokenizer.tokenize(text);
    List<PhraseTrie.Match> prim = new ArrayList<>();
    for (int i = 0; i < toks.size(); ) {
      PhraseTrie.Match m = trie.longest(toks, i);
      if (m == null) {
        i++;
      } else {
        prim.add(m);
        i = m.to();
      }
    }
    return new RoleCombiner(lang, text, toks, prim, offices, asOf).combine();
  }

  /** Country of a place name (country, capital, seat or major city), for event locations. */
  public Optional<String> countryOfPlace(String name) {
    if (name == null) return Optional.empty();
    String k = LexiconBuilder.key(name);
    String code = places.get(k);
    if (code == null) {
      // "la France", "au Kazakhstan": retry without a leading article or preposition.
      int sp = k.indexOf(' ');
      if (sp > 0 && ARTICLES.contains(k.substring(0, sp))) code = places.get(k.substring(sp + 1));
    }
    return Optional.ofNullable(code);
  }

  private static final java.util.Set<String> ARTICLES =
      java.util.Set.of("le", "la", "les", "l", "au", "aux", "en", "du", "des", "de", "d", "a",
          "the", "in", "of");
}
