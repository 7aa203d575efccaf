package org.veille.coding;

import org.veille.model.Document;
import org.veille.pipeline.Stage;

/** Codes events from the parsed sentences, linked actors and time expressions. */
public final class CodeEvents implements Stage {
  private final EventCoder coder;

  public CodeEvents(EventCoder coder) {
    this.coder = coder;
  }

  @Override
  public Document apply(Document doc) {
    return doc.withEvents(coder.code(doc));
  }
}
