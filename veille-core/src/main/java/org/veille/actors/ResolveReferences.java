package org.veille.actors;

import org.veille.model.Document;
import org.veille.pipeline.Stage;

/** Links unknown names to the roles that introduce them, and roles without nationality to the article's country. */
public final class ResolveReferences implements Stage {
  private final ReferenceResolver resolver;

  public ResolveReferences(ReferenceResolver resolver) {
    this.resolver = resolver;
  }

  @Override
  public Document apply(Document doc) {
    return doc.withActors(resolver.resolve(doc));
  }
}
