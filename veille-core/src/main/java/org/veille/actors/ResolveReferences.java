package org.veille.actors;

import org.veille.model.Document;
import org.veille.pipeline.Stage;

/** Links unknown names to the roles that introduce them, and roles without nationality to the article's country. */
public final class ResolveReferences implements Stage {
  private final ReferenceResolver resolver;
  private final Anaphora anaphora;

  public ResolveReferences(ReferenceResolver resolver) {
    this(resolver, null);
  }

  /** With {@code anaphora}, descriptions and quoted pronouns get the mention of the party they stand for. */
  public ResolveReferences(ReferenceResolver resolver, Anaphora anaphora) {
    this.resolver = resolver;
    this.anaphora = anaphora;
  }

  @Override
  public Document apply(Document doc) {
    var mentions = resolver.resolve(doc);
    return doc.withActors(anaphora == null ? mentions : anaphora.resolve(doc, mentions));
  }
}
