package org.veille.coding;

import org.veille.model.Document;
import org.veille.pipeline.Stage;

/** Merges reports of the same event within an article into one record with all its mentions. */
public final class MergeEvents implements Stage {
  @Override
  public Document apply(Document doc) {
    return doc.withEvents(EventMerger.merge(doc.events()));
  }
}
