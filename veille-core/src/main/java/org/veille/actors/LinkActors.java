package org.veille.actors;

import org.veille.model.Document;
import org.veille.pipeline.Stage;

/** Finds the actor mentions of a text: countries, capitals, people as of the publication date, roles. */
public final class LinkActors implements Stage {
  private final ActorLexicon lexicon;

  public LinkActors(ActorLexicon lexicon) {
    this.lexicon = lexicon;
  }

  @Override
  public Document apply(Document doc) {
    return doc.withActors(lexicon.find(doc.text(), doc.article().published()));
  }
}
