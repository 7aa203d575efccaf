package org.veille;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;
import org.veille.actors.ActorLexicon;
import org.veille.actors.LinkActors;
import org.veille.actors.ReferenceResolver;
import org.veille.actors.ResolveReferences;
import org.veille.coding.CodeEvents;
import org.veille.coding.EventCoder;
import org.veille.coding.MergeEvents;
import org.veille.coding.SentenceFilter;
import org.veille.model.Article;
import org.veille.model.Document;
import org.veille.model.Token;
import org.veille.nlp.Analyze;
import org.veille.nlp.CoreNlpFrench;
import org.veille.pipeline.Pipeline;
import org.veille.pipeline.Stage;
import org.veille.time.TagTimes;
import org.veille.time.TimeTagger;

/**
 * The front door: builds the recipe of stages for a language and runs articles through it. Heavy
 * models load once when the first Veille is built; instances are immutable and thread-safe.
 */
public final class Veille {
  private final Pipeline pipeline;
  private final String lang;

  private Veille(Pipeline pipeline, String lang) {
    this.pipeline = pipeline;
    this.lang = lang;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Runs the recipe; an article in another language than the recipe's is refused, not miscoded. */
  public Document process(Article article) {
    if (!article.lang().equals(lang)) {
      throw new IllegalArgumentException("language '" + article.lang() + "' is not supported yet (only '"
          + lang + "')");
    }
    return pipeline.process(article);
  }

  public Pipeline pipeline() {
    return pipeline;
  }

  /** Options of the recipe. */
  public static final class Builder {
    private String lang = "fr";
    private boolean naive;
    private boolean ner;
    private boolean ploverStrict;

    public Builder lang(String value) {
      this.lang = value;
      return this;
    }

    /** The baseline of the benchmark: every sentence dependency-parsed, whatever it says. */
    public Builder naive(boolean value) {
      this.naive = value;
      return this;
    }

    /** CoreNLP's named-entity tagger: shown by `annotate`, not used by the coder (off by default: it costs). */
    public Builder ner(boolean value) {
      this.ner = value;
      return this;
    }

    /** PLOVER's rule: a future CONSULT/SUPPORT/COOPERATE/AID is emitted as AGREE. */
    public Builder ploverStrict(boolean value) {
      this.ploverStrict = value;
      return this;
    }

    public Veille build() {
      if (!lang.equals("fr")) {
        throw new IllegalArgumentException("no pipeline for language '" + lang + "' yet (French only: fr)");
      }
      EventCoder coder = new EventCoder(lang, ploverStrict);
      org.veille.actors.Anaphora anaphora = org.veille.actors.Anaphora.forLanguage(lang);
      BiPredicate<Document, List<Token>> parseIf = naive ? (doc, tokens) -> true
          : new SentenceFilter(coder.matcher(), coder.pronouns(), coder.pairNouns())::canHoldEvent;
      List<Stage> stages = new ArrayList<>();
      // actors come first: they need only the text, and they tell which sentences are worth parsing
      stages.add(new LinkActors(ActorLexicon.forLanguage(lang)));
      stages.add(new Analyze(naive ? CoreNlpFrench.fullPipeline() : CoreNlpFrench.get(ner), parseIf));
      stages.add(new ResolveReferences(new ReferenceResolver(coder.counterparts(),
          ReferenceResolver.sharedDemonyms(lang)), anaphora));
      stages.add(new TagTimes(TimeTagger.forLanguage(lang)));
      stages.add(new CodeEvents(coder));
      stages.add(new MergeEvents());
      return new Veille(Pipeline.of(stages), lang);
    }
  }
}
