package org.veille.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.veille.model.Sentence;
import org.veille.model.Token;

/**
 * Repairs the parse of inverted subjects. After a quotation French puts the subject clitic after the
 * verb ("« ... », a-t-il averti"); CoreNLP keeps "-t-il" as one pronoun and attaches it as the verb's
 * object, so the speaker became the patient and the event lost its actor. A hyphen-initial subject
 * pronoun ("-t-il", "-elle", "-t-on", "-ils") is always the subject of its verb.
 */
public final class InvertedSubjects {
  private static final Pattern CLITIC = Pattern.compile("-(t-)?(il|elle|on|ils|elles)");

  private InvertedSubjects() {
  }

  public static Sentence repair(Sentence s) {
    if (!s.parsed()) {
      return s;
    }
    List<Token> out = new ArrayList<>(s.tokens().size());
    boolean changed = false;
    for (Token t : s.tokens()) {
      if (isInvertedSubject(t) && t.deprel().startsWith("obj")) {
        out.add(new Token(t.index(), t.word(), t.start(), t.end(), t.pos(), t.lemma(), t.feats(), t.head(),
            "nsubj", t.ner()));
        changed = true;
      } else {
        out.add(t);
      }
    }
    return changed ? s.withTokens(out, true) : s;
  }

  public static boolean isInvertedSubject(Token t) {
    return CLITIC.matcher(t.word().toLowerCase(Locale.ROOT)).matches();
  }
}
