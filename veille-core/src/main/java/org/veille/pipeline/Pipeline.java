package org.veille.pipeline;

import java.util.List;
import org.veille.model.Article;
import org.veille.model.Document;

/** A recipe: stages applied in order to each article. Immutable and safe to share across threads. */
public final class Pipeline {
  private final List<Stage> stages;
  private final java.util.concurrent.atomic.AtomicLongArray nanos;

  private Pipeline(List<Stage> stages) {
    this.stages = List.copyOf(stages);
    this.nanos = new java.util.concurrent.atomic.AtomicLongArray(stages.size());
  }

  public static Pipeline of(Stage... stages) {
    return new Pipeline(List.of(stages));
  }

  public static Pipeline of(List<Stage> stages) {
    return new Pipeline(stages);
  }

  public Document process(Article article) {
    Document doc = Document.of(article);
    for (int i = 0; i < stages.size(); i++) {
      long t0 = System.nanoTime();
      doc = stages.get(i).apply(doc);
      nanos.addAndGet(i, System.nanoTime() - t0);
    }
    return doc;
  }

  /** Time spent in each stage so far, summed over threads: "Analyze=12.3s LinkActors=0.2s ...". */
  public String timings() {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < stages.size(); i++) {
      sb.append(i > 0 ? " " : "").append(stages.get(i).getClass().getSimpleName()).append('=')
          .append(String.format(java.util.Locale.ROOT, "%.2fs", nanos.get(i) / 1e9));
    }
    return sb.toString();
  }

  public List<Stage> stages() {
    return stages;
  }
}
