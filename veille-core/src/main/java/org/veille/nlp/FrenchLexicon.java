package org.veille.nlp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import morfologik.stemming.Dictionary;
import morfologik.stemming.DictionaryLookup;
import morfologik.stemming.WordData;

/**
 * French lemmas, tense and mood from LanguageTool's morfologik dictionary. CoreNLP's French models give
 * POS and dependencies but no lemmas; event patterns and the time resolver need both.
 *
 * <p>The FSA lookup object is not thread-safe, so each thread has its own; the dictionary itself is
 * loaded once and shared. Results are cached per form, since news vocabulary repeats heavily.
 */
public final class FrenchLexicon {
  private static final String DICT = "/org/languagetool/resource/fr/french.dict";
  private static volatile FrenchLexicon instance;

  private final Dictionary dictionary;
  private final ThreadLocal<DictionaryLookup> lookup;
  private final Map<String, List<Entry>> cache = new ConcurrentHashMap<>();

  /** One analysis of a form: lemma and the dictionary's tag ("V ind futu 3 s"). */
  public record Entry(String lemma, String tag) {
  }

  private FrenchLexicon() {
    URL url = FrenchLexicon.class.getResource(DICT);
    if (url == null) {
      throw new IllegalStateException("French dictionary missing from the class path: " + DICT);
    }
    try {
      dictionary = Dictionary.read(url);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    lookup = ThreadLocal.withInitial(() -> new DictionaryLookup(dictionary));
  }

  public static FrenchLexicon get() {
    if (instance == null) {
      synchronized (FrenchLexicon.class) {
        if (instance == null) {
          instance = new FrenchLexicon();
        }
      }
    }
    return instance;
  }

  public List<Entry> entries(String form) {
    return cache.computeIfAbsent(form, this::lookupForm);
  }

  private List<Entry> lookupForm(String form) {
    List<Entry> out = new ArrayList<>();
    collect(form, out);
    if (out.isEmpty()) {
      String lower = form.toLowerCase(Locale.ROOT);
      if (!lower.equals(form)) {
        collect(lower, out);
      }
    }
    return List.copyOf(out);
  }

  private void collect(String form, List<Entry> out) {
    for (WordData wd : lookup.get().lookup(form)) {
      out.add(new Entry(wd.getStem().toString(), wd.getTag().toString()));
    }
  }

  /**
   * The analysis of a form that fits its universal POS: for VERB/AUX a verbal tag, for NOUN a noun
   * tag, and so on. Falls back to the form itself (lower-cased unless a proper noun).
   */
  public Morphology analyze(String form, String upos) {
    List<Entry> all = entries(form);
    Entry best = null;
    for (Entry e : all) {
      if (fits(e.tag(), upos) && (best == null || rank(e, upos) < rank(best, upos))) {
        best = e;
      }
    }
    if (best == null) {
      String lemma = "PROPN".equals(upos) ? form : form.toLowerCase(Locale.ROOT);
      return new Morphology(lemma, "");
    }
    return new Morphology(best.lemma(), TagFeatures.of(best.tag()));
  }

  /** Among readings of one form, prefer the commoner mood: indicative before subjunctive or imperative. */
  private static int rank(Entry e, String upos) {
    // an auxiliary is a form of être or avoir: "étaient" is not "étayer", "a" is not a noun
    if (upos.equals("AUX") && (e.lemma().equals("être") || e.lemma().equals("avoir"))) {
      return -1;
    }
    String tag = e.tag();
    if (tag.contains(" ind ")) {
      return 0;
    }
    if (tag.contains(" ppa") || tag.contains(" inf")) {
      return 1;
    }
    if (tag.contains(" con ")) {
      return 2;
    }
    return 3;
  }

  private static boolean fits(String tag, String upos) {
    char c = tag.isEmpty() ? ' ' : tag.charAt(0);
    return switch (upos) {
      case "VERB", "AUX" -> c == 'V';
      case "NOUN" -> c == 'N';
      case "ADJ" -> c == 'J' || (c == 'V' && tag.contains("ppa"));
      case "ADV" -> c == 'A';
      case "PRON" -> c == 'R';
      case "DET" -> c == 'D';
      case "ADP" -> c == 'P';
      case "CCONJ", "SCONJ" -> c == 'C';
      case "PROPN" -> c == 'Z' || c == 'N';
      default -> true;
    };
  }
}
