package org.veille.coding;

import java.util.List;
import java.util.Set;
import org.veille.model.ActorMention;
import org.veille.model.Document;
import org.veille.model.Token;

/**
 * Decides which sentences deserve a dependency parse, the costly step: those with a trigger word and
 * someone to act — an actor named in the sentence, or a word that refers back to one ("il", "les deux
 * hommes"). Other sentences cannot yield an event, and neither can headings, which the coder skips.
 */
public final class SentenceFilter {
  private final PatternMatcher matcher;
  private final Set<String> pronouns;
  private final Set<String> pairNouns;

  /**
   * @param pronouns  words that stand for the last person named ("il")
   * @param pairNouns nouns that, with "deux" ("les deux pays") or a demonstrative ("ce pays"), stand
   *                  for parties named before; alone ("le pays") they refer to nobody
   */
  public SentenceFilter(PatternMatcher matcher, Set<String> pronouns, Set<String> pairNouns) {
    this.matcher = matcher;
    this.pronouns = pronouns;
    this.pairNouns = pairNouns;
  }

  public boolean canHoldEvent(Document doc, List<Token> tokens) {
    if (CandidateFilters.isHeading(tokens) || !matcher.couldMatch(tokens)) {
      return false;
    }
    boolean pronoun = false;
    boolean pairNoun = false;
    boolean pairOrDemonstrative = false;
    for (Token t : tokens) {
      String lower = t.word().toLowerCase();
      pronoun |= pronouns.contains(lower) || pronouns.contains(t.lemma());
      pairNoun |= pairNouns.contains(lower) || pairNouns.contains(t.lemma());
      // the coder resolves a pair noun only under "deux" or a demonstrative (ArgumentActors)
      pairOrDemonstrative |= ArgumentActors.isPairWord(t) || ArgumentActors.isDemonstrativeWord(t);
    }
    boolean reference = pronoun || pairNoun && pairOrDemonstrative;
    if (reference || matcher.couldMatchUnnamed(tokens)) {
      return true;
    }
    int start = tokens.get(0).start();
    int end = tokens.get(tokens.size() - 1).end();
    for (ActorMention m : doc.actors()) {
      if (m.start() >= start && m.end() <= end) {
        return true;
      }
    }
    return false;
  }
}
