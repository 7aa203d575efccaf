package org.veille.time;

import java.util.List;
import org.veille.model.Sentence;
import org.veille.model.Token;

/**
 * Tells the time tagger which way an underspecified expression points, from the tense of the verb that
 * governs it: "avait effectué en novembre" looks back, "se rendra le 1er novembre" looks ahead. Uses the
 * dependency parse when the sentence has one, else the nearest finite verb.
 */
public final class TenseHint implements DirectionHint {
  private final List<Sentence> sentences;

  public TenseHint(List<Sentence> sentences) {
    this.sentences = sentences;
  }

  @Override
  public TemporalDirection at(int start, int end) {
    for (Sentence s : sentences) {
      if (start >= s.start() && start < s.end()) {
        return direction(s, start);
      }
    }
    return TemporalDirection.NEUTRAL;
  }

  static TemporalDirection direction(Sentence s, int offset) {
    List<Token> tokens = s.tokens();
    Token at = null;
    for (Token t : tokens) {
      if (t.end() > offset) {
        at = t;
        break;
      }
    }
    if (at == null) {
      return TemporalDirection.NEUTRAL;
    }
    Token verb = s.parsed() ? governingVerb(s, at) : nearestVerb(s, at);
    return verb == null ? TemporalDirection.NEUTRAL : ofVerb(s, verb);
  }

  private static Token governingVerb(Sentence s, Token t) {
    Token cur = s.head(t);
    for (int i = 0; i < 10 && cur != null; i++) {
      if (cur.pos().equals("VERB")) {
        return cur;
      }
      cur = s.head(cur);
    }
    return nearestVerb(s, t);
  }

  private static Token nearestVerb(Sentence s, Token t) {
    List<Token> tokens = s.tokens();
    for (int d = 1; d < tokens.size(); d++) {
      for (int i : new int[] {t.index() + d, t.index() - d}) {
        if (i >= 0 && i < tokens.size() && tokens.get(i).pos().equals("VERB")) {
          return tokens.get(i);
        }
      }
    }
    return null;
  }

  /** Tense of a verb with its auxiliaries: compound tenses are read from the auxiliary before it. */
  static TemporalDirection ofVerb(Sentence s, Token verb) {
    Token aux = null;
    for (Token t : s.tokens()) {
      if (t.index() < verb.index() && t.index() >= verb.index() - 3 && t.pos().equals("AUX")) {
        aux = t;
      }
    }
    Token finite = aux != null ? aux : verb;
    if (finite.hasFeature("Tense=Fut") || finite.hasFeature("Mood=Cnd")) {
      return TemporalDirection.FUTURE;
    }
    if (verb.hasFeature("VerbForm=Part")) {
      // a bare participle describes a noun and says nothing of when: "la visite, prévue le 27 janvier"
      return aux != null ? TemporalDirection.PAST : TemporalDirection.NEUTRAL;
    }
    if (finite.hasFeature("Tense=Imp") || finite.hasFeature("Tense=Past")) {
      return TemporalDirection.PAST;
    }
    return TemporalDirection.NEUTRAL;
  }
}
