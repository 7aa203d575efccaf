package org.veille.pipeline;

import org.veille.model.Document;

/** One step of the pipeline: takes a document, returns a copy with one more layer. Stateless, thread-safe. */
@FunctionalInterface
public interface Stage {
  Document apply(Document document);
}
