package org.veille.pipeline;

import java.util.List;
import org.veille.model.Article;
import org.veille.model.Document;

/** A recipe: stages applied in order to each article. Immutable and safe to share across threads. */
public final class Pipeline {
  private final List<Stage> stages;

  private Pipeline(List<Stage> stages) {
    this.stages = List.copyOf(stages);
  }

  public static Pipeline of(Stage... stages) {
    return new Pipeline(List.of(stages));
  }

  public static Pipeline of(List<Stage> stages) {
    return new Pipeline(stages);
  }

  public Document process(Article article) {
    Document doc = Document.of(article);
    for (Stage stage : stages) {
      doc = stage.apply(doc);
    }
    return doc;
  }

  public List<Stage> stages() {
    return stages;
  }
}
