package org.veille.time;

import org.veille.model.Document;
import org.veille.pipeline.Stage;

/** Finds and normalises time expressions, pointing underspecified ones by the tense of their verb. */
public final class TagTimes implements Stage {
  private final TimeTagger tagger;

  public TagTimes(TimeTagger tagger) {
    this.tagger = tagger;
  }

  @Override
  public Document apply(Document doc) {
    DirectionHint hint = new TenseHint(doc.sentences());
    Document out = doc.withTimes(tagger.tag(doc.text(), doc.article().published(), hint));
    if (doc.article().published() == null) {
      out = out.withWarning("no publication date: relative dates left unresolved");
    }
    return out;
  }
}
