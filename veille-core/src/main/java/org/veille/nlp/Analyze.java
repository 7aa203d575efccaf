package org.veille.nlp;

import java.util.List;
import java.util.function.BiPredicate;
import org.veille.model.Document;
import org.veille.model.Token;
import org.veille.pipeline.Stage;

/**
 * Sentences, tokens, POS, lemmas and morphology for the whole text; dependency parses only for the
 * sentences {@code parseIf} accepts (those that can hold an event), since parsing dominates the cost.
 */
public final class Analyze implements Stage {
  private final CoreNlpFrench nlp;
  private final BiPredicate<Document, List<Token>> parseIf;

  /** {@code parseIf} sees the document (with whatever earlier stages found) and a sentence's tokens. */
  public Analyze(CoreNlpFrench nlp, BiPredicate<Document, List<Token>> parseIf) {
    this.nlp = nlp;
    this.parseIf = parseIf;
  }

  @Override
  public Document apply(Document doc) {
    String text = TextNormalizer.normalize(doc.text());
    return doc.withSentences(nlp.analyze(text, tokens -> parseIf.test(doc, tokens)).stream()
        .map(InvertedSubjects::repair).toList());
  }
}
