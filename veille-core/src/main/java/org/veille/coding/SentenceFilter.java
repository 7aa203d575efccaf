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
  private final Set<String> references;

  public SentenceFilter(PatternMatcher matcher, Set<String> references) {
    this.matcher = matcher;
    this.references = references;
  }

  public boolean canHoldEvent(Document doc, List<Token> tokens) {
    if (CandidateFilters.isHeading(tokens) || !matcher.couldMatch(tokens)) {
      return false;
    }
    boolean reference = false;
    for (Token t : tokens) {
      String lower = t.word().toLowerCase();
      reference |= references.contains(lower) || references.contains(t.lemma());
    }
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
