package org.veille.actors;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.veille.model.ActorMention;
import org.veille.model.Document;
import org.veille.pipeline.Stage;

/**
 * Finds the actor mentions of a text: countries, capitals, people as of the publication date, roles,
 * organisations; and the towns and regions that place events.
 */
public final class LinkActors implements Stage {
  private final ActorLexicon lexicon;
  private final PlaceFinder places;

  public LinkActors(ActorLexicon lexicon) {
    this.lexicon = lexicon;
    this.places = new PlaceFinder(lexicon);
  }

  @Override
  public Document apply(Document doc) {
    List<ActorMention> found = new ArrayList<>(lexicon.find(doc.text(), doc.article().published()));
    found.addAll(places.find(doc.text(), found));
    found.sort(Comparator.comparingInt(ActorMention::start));
    return doc.withActors(found);
  }
}
